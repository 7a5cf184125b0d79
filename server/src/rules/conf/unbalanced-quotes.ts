import { problemRule } from '../problem-rule.js';

export const unbalancedQuotes = problemRule({
  id: 'unbalanced-quotes',
  category: 'correctness',
  severity: 'error',
  description: 'A quote is never closed on its line, or a closing quote is followed by text: Redis rejects the line.',
  kinds: ['conf', 'sentinel'],
});
