import type { NodeFacts } from '../../model/cross-file/facts.js';
import type { SetRule } from '../types.js';

/** Whether a connection to `port` of `server` must speak TLS, may not, or cannot be told. */
function linkNeedsTls(server: NodeFacts<unknown>, port: number | undefined): boolean | undefined {
  if (port !== undefined && server.tlsPort !== 0 && port === server.tlsPort) return true;
  if (port !== undefined && server.port !== 0 && port === server.port) return false;
  if (server.port === 0 && server.tlsPort !== 0) return true;
  if (server.tlsPort === 0) return false;
  return undefined;
}

export const tlsInconsistent: SetRule = {
  meta: {
    id: 'tls-inconsistent',
    category: 'reliability',
    severity: 'error',
    fixable: false,
    description: 'Nodes linted together disagree on TLS: a replica or Sentinel speaks TLS to a plaintext port (or the reverse), or cluster nodes differ on tls-cluster.',
    kinds: ['conf', 'sentinel'],
  },
  check() {
    // Needs the other nodes: see checkSet.
  },
  checkSet({ topology, describe, report }) {
    const reported = new Set<NodeFacts<unknown>>();
    const link = (client: NodeFacts<unknown>, at: unknown, server: NodeFacts<unknown>, port: number | undefined, what: string) => {
      const needs = linkNeedsTls(server, port);
      if (needs === undefined || needs === client.tls.replication) return;
      reported.add(client);
      const serverAt = server.tls.at ?? server.anchor;
      report(at, needs
        ? `${server.label} accepts only TLS on port ${port ?? server.tlsPort} (${describe(serverAt)}), but this ${what} connects without TLS: add \`tls-replication yes\` (with the client certificate settings) so that it can connect.`
        : `This ${what} connects with TLS (\`tls-replication yes\`), but ${server.label} serves port ${port ?? server.port} in plaintext${server.tlsPort === 0 ? ' and has no tls-port' : ''} (${describe(serverAt)}): the handshake fails. Use TLS on all nodes or on none.`,
      [{ at: serverAt, message: `TLS settings of ${server.label}` }]);
    };
    for (const [replica, upstream] of topology.upstream) {
      if (replica.replicaOf) link(replica, replica.replicaOf.at, upstream, replica.replicaOf.port, 'replica');
    }
    for (const group of topology.groups) {
      for (const { node, monitor } of group.sentinels) link(node, monitor.at, group.primary, monitor.port, 'Sentinel');
      // Clients follow failovers from node to node: TLS on all servers or on none.
      const servers = [group.primary, ...group.replicas];
      const withTls = servers.filter((n) => n.tls.port);
      if (withTls.length === 0 || withTls.length === servers.length) continue;
      const odd = withTls.length * 2 >= servers.length ? servers.filter((n) => !n.tls.port) : withTls;
      const other = odd[0].tls.port ? servers.find((n) => !n.tls.port) : withTls[0];
      for (const node of odd) {
        if (reported.has(node) || !other) continue;
        report(node.tls.at ?? node.anchor, node.tls.port
          ? `This node has a TLS port but ${other.label} in the same replication group has none: after a failover, clients configured for one cannot reach the other. Use TLS on all nodes or on none.`
          : `This node has no tls-port but ${other.label} in the same replication group serves TLS (${describe(other.tls.at ?? other.anchor)}): after a failover, TLS clients cannot reach it. Use TLS on all nodes or on none.`,
        [{ at: other.tls.at ?? other.anchor, message: `TLS settings of ${other.label}` }]);
      }
    }
    for (const cluster of topology.clusters) {
      const withBus = cluster.filter((n) => n.tls.cluster);
      if (withBus.length === 0 || withBus.length === cluster.length) continue;
      const odd = withBus.length * 2 >= cluster.length ? cluster.filter((n) => !n.tls.cluster) : withBus;
      const other = odd[0].tls.cluster ? cluster.find((n) => !n.tls.cluster) : withBus[0];
      if (!other) continue;
      for (const node of odd) {
        report(node.cluster?.at ?? node.anchor, `tls-cluster is ${node.tls.cluster ? 'yes' : 'no'} here but ${node.tls.cluster ? 'no' : 'yes'} on ${other.label}: the cluster bus cannot connect these nodes. Use the same tls-cluster on every node.`,
          [{ at: other.cluster?.at ?? other.anchor, message: `cluster settings of ${other.label}` }]);
      }
    }
  },
};
