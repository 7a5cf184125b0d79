import { problemRule } from '../problem-rule.js';

export const aclfileWithUsers = problemRule({
  id: 'aclfile-with-users',
  category: 'correctness',
  severity: 'error',
  description: '`user` lines together with `aclfile`: Redis refuses to start.',
  kinds: ['conf', 'sentinel'],
});
