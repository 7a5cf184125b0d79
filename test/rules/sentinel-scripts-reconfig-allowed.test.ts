import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('sentinel-scripts-reconfig-allowed', {
  valid: [
    { text: 'sentinel deny-scripts-reconfig yes\n', kind: 'sentinel' },
  ],
  invalid: [
    { text: 'sentinel deny-scripts-reconfig no\n#                              ^^ sentinel-scripts-reconfig-allowed\n', kind: 'sentinel', messages: ['`sentinel deny-scripts-reconfig no` lets clients change notification-script and client-reconfig-script with SENTINEL SET: whoever can talk to this Sentinel makes it execute a program of their choice on the host. Write `sentinel deny-scripts-reconfig yes` (the default) and set scripts in this file.'], output: 'sentinel deny-scripts-reconfig yes\n' },
  ],
});

describe('sentinel-scripts-reconfig-allowed severity follows the context', () => {
  it.each([
    ['open Sentinel', { text: 'sentinel deny-scripts-reconfig no\n', kind: 'sentinel' }, ['error']],
    ['with a password', { text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\nsentinel deny-scripts-reconfig no\n', kind: 'sentinel' }, ['warning']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('sentinel-scripts-reconfig-allowed', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
