import type { Deployment } from '../../server/src/model/embedded/deployment.js';
import { ruleTester } from '../support/rule-tester.js';

const published = (host: number, container: number): Deployment => ({
  platform: 'compose', container: true, publishedPorts: [{ file: '/test/compose.yaml', span: { start: 0, end: 5 }, host, container }],
});

ruleTester('announce-address-missing', {
  valid: [
    { name: 'no published ports', kind: 'sentinel', text: 'sentinel monitor m 10.0.0.1 6379 2\n', deployment: { platform: 'compose', container: true } },
    { name: 'host network', kind: 'sentinel', text: 'sentinel monitor m 10.0.0.1 6379 2\n', deployment: { ...published(26380, 26379), hostNetwork: true } },
    { kind: 'sentinel', text: 'sentinel announce-ip 203.0.113.1\nsentinel announce-port 26380\nsentinel monitor m 10.0.0.1 6379 2\n', deployment: published(26380, 26379) },
    { name: 'a primary announces nothing', text: 'port 6379\n', deployment: published(6379, 6379) },
    { name: 'same port: the IP is enough', text: 'cluster-enabled yes\ncluster-announce-ip 203.0.113.1\n', deployment: published(6379, 6379) },
  ],
  invalid: [
    {
      kind: 'sentinel',
      text: 'sentinel monitor m 10.0.0.1 6379 2\n#^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ announce-address-missing\n',
      deployment: published(26380, 26379),
      messages: ['This Sentinel tells the other Sentinels and its clients the address it sees inside the container, but its port is published through NAT (26380 → 26379), so that address is not reachable from outside the container network and failovers or redirects lead nowhere. Set `sentinel announce-ip`, `sentinel announce-port` to the address and port others use to reach it.'],
    },
    {
      name: 'cluster node',
      text: 'cluster-enabled yes\n#^^^^^^^^^^^^^^^^^^ announce-address-missing\n',
      deployment: published(7001, 6379),
    },
    {
      name: 'replica',
      text: 'replicaof 10.0.0.1 6379\n#^^^^^^^^^^^^^^^^^^^^^^ announce-address-missing\n',
      deployment: published(6379, 6379),
    },
  ],
});
