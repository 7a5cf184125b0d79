import { ruleTester } from '../support/rule-tester.js';

const H = '4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe';
// sha256('k8Tq2vLw9xRz')
const K = '06b5136fff6bfaae0bd6138dc7ed09208b7acedda4518e08593ae12814873311';

ruleTester('acl-plaintext-password', {
  valid: [
    { kind: 'acl', name: 'a hash', text: `user default off\nuser app on ~app:* +get #${H}\n` },
    { kind: 'acl', name: 'a placeholder filled in at deploy time', text: 'user default off\nuser app on ~app:* +get >${APP_PASSWORD}\n' },
    { name: 'redis.conf with a hash', text: `user app on #${H} ~app:* +get\n` },
  ],
  invalid: [
    {
      kind: 'acl',
      text: 'user default off\nuser app on >k8Tq2vLw9xRz ~app:* +get\n#           ^^^^^^^^^^^^^ acl-plaintext-password\n',
      messages: [
        'A password of user app is written in clear text (`>****`): anyone who reads this file (a backup, a repository, a container image, a support bundle) can log in with it. Write its SHA-256 instead, `#<64 hex digits>`, which Redis accepts the same way and stores anyway.',
      ],
      output: `user default off\nuser app on #${K} ~app:* +get\n`,
    },
    {
      kind: 'acl',
      name: 'removing a password by its clear text',
      text: 'user default off\nuser app on <k8Tq2vLw9xRz\n#           ^^^^^^^^^^^^^ acl-plaintext-password\n',
      output: `user default off\nuser app on !${K}\n`,
    },
    {
      name: 'a quoted redis.conf argument',
      text: 'user app on ">k8Tq2vLw9xRz" ~app:* +get\n#           ^^^^^^^^^^^^^^^ acl-plaintext-password\n',
      output: `user app on #${K} ~app:* +get\n`,
    },
    {
      kind: 'sentinel',
      name: 'sentinel.conf',
      text: 'sentinel monitor m 10.0.0.1 6379 2\nuser app on >k8Tq2vLw9xRz +@all\n#           ^^^^^^^^^^^^^ acl-plaintext-password\n',
      output: `sentinel monitor m 10.0.0.1 6379 2\nuser app on #${K} +@all\n`,
    },
  ],
});
