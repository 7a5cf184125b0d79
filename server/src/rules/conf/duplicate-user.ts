import { problemRule } from '../problem-rule.js';

export const duplicateUser = problemRule({
  id: 'duplicate-user',
  category: 'correctness',
  severity: 'error',
  description: 'The same user declared twice in redis.conf: Redis refuses to start.',
  kinds: ['conf', 'sentinel', 'acl'],
});
