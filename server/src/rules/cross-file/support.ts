// What the cross-file rules share: can a client with these credentials log in on that node?

import type { NodeFacts, SecretFact, UserFact } from '../../model/cross-file/facts.js';

export type AuthFailure =
  | { readonly kind: 'no-user'; readonly user: string }
  | { readonly kind: 'user-off'; readonly user: UserFact<unknown> }
  | { readonly kind: 'no-password-set'; readonly user: UserFact<unknown> }
  | { readonly kind: 'password-missing'; readonly user: UserFact<unknown> }
  | { readonly kind: 'password-mismatch'; readonly user: UserFact<unknown> };

/**
 * Why `AUTH [user] password` would fail on `node`, or undefined when it works or cannot be
 * told (users unknown, a template placeholder on one side only). A nopass user accepts anything.
 */
export function authFailure(node: NodeFacts<unknown>, username: string, password: SecretFact<unknown> | undefined): AuthFailure | undefined {
  if (!node.users) return undefined;
  const user = node.users.find((u) => u.name === username);
  if (!user) return { kind: 'no-user', user: username };
  if (!user.enabled) return { kind: 'user-off', user };
  if (user.nopass) return undefined;
  if (user.hashes.length === 0) return { kind: 'no-password-set', user };
  if (!password) return { kind: 'password-missing', user };
  if (user.hashes.includes(password.hash)) return undefined;
  // A placeholder on one side only: its value is unknown.
  if (password.templated !== (user.templated ?? false)) return undefined;
  return { kind: 'password-mismatch', user };
}

/** `the primary redis-master.conf`, `the replica docker-compose.yml service r2`. */
export function nodeName(role: string, node: NodeFacts<unknown>): string {
  return `the ${role} ${node.label}`;
}

/** Where a user's password is set on a node, for related locations. */
export function userLocation(node: NodeFacts<unknown>, user: UserFact<unknown> | undefined): unknown {
  return user?.at ?? node.anchor;
}
