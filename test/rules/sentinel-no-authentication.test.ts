import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('sentinel-no-authentication', {
  valid: [
    { text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\nsentinel monitor m 10.0.0.1 6379 2\n', kind: 'sentinel' },
    { name: 'loopback only', text: 'bind 127.0.0.1\nsentinel monitor m 10.0.0.1 6379 2\n', kind: 'sentinel' },
    { name: 'default user with a hash', text: 'user default on #4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe ~* &* +@all\n', kind: 'sentinel' },
  ],
  invalid: [
    { text: 'port 26379\n#^^^^^^^^^ sentinel-no-authentication\nsentinel monitor m 10.0.0.1 6379 2\n', kind: 'sentinel', messages: ['This Sentinel requires no password on port 26379, and Sentinel turns protected mode off by default: anyone who reaches it can run SENTINEL commands, force a failover, or make clients follow a primary of their own choosing (SENTINEL REMOVE/MONITOR), and read the addresses of your servers. Set `requirepass` (Sentinels then use it towards each other too), or `sentinel sentinel-user`/`sentinel-pass` with ACL users, on every Sentinel.'] },
    { name: 'user default nopass', text: 'user default on nopass sanitize-payload ~* &* +@all\n#               ^^^^^^ sentinel-no-authentication\n', kind: 'sentinel' },
    { name: 'requirepass ""', text: 'requirepass ""\n#           ^^ sentinel-no-authentication\n', kind: 'sentinel' },
  ],
});

describe('sentinel-no-authentication severity follows the context', () => {
  it.each([
    ['Sentinel turns protected mode off', { text: 'port 26379\n', kind: 'sentinel' }, ['error']],
    ['protected-mode yes set explicitly', { text: 'protected-mode yes\nport 26379\n', kind: 'sentinel' }, ['warning']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('sentinel-no-authentication', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
