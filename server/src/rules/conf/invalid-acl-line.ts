import { problemRule } from '../problem-rule.js';

export const invalidAclLine = problemRule({
  id: 'invalid-acl-line',
  category: 'correctness',
  severity: 'error',
  description: 'An ACL file line that is not `user <name> <rules…>` (comments, an upper-case USER, a name with invalid characters): Redis refuses the whole file.',
  kinds: ['conf', 'sentinel', 'acl'],
});
