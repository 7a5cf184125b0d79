import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('protected-configs-enabled', {
  valid: [
    { text: 'enable-protected-configs no\n' },
  ],
  invalid: [
    { text: 'enable-protected-configs yes\n#                        ^^^ protected-configs-enabled\n', messages: ['enable-protected-configs yes lets any client with CONFIG rights change `dir` and `dbfilename` at run time: the classic takeover writes the dataset as /root/.ssh/authorized_keys or a cron file (CONFIG SET dir, CONFIG SET dbfilename, SAVE). Write `enable-protected-configs no` (the default) and change those settings in the file.'] },
    { text: 'enable-protected-configs local\n#                        ^^^^^ protected-configs-enabled\n' },
  ],
});

describe('protected-configs-enabled severity follows the context', () => {
  it.each([
    ['yes with a password', { text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\nenable-protected-configs yes\n' }, ['warning']],
    ['local', { text: 'enable-protected-configs local\n' }, ['info']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('protected-configs-enabled', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
