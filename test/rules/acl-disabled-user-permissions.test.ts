import { ruleTester } from '../support/rule-tester.js';

const H = '4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe';

ruleTester('acl-disabled-user-permissions', {
  valid: [
    { kind: 'acl', name: 'off without permissions', text: 'user default off\nuser m off nopass\n' },
    { kind: 'acl', name: 'patterns alone run nothing', text: 'user default off nopass ~* &* -@all\n' },
    { kind: 'acl', name: 'an enabled user', text: `user default off\nuser app on ~a:* +get #${H}\n` },
    { name: 'redis.conf default off', text: 'user default off\n' },
  ],
  invalid: [
    {
      kind: 'acl',
      name: 'off with permissions',
      text: `user default off\nuser old off ~* +@all #${H}\n#        ^^^ acl-disabled-user-permissions\n`,
      messages: [
        'User old is off but still holds every command on every key: one `ACL SETUSER old on` by anyone allowed to run ACL gives them back, with its passwords. If it is retired, strip it (`user old off resetpass resetkeys resetchannels -@all`) or delete the line.',
      ],
    },
    {
      kind: 'acl',
      name: 'no on at all',
      text: `user default off\nuser svc ~svc:* +get +set #${H}\n#    ^^^ acl-disabled-user-permissions\n`,
      messages: [
        'User svc has no `on`, so it is disabled (users start off), yet it holds command permissions. Add `on` if it should log in; if not, strip it (`user svc off resetpass resetkeys resetchannels -@all`).',
      ],
    },
    {
      kind: 'acl',
      name: 'on, then off',
      text: `user default off\nuser x on ~x +get off #${H}\n#                 ^^^ acl-disabled-user-permissions\n`,
    },
    {
      kind: 'conf',
      name: 'a redis.conf user line',
      text: `user old off +@all\n#        ^^^ acl-disabled-user-permissions\n`,
    },
  ],
});
