import { problemRule } from '../problem-rule.js';

export const invalidAclRule = problemRule({
  id: 'invalid-acl-rule',
  category: 'correctness',
  severity: 'error',
  description: 'A `user` line with an ACL rule Redis rejects, while loading or at startup.',
  kinds: ['conf', 'sentinel', 'acl'],
});
