import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('debug-command-enabled', {
  valid: [
    { text: 'enable-debug-command no\n' },
    { name: '6.2 has no such setting', text: 'port 6379\n', target: '6.2' },
  ],
  invalid: [
    { text: 'enable-debug-command yes\n#                    ^^^ debug-command-enabled\n', messages: ['enable-debug-command yes lets any client with access to DEBUG crash the server (DEBUG SEGFAULT, DEBUG PANIC), stall it (DEBUG SLEEP), or change its state behind replication\'s back (DEBUG SET-ACTIVE-EXPIRE, DEBUG RELOAD, DEBUG PROTOCOL). Write `enable-debug-command no` (the default) and enable it only on a test server.'], output: 'enable-debug-command no\n' },
    { name: 'local', text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\nenable-debug-command local\r\n#                    ^^^^^ debug-command-enabled\n', output: 'requirepass Zq8rT2mW9kL4vN7xHb3c\nenable-debug-command no\r\n' },
  ],
});

describe('debug-command-enabled severity follows the context', () => {
  it.each([
    ['yes on an open server', { text: 'bind 0.0.0.0\nprotected-mode no\nenable-debug-command yes\n' }, ['error']],
    ['yes with a password', { text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\nenable-debug-command yes\n' }, ['warning']],
    ['local', { text: 'enable-debug-command local\n' }, ['info']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('debug-command-enabled', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
