import { ruleTester } from '../support/rule-tester.js';

const H = '4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe';

ruleTester('acl-nopass-with-password', {
  valid: [
    { kind: 'acl', name: 'a password alone', text: `user default off\nuser app on ~app:* +get #${H}\n` },
    { kind: 'acl', name: 'nopass alone', text: 'user default off\nuser app on nopass ~app:* +get\n' },
    { kind: 'acl', name: 'resetpass between them', text: `user default off\nuser app on nopass resetpass ~app:* +get #${H}\n` },
    { name: 'redis.conf', text: `user app on #${H} ~app:* +get\n` },
  ],
  invalid: [
    {
      kind: 'acl',
      name: 'nopass throws the password away',
      text: 'user default off\nuser app on >k8Tq2vLw9xRz nopass ~app:* +get\n#           ^^^^^^^^^^^^^ acl-nopass-with-password\n',
      messages: [
        'The password `>****` is thrown away by the later `nopass`, which clears every password and accepts any: user app ends up with no password check at all, whatever this line seems to say. Remove `nopass` to require the password.',
      ],
    },
    {
      kind: 'acl',
      name: 'a later password cancels nopass',
      text: `user default off\nuser app on nopass ~app:* +get #${H}\n#           ^^^^^^ acl-nopass-with-password\n`,
      messages: [
        '`nopass` has no effect: the later password rule `#****` cancels it, so user app needs a password after all. Remove `nopass` (or the passwords, if any password should work).',
      ],
    },
    {
      kind: 'acl',
      name: 'both at once',
      text: `user default off\nuser app on >k8Tq2vLw9xRz nopass #${H}\n#           ^^^^^^^^^^^^^ acl-nopass-with-password\n#                         ^^^^^^ acl-nopass-with-password\n`,
    },
    { name: 'a redis.conf user line', text: 'user app on >k8Tq2vLw9xRz nopass +@read\n#           ^^^^^^^^^^^^^ acl-nopass-with-password\n' },
  ],
});
