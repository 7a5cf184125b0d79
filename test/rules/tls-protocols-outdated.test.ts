import { ruleTester } from '../support/rule-tester.js';

ruleTester('tls-protocols-outdated', {
  valid: [
    { text: 'tls-protocols "TLSv1.2 TLSv1.3"\n' },
    { text: 'tls-protocols TLSv1.3\n' },
    { name: 'empty means TLSv1.2 and TLSv1.3', text: 'tls-protocols ""\n' },
  ],
  invalid: [
    { text: 'tls-protocols "TLSv1 TLSv1.1 TLSv1.2"\n#             ^^^^^^^^^^^^^^^^^^^^^^^ tls-protocols-outdated\n', messages: ['tls-protocols allows TLSv1 and TLSv1.1, deprecated by RFC 8996: their weaknesses (BEAST, no AEAD ciphers) let an attacker on the path downgrade and decrypt connections. Write `tls-protocols "TLSv1.2 TLSv1.3"` (an empty value means the same).'], output: 'tls-protocols "TLSv1.2 TLSv1.3"\n' },
    { name: 'keeps CRLF', text: 'port 0\r\ntls-protocols TLSv1.1\r\n#             ^^^^^^^ tls-protocols-outdated\n', output: 'port 0\r\ntls-protocols "TLSv1.2 TLSv1.3"\r\n' },
  ],
});
