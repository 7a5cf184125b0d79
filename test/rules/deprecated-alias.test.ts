import { ruleTester } from '../support/rule-tester.js';

ruleTester('deprecated-alias', {
  valid: [
    { text: 'replicaof 10.0.0.1 6379\nreplica-read-only yes\nbusy-reply-threshold 5000\n' },
    { name: 'lua-time-limit is the name in 6.2', text: 'lua-time-limit 5000\n', target: '6.2' },
  ],
  invalid: [
    { text: 'slaveof 10.0.0.1 6379\n#^^^^^^ deprecated-alias\n', messages: ['`slaveof` is an old name of `replicaof`: it still works, but documentation, CONFIG GET/REWRITE and tools use `replicaof`. Write `replicaof`.'], output: 'replicaof 10.0.0.1 6379\n' },
    { name: 'keeps CRLF and other lines', text: 'slave-read-only yes\r\n#^^^^^^^^^^^^^^ deprecated-alias\nlua-time-limit 5000\r\n#^^^^^^^^^^^^^ deprecated-alias\n', output: 'replica-read-only yes\r\nbusy-reply-threshold 5000\r\n' },
    { name: 'upper case', text: 'SLAVEOF 10.0.0.1 6379\n#^^^^^^ deprecated-alias', output: 'replicaof 10.0.0.1 6379' },
    { name: 'Valkey 8 renamed masterauth', text: 'masterauth Zq8rT2mW9kL4vN7xHb3c\n#^^^^^^^^^ deprecated-alias\n', target: 'valkey-8.0', messages: ['`masterauth` is an old name of `primaryauth`: it still works, but documentation, CONFIG GET/REWRITE and tools use `primaryauth`. Write `primaryauth`.'], output: 'primaryauth Zq8rT2mW9kL4vN7xHb3c\n' },
  ],
});
