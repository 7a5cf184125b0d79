import { problemRule } from '../problem-rule.js';

export const crashesRedis = problemRule({
  id: 'crashes-redis',
  category: 'correctness',
  severity: 'error',
  description: 'An input that makes Redis crash instead of reporting an error (an unclosed selector after another rule in an ACL file).',
  kinds: ['conf', 'sentinel', 'acl'],
});
