import { ruleTester } from '../support/rule-tester.js';

ruleTester('tcp-keepalive-disabled', {
  valid: [
    { text: 'tcp-keepalive 300\n' },
  ],
  invalid: [
    { text: 'tcp-keepalive 0\n#             ^ tcp-keepalive-disabled\n', messages: ['`tcp-keepalive 0` turns off TCP keepalives: connections whose peer vanished (crashed host, NAT or firewall timeout) stay open forever, holding client slots and memory, and replicas notice a dead link late. Write `tcp-keepalive 300` (the default since 3.2.1).'] },
    { text: 'tcp-keepalive 0\n#             ^ tcp-keepalive-disabled\n', kind: 'sentinel' },
  ],
});
