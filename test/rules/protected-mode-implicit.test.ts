import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('protected-mode-implicit', {
  valid: [
    { text: 'protected-mode yes\n' },
    { name: 'a password makes protected mode moot', text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\n' },
    { name: 'loopback only', text: 'bind 127.0.0.1\n' },
    { name: 'an unreadable include may set it', text: 'include /etc/redis/common.conf\nport 6379\n' },
    { name: 'a file without directives', text: '# nothing here\n' },
  ],
  invalid: [
    { text: 'port 6379\n#^^^^^^^^ protected-mode-implicit\n', messages: ['No `protected-mode` line and no password: Redis defaults to protected mode, but the official Docker image starts redis-server with `--protected-mode no` whenever the config file does not set it, and then anyone who reaches the port has full access. Write `protected-mode yes` explicitly, and require authentication.'], output: 'port 6379\nprotected-mode yes\n' },
    { name: 'reported on the bind line', text: 'bind 0.0.0.0\n#^^^^^^^^^^^ protected-mode-implicit\nport 6379', output: 'bind 0.0.0.0\nport 6379\nprotected-mode yes' },
    { name: 'keeps CRLF', text: 'bind 0.0.0.0\r\n#^^^^^^^^^^^ protected-mode-implicit\n', output: 'bind 0.0.0.0\r\nprotected-mode yes\r\n' },
  ],
});

describe('protected-mode-implicit severity follows the context', () => {
  it.each([
    ['listening everywhere', { text: 'bind 0.0.0.0\n' }, ['warning']],
    ['a private address', { text: 'bind 10.1.2.3\n' }, ['info']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('protected-mode-implicit', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
