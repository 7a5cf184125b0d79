import type { SetRule } from '../types.js';
import { authFailure, nodeName, userLocation } from './support.js';

export const sentinelAuthMismatch: SetRule = {
  meta: {
    id: 'sentinel-auth-mismatch',
    category: 'reliability',
    severity: 'error',
    fixable: false,
    description: "A Sentinel's `auth-pass`/`auth-user` do not log in on the monitored primary or its replicas (linted together): it cannot monitor them or fail over.",
    kinds: ['sentinel'],
  },
  check() {
    // Needs the monitored servers: see checkSet.
  },
  checkSet({ topology, describe, report }) {
    for (const group of topology.groups) {
      for (const { monitor } of group.sentinels) {
        const username = monitor.authUser?.name ?? 'default';
        const who = username === 'default' ? 'the default user' : `user ${username}`;
        const nodes = [{ node: group.primary, role: 'primary' }, ...group.replicas.map((node) => ({ node, role: 'replica' }))];
        for (const { node, role } of nodes) {
          const failure = authFailure(node, username, monitor.authPass);
          if (!failure) continue;
          const target = nodeName(role, node);
          const at = failure.kind === 'no-user' ? node.anchor : userLocation(node, failure.user);
          const related = [{ at, message: `${who} on the ${role}` }];
          const after = role === 'primary'
            ? 'Sentinel cannot monitor it: it reports the master as down and clients get no address'
            : 'Sentinel cannot check this replica, and after a failover it cannot promote or reconfigure it';
          const where = monitor.authPass?.at ?? monitor.authUser?.at ?? monitor.at;
          const problem = failure.kind === 'no-user' ? `sentinel auth-user ${username} is not a user on ${target} (${describe(node.anchor)})`
            : failure.kind === 'user-off' ? `${who} is off on ${target} (${describe(at)})`
              : failure.kind === 'no-password-set' ? `${who} on ${target} has no password and no nopass (${describe(at)})`
                : failure.kind === 'password-missing' ? `${target} requires a password for ${who} (${describe(at)}), but there is no \`sentinel auth-pass ${monitor.name}\``
                  : `sentinel auth-pass for ${monitor.name} does not match the password of ${who} on ${target} (${describe(at)})`;
          report(where, `${problem}: ${after}. Use the same password on both sides (compared by hash, never shown).`, related);
        }
      }
    }
  },
};
