import { ruleTester } from '../support/rule-tester.js';

const H = '4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe';

ruleTester('acl-first-arg-rule', {
  valid: [
    { kind: 'acl', name: 'a subcommand', text: `user default off\nuser app on ~* -@all +config|get +client|setname #${H}\n` },
    { kind: 'acl', name: 'the whole command', text: `user default off\nuser app on ~* -@all +select #${H}\n` },
    { kind: 'acl', name: 'Redis 6.2 has nothing else', target: '6.2', text: `user default off\nuser app on ~* -@all +select|0 #${H}\n` },
  ],
  invalid: [
    {
      kind: 'acl',
      name: 'select with a database number',
      text: `user default off\nuser app on ~* -@all +get +select|0 #${H}\n#                         ^^^^^^^^^ acl-first-arg-rule\n`,
      messages: [
        '`+select|0` allows SELECT only with the first argument `0`. First-argument rules on commands without subcommands are deprecated since Redis 7.0 (the server logs a warning for each) and may stop working in a later version. Allow the whole command (`+select`) if that is acceptable, or limit what the user reaches another way (key patterns, a separate user).',
      ],
    },
    {
      kind: 'acl',
      name: 'inside a selector',
      text: `user default off\nuser app on (+select|1 ~x) #${H}\n#            ^^^^^^^^^ acl-first-arg-rule\n`,
    },
    {
      kind: 'conf',
      name: 'a redis.conf user line',
      text: `user app on ~* +select|0 +get\n#              ^^^^^^^^^ acl-first-arg-rule\n`,
    },
  ],
});
