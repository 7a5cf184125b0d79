import { ruleTester } from '../support/rule-tester.js';

// SHA-256 of a random value.
const H = '4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe';

ruleTester('acl-user-unrestricted', {
  valid: [
    { kind: 'acl', name: 'an application user', text: `user default off\nuser app on ~app:* -@all +@read #${H}\n` },
    { kind: 'acl', name: 'a disabled user (acl-disabled-user-permissions)', text: `user default off\nuser old off ~* +@all #${H}\n` },
    { kind: 'acl', name: 'every command on some keys', text: `user default off\nuser x on ~app:* +@all #${H}\n` },
    { kind: 'acl', name: 'every key, FLUSHALL denied', text: `user default off\nuser ops on ~* +@all -flushall #${H}\n` },
    { kind: 'acl', name: 'every command, then no command', text: `user default off\nuser x on ~* +@all -@all +get #${H}\n` },
    { name: 'redis.conf: an application user', text: `user app on ~app:* +@read #${H}\n` },
  ],
  invalid: [
    {
      kind: 'acl',
      text: `user default off\nuser admin on ~* &* +@all #${H}\n#                   ^^^^^ acl-user-unrestricted\n`,
      messages: [
        'With `+@all` and access to every key, user admin may run every command: whoever holds its password can wipe the data (FLUSHALL), rewrite the configuration and write files (CONFIG SET), load native code (MODULE LOAD), replicate from a host they control (REPLICAOF) and change the users themselves (ACL SETUSER). Keep full access for one administrator with a long random `#<sha256>` password; give applications only what they need, e.g. `resetkeys ~app:* -@all +@read +@write -@dangerous`.',
      ],
    },
    { kind: 'acl', name: 'allcommands allkeys', text: `user default off\nuser alice on allcommands allkeys #${H}\n#             ^^^^^^^^^^^ acl-user-unrestricted\n` },
    { kind: 'acl', name: 'a selector with everything', text: `user default off\nuser bob on (~* +@all) #${H}\n#           ^^^^^^^^^^ acl-user-unrestricted\n` },
    { kind: 'acl', name: 'the default user with a password', text: `user default on ~* &* +@all #${H}\n#                     ^^^^^ acl-user-unrestricted\n` },
    { kind: 'acl', name: 'Redis 6.2', target: '6.2', text: `user default off\nuser admin on ~* +@all #${H}\n#                ^^^^^ acl-user-unrestricted\n` },
    { name: 'a redis.conf user line', text: `user admin on ~* +@all #${H}\n#                ^^^^^ acl-user-unrestricted\n` },
  ],
});
