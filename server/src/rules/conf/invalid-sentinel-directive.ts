import { problemRule } from '../problem-rule.js';

export const invalidSentinelDirective = problemRule({
  id: 'invalid-sentinel-directive',
  category: 'correctness',
  severity: 'error',
  description: 'A sentinel line Sentinel rejects: unknown, wrong arguments, an undeclared master, a hostname without resolve-hostnames.',
  kinds: ['sentinel'],
});
