import { problemRule } from '../problem-rule.js';

export const includeCycle = problemRule({
  id: 'include-cycle',
  category: 'correctness',
  severity: 'error',
  description: 'Files that include each other: Redis has no loop protection and crashes.',
  kinds: ['conf', 'sentinel'],
});
