import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

const H = '4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe';

ruleTester('acl-default-user-open', {
  valid: [
    { kind: 'acl', name: 'default off', text: `user default off\nuser app on ~app:* +@read #${H}\n` },
    { kind: 'acl', name: 'default with a password', text: `user default on ~* +@all #${H}\n` },
    { kind: 'acl', name: 'off, whatever else it holds', text: 'user default off nopass ~* &* -@all\n' },
    { kind: 'acl', name: 'on without any password: nobody can log in as default', text: 'user default on resetpass ~* +@all\n' },
    { kind: 'acl', name: 'a later password cancels nopass', text: `user default on nopass #${H} ~* +@all\n` },
    { kind: 'acl', name: 'not an ACL file at all (invalid-acl-line)', text: '{\n  "users": []\n}\n' },
    { name: 'redis.conf: no-authentication covers the default user', text: 'user default on nopass ~* +@all\n' },
  ],
  invalid: [
    {
      kind: 'acl',
      name: 'no user default line',
      text: 'user app off\n#^^^^^^^^^^^ acl-default-user-open\n',
      messages: [
        'This ACL file has no `user default` line, so Redis creates the default user as `on nopass ~* &* +@all`: every client that connects can run every command on every key without a password, and a `requirepass` in redis.conf is ignored. Add `user default off` (clients then AUTH as named users) or `user default on #<sha256> …` with the rights it needs.',
      ],
    },
    {
      kind: 'acl',
      name: 'on nopass',
      text: 'user default on nopass ~* &* +@all\n#               ^^^^^^ acl-default-user-open\n',
      messages: [
        'The default user is on with `nopass`: every client that connects is logged in as `default` without AUTH and can run every command on every key. Attackers scan for exactly this (open Redis servers are taken over within hours). Write `user default off` and let clients AUTH as named users, or give the default user a password: `user default on #<sha256> …` without nopass.',
      ],
    },
    {
      kind: 'acl',
      name: 'nopass after a password throws the password away',
      text: `user default on >k8Tq2vLw9xRz ~* nopass -@all +get\n#                                ^^^^^^ acl-default-user-open\n`,
    },
    {
      kind: 'acl',
      name: 'no commands yet: a warning',
      text: 'user default on nopass ~* &*\n#               ^^^^^^ acl-default-user-open\n',
    },
  ],
});

describe('acl-default-user-open severity', () => {
  it('is an error when the default user can run commands, a warning when it can run none', () => {
    expect(runRule('acl-default-user-open', { kind: 'acl', text: 'user default on nopass ~* +@read\n' }).findings.map((f) => f.severity)).toEqual(['error']);
    expect(runRule('acl-default-user-open', { kind: 'acl', text: 'user default on nopass ~* &*\n' }).findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('reports an empty ACL file at its start', () => {
    const { findings } = runRule('acl-default-user-open', { kind: 'acl', text: '' });
    expect(findings.map((f) => f.span)).toEqual([{ start: 0, end: 0 }]);
  });
});
