import { ruleTester } from '../support/rule-tester.js';

const H = '4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe';

ruleTester('acl-weak-password', {
  valid: [
    { kind: 'acl', name: 'a hash of a random value', text: `user default off\nuser app on ~app:* +get #${H}\n` },
    { kind: 'acl', name: 'a long random password (acl-plaintext-password still applies)', text: 'user default off\nuser app on >8c2e1f0b7d4a49e6a3b5c9d2e7f1a0b4 ~app:* +get\n' },
    { kind: 'acl', name: 'a placeholder', text: 'user default off\nuser app on >${REDIS_PASSWORD} +get\n' },
    { name: 'redis.conf user lines are weak-password\'s', text: 'user app on >redis +get\n' },
  ],
  invalid: [
    {
      kind: 'acl',
      name: 'a well-known password',
      text: `user default off\nuser app on >redis ~app:* +get\n#           ^^^^^^ acl-weak-password\n`,
      messages: [
        "A password of user app is a well-known default that attackers try first; anyone who can reach the server can guess it and act with user app's rights. Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`), keep it out of version control, and write its hash (`#<sha256>`).",
      ],
    },
    {
      kind: 'acl',
      name: 'short',
      text: `user default off\nuser app on >k3Y!9 ~app:* +get\n#           ^^^^^^ acl-weak-password\n`,
    },
    {
      kind: 'acl',
      name: 'the hash of a well-known password',
      text: `user default off\nuser app on ~app:* +get #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8\n#                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ acl-weak-password\n`,
      messages: [
        'This password hash of user app is the SHA-256 of a well-known default: hashing does not help when the password is on every guessing list, and anyone can look the hash up. Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`), keep it out of version control, and write its hash (`#<sha256>`).',
      ],
    },
  ],
});
