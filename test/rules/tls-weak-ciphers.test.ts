import { ruleTester } from '../support/rule-tester.js';

ruleTester('tls-weak-ciphers', {
  valid: [
    { text: 'tls-ciphers "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5:!DES"\n' },
    { text: 'tls-ciphers DEFAULT\n' },
  ],
  invalid: [
    { text: 'tls-ciphers DEFAULT:RC4-SHA:DES-CBC3-SHA:!aNULL\n#           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ tls-weak-ciphers\n', messages: ['tls-ciphers enables weak ciphers (RC4-SHA, DES-CBC3-SHA): they can be broken or offer no authentication, so an attacker on the path can read or alter TLS 1.2 traffic. Remove them, or leave tls-ciphers unset to use OpenSSL\'s defaults; for example `tls-ciphers "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5"`.'] },
    { text: 'tls-ciphers "HIGH:eNULL"\n#           ^^^^^^^^^^^^ tls-weak-ciphers\n' },
  ],
});
