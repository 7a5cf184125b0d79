// How configs linted together relate: which primary each replica and each Sentinel's monitored
// master is (by `replicaof <host> <port>` / `sentinel monitor <name> <host> <port>` against the
// names and ports of the others, else by folder: the one primary in the same folder), and which
// nodes form a cluster.

import { dirname } from '../files/paths.js';
import type { MonitorFact, NodeFacts } from './facts.js';

export interface ReplicationGroup<L> {
  readonly primary: NodeFacts<L>;
  readonly replicas: NodeFacts<L>[];
  readonly sentinels: Array<{ readonly node: NodeFacts<L>; readonly monitor: MonitorFact<L> }>;
}

export interface Topology<L> {
  readonly groups: readonly ReplicationGroup<L>[];
  /** For each replica: the node it replicates from (a primary, or a replica in a chain). */
  readonly upstream: ReadonlyMap<NodeFacts<L>, NodeFacts<L>>;
  /**
   * Cluster nodes linted together, one list per cluster: the nodes of one folder, or, when each
   * node has a folder of its own (`cluster/7000/redis.conf`), of the folder above.
   */
  readonly clusters: ReadonlyArray<readonly NodeFacts<L>[]>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', 'ip6-localhost']);

function looksTemplated(host: string): boolean {
  return /\$\{|\$[A-Z_]|\{\{|@[A-Za-z_]\w*@|%[A-Za-z_]\w*%/.test(host);
}

/** Nodes that `host:port` may designate, best first. */
function candidates<L>(host: string, port: number, among: readonly NodeFacts<L>[]): NodeFacts<L>[] {
  if (looksTemplated(host)) return [];
  const h = host.toLowerCase();
  const byPort = among.filter((n) => n.port === port || (n.tlsPort !== 0 && n.tlsPort === port));
  const named = byPort.filter((n) => n.names.includes(h) || n.names.some((name) => name.split('.')[0] === h.split('.')[0] && !/^\d/.test(h)));
  if (named.length > 0) return named;
  // One machine (test setups, docs): 127.0.0.1:6380 is whoever listens on 6380.
  if (LOOPBACK.has(h)) return byPort;
  return [];
}

function pick<L>(found: readonly NodeFacts<L>[], near: NodeFacts<L>): NodeFacts<L> | undefined {
  if (found.length === 1) return found[0];
  const sameFolder = found.filter((n) => dirname(n.file) === dirname(near.file));
  return sameFolder.length === 1 ? sameFolder[0] : undefined;
}

function byFolder<L>(primaries: readonly NodeFacts<L>[], near: NodeFacts<L>): NodeFacts<L> | undefined {
  const same = primaries.filter((p) => p !== near && dirname(p.file) === dirname(near.file));
  return same.length === 1 ? same[0] : undefined;
}

export function topology<L>(nodes: readonly NodeFacts<L>[]): Topology<L> {
  const servers = nodes.filter((n) => n.kind === 'conf');
  const primaries = servers.filter((n) => !n.replicaOf && !n.cluster);
  const upstream = new Map<NodeFacts<L>, NodeFacts<L>>();
  for (const node of servers) {
    if (!node.replicaOf) continue;
    const others = servers.filter((n) => n !== node);
    const found = pick(candidates(node.replicaOf.host, node.replicaOf.port, others), node) ?? byFolder(primaries, node);
    if (found) upstream.set(node, found);
  }
  const rootOf = (node: NodeFacts<L>): NodeFacts<L> => {
    const seen = new Set<NodeFacts<L>>();
    let at = node;
    while (upstream.has(at) && !seen.has(at)) {
      seen.add(at);
      at = upstream.get(at) as NodeFacts<L>;
    }
    return at;
  };
  const groups = new Map<NodeFacts<L>, ReplicationGroup<L>>();
  const groupOf = (primary: NodeFacts<L>) => {
    let group = groups.get(primary);
    if (!group) {
      group = { primary, replicas: [], sentinels: [] };
      groups.set(primary, group);
    }
    return group;
  };
  for (const primary of primaries) groupOf(primary);
  for (const [replica] of upstream) {
    const root = rootOf(replica);
    if (root !== replica && !root.replicaOf) groupOf(root).replicas.push(replica);
  }
  for (const node of nodes.filter((n) => n.kind === 'sentinel')) {
    for (const monitor of node.monitors) {
      let primary = pick(candidates(monitor.host, monitor.port, servers), node);
      if (primary) primary = rootOf(primary);
      if (!primary) {
        // A replica group whose replicas point at the same address.
        const viaReplica = [...upstream.keys()].find((r) => r.replicaOf && r.replicaOf.host.toLowerCase() === monitor.host.toLowerCase() && r.replicaOf.port === monitor.port);
        if (viaReplica) primary = rootOf(viaReplica);
      }
      primary ??= byFolder(primaries, node);
      if (primary && !primary.replicaOf) groupOf(primary).sentinels.push({ node, monitor });
    }
  }
  return { groups: [...groups.values()], upstream, clusters: clusters(servers.filter((n) => n.cluster)) };
}

function clusters<L>(nodes: readonly NodeFacts<L>[]): NodeFacts<L>[][] {
  const by = (key: (n: NodeFacts<L>) => string) => {
    const map = new Map<string, NodeFacts<L>[]>();
    for (const node of nodes) map.set(key(node), [...(map.get(key(node)) ?? []), node]);
    return [...map.values()];
  };
  const byFolder = by((n) => dirname(n.file));
  return byFolder.every((g) => g.length === 1) ? by((n) => dirname(dirname(n.file))) : byFolder;
}
