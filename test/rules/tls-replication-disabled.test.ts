import { ruleTester } from '../support/rule-tester.js';

ruleTester('tls-replication-disabled', {
  valid: [
    { text: 'tls-port 6380\nreplicaof 10.0.0.1 6380\ntls-replication yes\n' },
    { name: 'no TLS at all', text: 'replicaof 10.0.0.1 6379\n' },
    { name: 'not a replica', text: 'tls-port 6380\n' },
    { name: 'replicaof no one', text: 'tls-port 6380\nreplicaof no one\n' },
  ],
  invalid: [
    { text: 'tls-port 6380\nreplicaof 10.0.0.1 6380\n#^^^^^^^^^^^^^^^^^^^^^^ tls-replication-disabled\n', messages: ['TLS is set up, but this replica connects to its primary without it (`tls-replication no`): the whole dataset and the masterauth password cross the network in cleartext during every sync. Write `tls-replication yes` and point replicaof at the primary\'s TLS port.'] },
    { text: 'tls-port 6380\nslaveof 10.0.0.1 6380\ntls-replication no\n#               ^^ tls-replication-disabled\n' },
  ],
});
