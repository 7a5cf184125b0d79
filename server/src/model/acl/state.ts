// The permission model of one user, shaped like Redis's `user` and `aclSelector` structures.
import { CommandBits } from './bits.js';
import type { CommandTable } from './commands.js';
import type { AclDialect } from './dialect.js';

export interface KeyPattern {
  readonly pattern: string;
  read: boolean;
  write: boolean;
}

export interface Selector {
  readonly root: boolean;
  allKeys: boolean;
  allChannels: boolean;
  /** Redis's ALLCOMMANDS flag: set by `+@all`, dropped as soon as any command bit is cleared. */
  allCommands: boolean;
  /** The reserved "future commands" bit: the last of `+@all`/`-@all` was `+@all`. */
  future: boolean;
  /** Bit per command id: 1 = allowed. */
  allowed: CommandBits;
  /** Allowed first arguments of otherwise blocked commands (`+select|0`), by command id. */
  firstArgs: Map<number, string[]>;
  keys: KeyPattern[];
  channels: string[];
  /** 7.2+: the command rules as written (lower-cased, a later rule replaces an earlier one). */
  rules: string[];
}

export type SanitizePayload = 'sanitize-payload' | 'skip-sanitize-payload';

export interface AclUser {
  readonly name: string;
  enabled: boolean;
  nopass: boolean;
  sanitize?: SanitizePayload;
  /** SHA-256 hex hashes, in the order added. */
  passwords: string[];
  /** The root selector first, then `(…)` selectors in the order added. */
  selectors: Selector[];
}

/** What applying rules needs to know: the target's behaviour and command table. */
export interface AclContext {
  readonly dialect: AclDialect;
  readonly table: CommandTable;
}

export function createSelector(ctx: AclContext, root: boolean): Selector {
  return {
    root,
    allKeys: false,
    allChannels: ctx.dialect.pubsubDefault === 'allchannels',
    allCommands: false,
    future: false,
    allowed: CommandBits.empty(ctx.table.all.length),
    firstArgs: new Map(),
    keys: [],
    channels: [],
    rules: [],
  };
}

/** A user as `ACLCreateUser` makes it: off, no passwords, `-@all`, the default channel permission. */
export function createUser(ctx: AclContext, name: string): AclUser {
  return { name, enabled: false, nopass: false, passwords: [], selectors: [createSelector(ctx, true)] };
}

export function copySelector(s: Selector): Selector {
  return {
    ...s,
    allowed: s.allowed.clone(),
    firstArgs: new Map([...s.firstArgs].map(([id, args]) => [id, [...args]])),
    keys: s.keys.map((k) => ({ ...k })),
    channels: [...s.channels],
    rules: [...s.rules],
  };
}

export function copyUser(u: AclUser, name: string = u.name): AclUser {
  return { ...u, name, passwords: [...u.passwords], selectors: u.selectors.map(copySelector) };
}

export function rootSelector(u: AclUser): Selector {
  return u.selectors[0];
}
