import { problemRule } from '../problem-rule.js';

export const wrongArgumentCount = problemRule({
  id: 'wrong-argument-count',
  category: 'correctness',
  severity: 'error',
  description: 'A directive with too many or too few arguments (often a trailing comment or an unquoted space).',
  kinds: ['conf', 'sentinel'],
});
