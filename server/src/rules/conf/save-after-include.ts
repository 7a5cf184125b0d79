import { problemRule } from '../problem-rule.js';

export const saveAfterInclude = problemRule({
  id: 'save-after-include',
  category: 'reliability',
  severity: 'warning',
  description: 'Several save lines after an include: only the last takes effect (a Redis bug).',
  kinds: ['conf', 'sentinel'],
});
