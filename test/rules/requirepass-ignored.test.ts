import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('requirepass-ignored', {
  valid: [
    { text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\n' },
    { text: 'user default on #4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe ~* &* +@all\n' },
    { name: 'an empty requirepass', text: 'requirepass ""\naclfile /etc/redis/users.acl\n' },
  ],
  invalid: [
    { name: 'user default nopass wins over requirepass', text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\n#^^^^^^^^^^ requirepass-ignored\nuser default on nopass ~* &* +@all\n', messages: ['`requirepass` is ignored: the `user default … nopass` line is applied after it (whatever the order in the file), so clients need no password at all. Remove `nopass` and give the default user a password (`>…` or `#<sha256>`), or `user default off`; then drop requirepass.'] },
    { name: 'user default with its own password, in any order', text: 'user default on #4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe ~* &* +@all\nrequirepass Zq8rT2mW9kL4vN7xHb3c\n#^^^^^^^^^^ requirepass-ignored\n', messages: ['`requirepass` is ignored: the `user default` line is applied after it (whatever the order in the file) and decides the default user\'s passwords. Keep the password in one place: drop requirepass, or the `user default` line.'] },
    { name: 'an ACL file must define the default user', text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\n#^^^^^^^^^^ requirepass-ignored\naclfile /etc/redis/users.acl\n', messages: ['`requirepass` has no effect when an `aclfile` is used: if the ACL file has no `user default` line, Redis creates the default user as `on nopass ~* &* +@all` and anyone connects without a password. Make sure the ACL file defines `user default` (with a password, or `off`), and drop requirepass.'] },
  ],
});

describe('requirepass-ignored severity follows the context', () => {
  it.each([
    ['nopass', { text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\nuser default on nopass ~* +@all\n' }, ['error']],
    ['user default off', { text: 'requirepass Zq8rT2mW9kL4vN7xHb3c\nuser default off\n' }, ['warning']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('requirepass-ignored', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
