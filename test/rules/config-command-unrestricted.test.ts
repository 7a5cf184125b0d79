import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('config-command-unrestricted', {
  valid: [
    { name: '7.0 has enable-protected-configs', text: 'port 6379\n' },
    { name: 'renamed', text: 'rename-command CONFIG ""\nport 6379\n', target: '6.2' },
    { name: 'denied to the default user', text: 'user default on #4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe ~* +@all -@admin\nport 6379\n', target: '6.2' },
    { name: 'default user off', text: 'user default off\nport 6379\n', target: '6.2' },
    { name: 'users from an ACL file', text: 'aclfile /etc/redis/users.acl\n', target: '6.2' },
    { name: 'Valkey', text: 'port 6379\n', target: 'valkey-7.2' },
  ],
  invalid: [
    { text: 'port 6379\n#^^^^^^^^ config-command-unrestricted\n', target: '6.2', messages: ['On Redis 6.2 there is no enable-protected-configs: any client that may run CONFIG can set `dir` and `dbfilename` and SAVE, writing the dataset as /root/.ssh/authorized_keys or a cron file (the 2015 mass takeover), and CONFIG is allowed here. Deny it with ACL rules (`user default on #<sha256> ~* &* +@all -@admin`, or `-config`), or as a last resort `rename-command CONFIG ""`; better, upgrade to 7.0+.'] },
    { text: 'user default on #4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe ~* +@all\n#^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ config-command-unrestricted\n', target: '6.0' },
  ],
});

describe('config-command-unrestricted severity follows the context', () => {
  it.each([
    ['open and listening everywhere', { text: 'protected-mode no\n', target: '6.2' }, ['error']],
    ['protected mode in force', { text: 'port 6379\n', target: '6.2' }, ['warning']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('config-command-unrestricted', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
