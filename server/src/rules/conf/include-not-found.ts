import { problemRule } from '../problem-rule.js';

export const includeNotFound = problemRule({
  id: 'include-not-found',
  category: 'correctness',
  severity: 'warning',
  description: 'An included file that cannot be read here; Redis refuses to start if it is missing on the server.',
  kinds: ['conf', 'sentinel'],
});
