import type { Deployment } from '../../server/src/model/embedded/deployment.js';
import { ruleTester } from '../support/rule-tester.js';

const k8s: Deployment = { platform: 'kubernetes', container: true };

ruleTester('hostnames-not-announced', {
  valid: [
    { name: 'not in a container', kind: 'sentinel', text: 'sentinel resolve-hostnames yes\nsentinel monitor m redis-0.redis 6379 2\n' },
    { kind: 'sentinel', text: 'sentinel resolve-hostnames yes\nsentinel announce-hostnames yes\nsentinel monitor m redis-0.redis 6379 2\n', deployment: k8s },
    { name: 'an IP address', kind: 'sentinel', text: 'sentinel monitor m 10.0.0.1 6379 2\n', deployment: k8s },
    { name: 'replicas are left to the Sentinel finding', text: 'replicaof redis-0.redis 6379\n', deployment: k8s },
    { text: 'cluster-enabled yes\ncluster-announce-hostname redis-0.redis\ncluster-preferred-endpoint-type hostname\n', deployment: k8s },
  ],
  invalid: [
    {
      kind: 'sentinel',
      text: 'sentinel resolve-hostnames yes\nsentinel monitor m redis-0.redis 6379 2\n#                  ^^^^^^^^^^^^^ hostnames-not-announced\n',
      deployment: k8s,
    },
    {
      name: 'cluster',
      text: 'cluster-enabled yes\ncluster-announce-hostname redis-0.redis\n#^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ hostnames-not-announced\n',
      deployment: k8s,
    },
  ],
});
