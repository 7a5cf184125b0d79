import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('module-command-enabled', {
  valid: [
    { text: 'enable-module-command no\n' },
  ],
  invalid: [
    { text: 'enable-module-command yes\n#                     ^^^ module-command-enabled\n', messages: ['enable-module-command yes lets any client allowed to run MODULE load a shared library into the server: this is how HeadCrab and P2PInfect run their own code (make the server a replica of a rogue primary, receive a .so as the "RDB", then MODULE LOAD it). Write `enable-module-command no` (the default) and load modules with `loadmodule` lines from root-owned paths.'] },
    { text: 'enable-module-command LOCAL\n#                     ^^^^^ module-command-enabled\n' },
  ],
});

describe('module-command-enabled severity follows the context', () => {
  it.each([
    ['yes on an open server', { text: 'bind 0.0.0.0\nprotected-mode no\nenable-module-command yes\n' }, ['error']],
    ['local', { text: 'enable-module-command local\n' }, ['info']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('module-command-enabled', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
