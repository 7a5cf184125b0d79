import { problemRule } from '../problem-rule.js';

export const invalidValue = problemRule({
  id: 'invalid-value',
  category: 'correctness',
  severity: 'error',
  description: 'A value Redis cannot parse or that is out of range: bool, integer, memory, percent, octal, enum and the special directives.',
  kinds: ['conf', 'sentinel'],
});
