import { problemRule } from '../problem-rule.js';

export const sentinelDirectiveOutsideSentinel = problemRule({
  id: 'sentinel-directive-outside-sentinel',
  category: 'correctness',
  severity: 'error',
  description: 'A `sentinel` line in a file that is not run as Sentinel.',
  kinds: ['conf'],
});
