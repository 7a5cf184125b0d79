import type { SetRule } from '../types.js';
import { authFailure, nodeName, userLocation } from './support.js';

export const replicaAuthMismatch: SetRule = {
  meta: {
    id: 'replica-auth-mismatch',
    category: 'reliability',
    severity: 'error',
    fixable: false,
    description: "A replica's `masterauth`/`masteruser` do not log in on its primary (linted together): replication never starts.",
    kinds: ['conf'],
  },
  check() {
    // Needs the primary: see checkSet.
  },
  checkSet({ topology, describe, report }) {
    for (const [replica, primary] of topology.upstream) {
      if (!replica.replicaOf) continue;
      const username = replica.masteruser?.name ?? 'default';
      const role = primary.replicaOf ? 'replica it replicates from,' : 'primary';
      const target = nodeName(role, primary);
      // `AUTH <password>` (no masteruser) against a default user without password is an error reply.
      if (!replica.masteruser && replica.masterauth) {
        const defaultUser = primary.users?.find((u) => u.name === 'default');
        if (defaultUser?.nopass && defaultUser.enabled) {
          report(replica.masterauth.at,
            `masterauth is set but ${target} has no password: Redis answers the replica's AUTH with an error ("called without any password configured") and the replica never syncs. Set requirepass on the primary to this password, or remove masterauth.`,
            [{ at: userLocation(primary, defaultUser), message: 'the primary accepts clients without a password' }]);
          continue;
        }
      }
      const failure = authFailure(primary, username, replica.masterauth);
      if (!failure) continue;
      const who = username === 'default' ? 'the default user' : `user ${username}`;
      const related = [{ at: failure.kind === 'no-user' ? primary.anchor : userLocation(primary, failure.user), message: `${who} on the primary` }];
      switch (failure.kind) {
        case 'no-user':
          report(replica.masteruser?.at ?? replica.replicaOf.at, `masteruser ${username} is not a user on ${target} (${describe(primary.anchor)}): the replica cannot log in and never syncs. Create the user there, or use one that exists.`, related);
          break;
        case 'user-off':
          report(replica.masteruser?.at ?? replica.replicaOf.at, `${who} is off on ${target} (${describe(related[0].at)}): the replica cannot log in and never syncs. Enable it (\`on\`) or use another user.`, related);
          break;
        case 'no-password-set':
          report(replica.masteruser?.at ?? replica.replicaOf.at, `${who} on ${target} has no password and no nopass (${describe(related[0].at)}), so nobody can log in as it and the replica never syncs. Give it the replica's password.`, related);
          break;
        case 'password-missing':
          report(replica.replicaOf.at, `${target} requires a password for ${who} (${describe(related[0].at)}), but this replica has no masterauth: it cannot log in and never syncs. Add \`masterauth\` with that password.`, related);
          break;
        default:
          report(replica.masterauth?.at ?? replica.replicaOf.at, `masterauth does not match the password of ${who} on ${target} (${describe(related[0].at)}): the replica's AUTH is refused and it never syncs. Use the same password on both sides (the values are compared by hash and never shown).`, related);
      }
    }
  },
};
