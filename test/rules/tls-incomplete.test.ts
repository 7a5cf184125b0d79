import { ruleTester } from '../support/rule-tester.js';

ruleTester('tls-incomplete', {
  valid: [{ text: 'tls-port 6380\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\n' }, { text: 'tls-port 0\n' }],
  invalid: [
    {
      text: 'tls-port 6380\n#^^^^^^^^^^^^ tls-incomplete\n',
      fatal: true,
      messages: ['TLS is enabled here but no tls-cert-file is set: Redis fails to configure TLS and refuses to start. Add `tls-cert-file /path/to/file`.'],
    },
  ],
});
