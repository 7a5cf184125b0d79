import type { NodeFacts, UserFact } from '../../model/cross-file/facts.js';
import type { SetContext, SetRule } from '../types.js';

function differences(a: UserFact<unknown>, b: UserFact<unknown>): string[] {
  const out: string[] = [];
  if (a.enabled !== b.enabled) out.push(a.enabled ? 'it is off here' : 'it is on here');
  if (a.nopass !== b.nopass) out.push(b.nopass ? 'it is nopass here' : 'it needs a password here');
  else if (!a.nopass && (a.hashes.length !== b.hashes.length || a.hashes.some((h, i) => h !== b.hashes[i]))) out.push('its passwords differ');
  if (a.permissions !== b.permissions) out.push('its permissions differ');
  return out;
}

export const clusterAclMismatch: SetRule = {
  meta: {
    id: 'cluster-acl-mismatch',
    category: 'reliability',
    severity: 'warning',
    fixable: false,
    description: 'Cluster nodes linted together define different ACL users (or passwords): a client that works on one node is refused on another after a redirect or failover.',
    kinds: ['conf'],
  },
  check() {
    // Needs every node: see checkSet.
  },
  checkSet({ topology, describe, report }) {
    for (const cluster of topology.clusters) {
      const nodes = cluster.filter((n) => n.users !== undefined);
      if (nodes.length >= 2) compare(nodes, describe, report);
    }
  },
};

function compare(nodes: readonly NodeFacts<unknown>[], describe: SetContext['describe'], report: SetContext['report']): void {
  const reference = nodes[0];
  const refUsers = new Map((reference.users ?? []).map((u) => [u.name, u]));
  for (const node of nodes.slice(1)) {
    const users = new Map((node.users ?? []).map((u) => [u.name, u]));
    for (const [name, ref] of refUsers) {
      const user = users.get(name);
      const refAt = ref.at ?? reference.anchor;
      if (!user) {
        report(node.anchor, `User ${name} exists on the cluster node ${reference.label} (${describe(refAt)}) but not on this node: clients logging in as ${name} are refused when redirected here. Define the same users on every node.`,
          [{ at: refAt, message: `user ${name} on ${reference.label}` }]);
        continue;
      }
      const diff = differences(ref, user);
      if (diff.length === 0) continue;
      report(user.at ?? node.anchor, `User ${name} is not the same as on the cluster node ${reference.label} (${describe(refAt)}): ${diff.join(', ')}. Clients are refused or get other rights after a redirect or failover; define users identically on every node (passwords are compared by hash, never shown).`,
        [{ at: refAt, message: `user ${name} on ${reference.label}` }]);
    }
    for (const [name, user] of users) {
      if (refUsers.has(name)) continue;
      report(user.at ?? node.anchor, `User ${name} is defined on this node but not on the cluster node ${reference.label}: clients logging in as ${name} are refused when redirected there. Define the same users on every node.`,
        [{ at: reference.anchor, message: `the users of ${reference.label}` }]);
    }
  }
}
