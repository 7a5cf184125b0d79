import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('no-authentication', {
  valid: [
    { text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\nbind 0.0.0.0\n' },
    { name: 'loopback only', text: 'bind 127.0.0.1 -::1\nprotected-mode no\n' },
    { name: 'users come from an ACL file', text: 'aclfile /etc/redis/users.acl\nbind 0.0.0.0\n' },
    { name: 'default user off', text: 'user default off\nbind 0.0.0.0\n' },
    { name: 'default user with a hash', text: 'user default on #4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe ~* &* +@all\nbind 0.0.0.0\n' },
    { name: 'an unreadable include may set a password', text: 'include /etc/redis/secret.conf\nbind 0.0.0.0\n' },
  ],
  invalid: [
    { text: 'bind 0.0.0.0\n#^^^^^^^^^^^ no-authentication\nprotected-mode no\n', messages: ['No `requirepass`, no `user` lines and no `aclfile`: the default user needs no password, and the server listens beyond loopback on port 6379. Nothing turns remote clients away (protected mode is off or does not apply), so they can read and wipe all data, write files through CONFIG SET dir/dbfilename and load native code. Set `requirepass` to a long random value, or define ACL users (`user default off` plus named users with `#<sha256>` hashes, or an `aclfile`).'] },
    { name: 'user default nopass', text: 'user default on nopass ~* &* +@all\n#               ^^^^^^ no-authentication\nbind 0.0.0.0\nprotected-mode no\n', messages: ['`user default … nopass` lets every client in without a password, and the server listens beyond loopback on port 6379. Nothing turns remote clients away (protected mode is off or does not apply), so they can read and wipe all data, write files through CONFIG SET dir/dbfilename and load native code. Set `requirepass` to a long random value, or define ACL users (`user default off` plus named users with `#<sha256>` hashes, or an `aclfile`).'] },
    { name: 'requirepass ""', text: 'requirepass ""\n#           ^^ no-authentication\nbind 10.0.0.5\nprotected-mode no\n' },
    { name: 'protected mode still on', text: 'bind 0.0.0.0\n#^^^^^^^^^^^ no-authentication\nprotected-mode yes\n' },
  ],
});

describe('no-authentication severity follows the context', () => {
  it.each([
    ['everywhere, protected-mode no', { text: 'bind 0.0.0.0\nprotected-mode no\n' }, ['error']],
    ['private address, protected-mode no', { text: 'bind 10.0.0.5\nprotected-mode no\n' }, ['warning']],
    ['protected mode in force', { text: 'bind 0.0.0.0\n' }, ['info']],
    ['6.2 without a bind line: protected mode applies', { text: 'user default on nopass ~* +@all\nprotected-mode yes\nport 6379\n', target: '6.2' }, ['info']],
    ['6.2 with a bind line: protected mode does not apply', { text: 'bind 0.0.0.0\nprotected-mode yes\n', target: '6.2' }, ['error']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('no-authentication', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
