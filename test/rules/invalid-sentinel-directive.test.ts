import { ruleTester } from '../support/rule-tester.js';

ruleTester('invalid-sentinel-directive', {
  valid: [
    { kind: 'sentinel', text: 'sentinel down-after-milliseconds m 5000\nsentinel monitor m 10.0.0.1 6379 2\n', name: 'per-master lines may precede monitor' },
    { kind: 'sentinel', text: 'sentinel monitor m redis-primary 6379 2\nsentinel resolve-hostnames yes\n', name: 'resolve-hostnames is applied first' },
  ],
  invalid: [
    { kind: 'sentinel', text: 'sentinel monitor m 10.0.0.1 6379 0\n#                                ^ invalid-sentinel-directive\n', fatal: true, messages: ['The quorum (0) must be a number of at least 1.'] },
    { kind: 'sentinel', text: 'sentinel monitor m redis-primary 6379 2\n#                  ^^^^^^^^^^^^^ invalid-sentinel-directive\n', fatal: true },
    { kind: 'sentinel', text: 'sentinel auth-pass other secret\n#                  ^^^^^ invalid-sentinel-directive\n' },
    { kind: 'sentinel', text: 'sentinel frobnicate yes\n#        ^^^^^^^^^^ invalid-sentinel-directive\n' },
  ],
});
