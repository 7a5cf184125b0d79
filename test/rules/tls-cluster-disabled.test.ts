import { ruleTester } from '../support/rule-tester.js';

ruleTester('tls-cluster-disabled', {
  valid: [
    { text: 'tls-port 6380\ncluster-enabled yes\ntls-cluster yes\n' },
    { name: 'no TLS at all', text: 'cluster-enabled yes\n' },
    { name: 'not a cluster node', text: 'tls-port 6380\n' },
  ],
  invalid: [
    { text: 'tls-port 6380\ncluster-enabled yes\n#^^^^^^^^^^^^^^^^^^ tls-cluster-disabled\n', messages: ['TLS is set up, but the cluster bus between nodes stays in cleartext (`tls-cluster no`): an attacker on the network reads topology and failover messages and can forge them (the bus has no other authentication). Write `tls-cluster yes` on every node.'] },
    { text: 'tls-port 6380\ncluster-enabled yes\ntls-cluster no\n#           ^^ tls-cluster-disabled\n' },
  ],
});
