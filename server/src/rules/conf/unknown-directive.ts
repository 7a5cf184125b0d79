import { problemRule } from '../problem-rule.js';

export const unknownDirective = problemRule({
  id: 'unknown-directive',
  category: 'correctness',
  severity: 'error',
  description: 'A directive the target Redis version does not know: Redis refuses to start.',
  kinds: ['conf', 'sentinel'],
});
