import { ruleTester } from '../support/rule-tester.js';

ruleTester('replicaof-in-cluster-mode', {
  valid: [{ text: 'cluster-enabled yes\nreplicaof no one\n' }, { text: 'cluster-enabled no\nreplicaof 10.0.0.1 6379\n' }],
  invalid: [
    { text: 'cluster-enabled yes\nreplicaof 10.0.0.1 6379\n#^^^^^^^^^^^^^^^^^^^^^^ replicaof-in-cluster-mode\n', fatal: true },
  ],
});
