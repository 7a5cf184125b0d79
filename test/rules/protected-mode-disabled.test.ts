import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('protected-mode-disabled', {
  valid: [
    { text: 'protected-mode yes\n' },
    { name: 'loopback only', text: 'bind 127.0.0.1 -::1\nprotected-mode no\n' },
    { name: 'unix socket only', text: 'port 0\nunixsocket /run/redis/redis.sock\nprotected-mode no\n' },
    { name: 'the default is yes', text: 'port 6379\n' },
  ],
  invalid: [
    { text: 'protected-mode no\n#              ^^ protected-mode-disabled\n', messages: ['Protected mode is off and no password is set, so every client that reaches port 6379 runs commands with full access (read and wipe data, rewrite files through CONFIG SET, load modules). Write `protected-mode yes` (it then serves only loopback and unix-socket clients until a password is set), and require authentication.'], output: 'protected-mode yes\n' },
    { name: 'with a password: only a safety net', text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\nprotected-mode no\n#              ^^ protected-mode-disabled\n', messages: ['Protected mode is off. A password is required now, so this has no effect today, but if the password is ever removed (CONFIG SET requirepass "", a `user default on nopass` line) the server is open to everyone who can reach it. Write `protected-mode yes` as a safety net.'], output: 'requirepass Zq8rT2mW9kL4vN7xHb3c\nprotected-mode yes\n' },
    { name: 'keeps CRLF', text: 'protected-mode NO\r\n#              ^^ protected-mode-disabled\nport 6379\r\n', output: 'protected-mode yes\r\nport 6379\r\n' },
    { name: 'Sentinel: reported, but enabling it would cut off peers', text: 'protected-mode no\n#              ^^ protected-mode-disabled\nport 26379\n', kind: 'sentinel', output: 'protected-mode no\nport 26379\n' },
  ],
});

describe('protected-mode-disabled severity follows the context', () => {
  it.each([
    ['everywhere without a password', { text: 'bind 0.0.0.0\nprotected-mode no\n' }, ['error']],
    ['a private address without a password', { text: 'bind 10.0.0.5\nprotected-mode no\n' }, ['warning']],
    ['a strong password', { text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\nprotected-mode no\n' }, ['info']],
    ['Sentinel without a password', { text: 'protected-mode no\n', kind: 'sentinel' }, ['warning']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('protected-mode-disabled', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
