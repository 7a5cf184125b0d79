import { problemRule } from '../problem-rule.js';

export const nulByte = problemRule({
  id: 'nul-byte',
  category: 'correctness',
  severity: 'warning',
  description: 'NUL bytes in the file: Redis silently drops the rest of that line.',
  kinds: ['conf', 'sentinel'],
});
