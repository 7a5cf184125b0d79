import { ruleTester } from '../support/rule-tester.js';

ruleTester('plaintext-port-with-tls', {
  valid: [
    { text: 'port 0\ntls-port 6379\n' },
    { name: 'loopback only', text: 'bind 127.0.0.1\ntls-port 6380\n' },
    { name: 'no TLS', text: 'port 6379\n' },
  ],
  invalid: [
    { text: 'port 6379\n#    ^^^^ plaintext-port-with-tls\ntls-port 6380\n', messages: ['TLS listens on port 6380, but the plaintext port 6379 is still open: any client, or an attacker on the path, can use it and read or change traffic, and passwords sent there travel in cleartext. Write `port 0` once every client uses TLS.'] },
    { name: 'the default port stays open', text: 'tls-port 6380\n#^^^^^^^^^^^^ plaintext-port-with-tls\n', messages: ['TLS listens on port 6380, but the plaintext port 6379 is still open (the default): any client, or an attacker on the path, can use it and read or change traffic, and passwords sent there travel in cleartext. Write `port 0` once every client uses TLS.'] },
  ],
});
