import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

const H = '4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe';

ruleTester('acl-nopass-user', {
  valid: [
    { kind: 'acl', text: `user default off\nuser app on ~app:* +@read #${H}\n` },
    { kind: 'acl', name: 'a disabled user', text: 'user default off\nuser old off nopass ~* +@all\n' },
    { kind: 'acl', name: 'the default user is acl-default-user-open\'s', text: 'user default on nopass ~* +@all\n' },
    { kind: 'acl', name: 'a later password cancels nopass', text: `user default off\nuser app on nopass ~app:* +get #${H}\n` },
    { name: 'redis.conf: the default user is no-authentication\'s', text: 'user default on nopass ~* +@all\n' },
  ],
  invalid: [
    {
      kind: 'acl',
      text: 'user default off\nuser admin on nopass ~* &* +@all\n#             ^^^^^^ acl-nopass-user\n',
      messages: [
        'User admin has `nopass`: `AUTH admin <anything>` logs in with any password, so anyone who can reach the server and guesses the name gets every command on every key. Replace nopass with a password hash (`#<sha256>` of a long random value, e.g. from `ACL GENPASS`), or turn the user off.',
      ],
    },
    {
      kind: 'acl',
      name: 'names the dangerous commands it gets',
      text: 'user default off\nuser ops on nopass -@all +flushall +get ~*\n#           ^^^^^^ acl-nopass-user\n',
      messages: [
        'User ops has `nopass`: `AUTH ops <anything>` logs in with any password, so anyone who can reach the server and guesses the name gets its commands, including FLUSHALL. Replace nopass with a password hash (`#<sha256>` of a long random value, e.g. from `ACL GENPASS`), or turn the user off.',
      ],
    },
    { name: 'a redis.conf user line', text: 'user app on nopass ~app:* +@read\n#           ^^^^^^ acl-nopass-user\n' },
    { kind: 'sentinel', name: 'a sentinel.conf user line', text: 'sentinel monitor m 10.0.0.1 6379 2\nuser app on nopass +@all\n#           ^^^^^^ acl-nopass-user\n' },
  ],
});

describe('acl-nopass-user severity', () => {
  it('is a warning for a user that can run nothing yet', () => {
    expect(runRule('acl-nopass-user', { kind: 'acl', text: 'user default off\nuser x on nopass\n' }).findings.map((f) => f.severity)).toEqual(['warning']);
  });
});
