// A plain view of what a user may do, for rules and editor features.
import type { AclContext, AclUser, Selector } from './state.js';

export interface SelectorPermissions {
  /** Started from `+@all`: also allows commands added later (modules). */
  readonly futureCommands: boolean;
  /** Allowed commands and subcommands by full name (`get`, `config|get`), sorted. */
  readonly commands: readonly string[];
  /** Commands blocked except for the listed first arguments (`select` → `0`). */
  readonly firstArgs: Readonly<Record<string, readonly string[]>>;
  readonly keys: 'all' | readonly { readonly pattern: string; readonly read: boolean; readonly write: boolean }[];
  readonly channels: 'all' | readonly string[];
}

export interface UserPermissions {
  readonly name: string;
  readonly enabled: boolean;
  /** Any password is accepted. */
  readonly nopass: boolean;
  /** SHA-256 hashes only, never clear text. */
  readonly passwordHashes: readonly string[];
  readonly sanitizePayload?: 'sanitize-payload' | 'skip-sanitize-payload';
  readonly root: SelectorPermissions;
  readonly selectors: readonly SelectorPermissions[];
}

function selectorPermissions(ctx: AclContext, s: Selector): SelectorPermissions {
  const { table } = ctx;
  const firstArgs: Record<string, string[]> = {};
  for (const [id, args] of s.firstArgs) if (!s.allowed.get(id)) firstArgs[table.all[id].name] = [...args];
  return {
    futureCommands: s.future,
    commands: table.all.filter((c) => s.allowed.get(c.id)).map((c) => c.name).sort(),
    firstArgs,
    keys: s.allKeys ? 'all' : s.keys.map((k) => ({ ...k })),
    channels: s.allChannels ? 'all' : [...s.channels],
  };
}

export function userPermissions(ctx: AclContext, user: AclUser): UserPermissions {
  const [root, ...selectors] = user.selectors;
  return {
    name: user.name,
    enabled: user.enabled,
    nopass: user.nopass,
    passwordHashes: [...user.passwords],
    ...(user.sanitize ? { sanitizePayload: user.sanitize } : {}),
    root: selectorPermissions(ctx, root),
    selectors: selectors.map((s) => selectorPermissions(ctx, s)),
  };
}
