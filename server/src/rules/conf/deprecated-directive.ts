import { problemRule } from '../problem-rule.js';

export const deprecatedDirective = problemRule({
  id: 'deprecated-directive',
  category: 'deprecation',
  severity: 'warning',
  description: 'An obsolete directive Redis accepts and ignores.',
  kinds: ['conf', 'sentinel'],
});
