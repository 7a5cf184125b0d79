// What a user may do, summarised for `redis-lint acl explain`: every claim here is one that
// `ACL DRYRUN` can confirm (test/acl-cli/explain.test.ts does, against a live server).

import {
  aclListLine,
  riskyCommands,
  selectorCanRun,
  type AclContext,
  type AclUser,
  type CommandEntry,
  type Selector,
} from '../../model/acl/index.js';
import type { UserOrigin } from './load.js';

export interface KeySummary {
  readonly pattern: string;
  readonly read: boolean;
  readonly write: boolean;
}

/** One permission set: the root one or a `(…)` selector. */
export interface PermissionSet {
  /** Top-level commands it lets the user run at least in part (AUTH/HELLO-like commands aside). */
  readonly runnable: number;
  /** Every command and subcommand it allows, as `GET`, `CONFIG GET`, `SELECT 0` (a first argument). */
  readonly allowed: readonly string[];
  /** The same, shortened for reading: `CONFIG` when all of its subcommands are allowed. */
  readonly display: readonly string[];
  /** Commands partly allowed (some subcommands, or a first argument only). */
  readonly partial: readonly string[];
  /** Also commands that modules add later (the last of `+@all`/`-@all` was `+@all`). */
  readonly futureCommands: boolean;
  readonly keys: 'all' | readonly KeySummary[];
  /** `all` also on Redis 6.0, which has no channel permissions. */
  readonly channels: 'all' | readonly string[];
}

export interface UserSummary {
  readonly name: string;
  readonly origin: UserOrigin;
  readonly enabled: boolean;
  readonly nopass: boolean;
  /** How many password hashes; the hashes themselves are secrets and never shown. */
  readonly passwords: number;
  /** Top-level commands (AUTH/HELLO-like commands aside) the target has. */
  readonly totalCommands: number;
  /** Top-level commands runnable through any permission set. */
  readonly runnable: number;
  /** Every command and subcommand any permission set allows (what ACL DRYRUN answers OK to). */
  readonly allowed: readonly string[];
  /** The watched commands (knowledge/acl-risk.ts) it may run, e.g. `FLUSHALL`, `CONFIG SET`. */
  readonly dangerous: readonly string[];
  readonly root: PermissionSet;
  readonly selectors: readonly PermissionSet[];
  /** ACL LIST's line with every password hash shown as `#****`. */
  readonly aclList: string;
}

const label = (entry: CommandEntry): string => entry.name.toUpperCase().replace('|', ' ');

/** Commands every user passes the command check for (AUTH, HELLO): never counted. */
function counted(entry: CommandEntry): boolean {
  return !entry.noAuth;
}

export function totalCommands(ctx: AclContext): number {
  return ctx.table.top.filter(counted).length;
}

function allows(s: Selector, entry: CommandEntry): boolean {
  return s.allCommands || s.allowed.get(entry.id) === 1;
}

function permissionSet(ctx: AclContext, s: Selector): PermissionSet {
  const allowed: string[] = [];
  const display: string[] = [];
  const partial: string[] = [];
  let runnable = 0;
  for (const top of ctx.table.top) {
    if (!counted(top)) continue;
    const subs = top.subcommands.filter(counted);
    let any = false;
    if (subs.length > 0) {
      const ok = subs.filter((sub) => allows(s, sub));
      for (const sub of ok) allowed.push(label(sub));
      if (ok.length === subs.length) display.push(label(top));
      else if (ok.length > 0) {
        display.push(...ok.map(label));
        partial.push(label(top));
      }
      any = ok.length > 0;
    } else if (allows(s, top)) {
      allowed.push(label(top));
      display.push(label(top));
      any = true;
    } else {
      // `+select|0`: the command with these first arguments only.
      for (const arg of s.firstArgs.get(top.id) ?? []) {
        allowed.push(`${label(top)} ${arg}`);
        display.push(`${label(top)} ${arg}`);
        any = true;
      }
      if (any) partial.push(label(top));
    }
    if (any) runnable++;
  }
  return {
    runnable, allowed, display, partial,
    futureCommands: s.future,
    keys: s.allKeys ? 'all' : s.keys.map((k) => ({ pattern: k.pattern, read: k.read, write: k.write })),
    channels: !ctx.dialect.channels || s.allChannels ? 'all' : [...s.channels],
  };
}

const HASH_WORD = /(^| )#[0-9a-f]{64}(?= |\)|$)/g;

export function summarizeUser(ctx: AclContext, user: AclUser, origin: UserOrigin): UserSummary {
  const sets = user.selectors.map((s) => permissionSet(ctx, s));
  const allowed = [...new Set(sets.flatMap((set) => set.allowed))];
  const tops = new Set(allowed.map((name) => name.split(' ')[0]));
  const dangerous = riskyCommands(ctx.table).filter((risk) => user.selectors.some((s) => selectorCanRun(s, risk))).map((risk) => risk.label);
  return {
    name: user.name,
    origin,
    enabled: user.enabled,
    nopass: user.nopass,
    passwords: user.passwords.length,
    totalCommands: totalCommands(ctx),
    runnable: tops.size,
    allowed,
    dangerous,
    root: sets[0],
    selectors: sets.slice(1),
    aclList: aclListLine(ctx, user).replace(HASH_WORD, '$1#****'),
  };
}

// ---------------------------------------------------------------------------------------------
// Text

const MAX_LISTED = 12;

function listText(names: readonly string[]): string {
  return names.join(', ');
}

function commandsText(set: PermissionSet, total: number): string {
  if (set.runnable === 0) return set.futureCommands ? 'none now; commands modules add later' : 'none';
  const future = set.futureCommands ? ', and commands modules add later' : '';
  if (set.runnable === total && set.partial.length === 0) return `all ${total} commands${future}`;
  const partial = set.partial.length > 0 && set.partial.length <= MAX_LISTED ? `; only in part: ${listText(set.partial)}` : '';
  if (set.display.length <= MAX_LISTED) return `${set.runnable} of ${total} commands: ${listText(set.display)}${future}`;
  return `${set.runnable} of ${total} commands${future}${partial}`;
}

function keysText(keys: PermissionSet['keys']): string {
  if (keys === 'all') return 'all keys';
  if (keys.length === 0) return 'none';
  // In ACL notation, so that any pattern reads unambiguously: `~a:* ~b:* (read and write)`.
  const groups: [string, string, (k: KeySummary) => boolean][] = [
    ['~', 'read and write', (k) => k.read && k.write],
    ['%R~', 'read only', (k) => k.read && !k.write],
    ['%W~', 'write only', (k) => !k.read && k.write],
  ];
  return groups
    .map(([prefix, name, test]) => [name, keys.filter(test).map((k) => `${prefix}${k.pattern}`)] as const)
    .filter(([, patterns]) => patterns.length > 0)
    .map(([name, patterns]) => `${patterns.join(' ')} (${name})`)
    .join('; ');
}

function channelsText(channels: PermissionSet['channels'], ctx: AclContext): string {
  if (channels === 'all') return ctx.dialect.channels ? 'all channels' : 'all channels (Redis 6.0 has no channel permissions)';
  return channels.length === 0 ? 'none' : channels.map((c) => `&${c}`).join(' ');
}

function originText(origin: UserOrigin): string {
  switch (origin.kind) {
    case 'line':
      return `${origin.file}:${origin.line}`;
    case 'implicit-default':
      return 'not in the file: Redis adds it as on nopass ~* &* +@all';
    case 'builtin-default':
      return origin.requirepass ? 'built in, password from requirepass' : 'built in: no user default line and no requirepass';
  }
}

function passwordText(s: UserSummary): string {
  if (s.nopass) return 'nopass: any password logs in';
  if (s.passwords === 0) return 'none set: nobody can log in as this user';
  const hashes = `${s.passwords} password${s.passwords === 1 ? '' : 's'} (stored as SHA-256; not shown)`;
  return s.origin.kind === 'builtin-default' && s.origin.requirepass ? `${hashes}, from requirepass` : hashes;
}

export function formatUserText(s: UserSummary, ctx: AclContext): string {
  const rows: [string, string][] = [
    ['defined', originText(s.origin)],
    ['status', s.enabled ? 'on' : 'off: cannot log in'],
    ['passwords', passwordText(s)],
    ['commands', s.selectors.length === 0 ? commandsText(s.root, s.totalCommands) : `${s.runnable} of ${s.totalCommands} commands through any permission set`],
    ['dangerous', s.dangerous.length === 0 ? 'none' : listText(s.dangerous)],
  ];
  if (s.selectors.length === 0) {
    rows.push(['keys', keysText(s.root.keys)], ['channels', channelsText(s.root.channels, ctx)]);
  } else {
    [s.root, ...s.selectors].forEach((set, k) => {
      rows.push([k === 0 ? 'root' : `selector ${k}`,
        `commands ${commandsText(set, s.totalCommands)}; keys ${keysText(set.keys)}; channels ${channelsText(set.channels, ctx)}`]);
    });
  }
  rows.push(['ACL LIST', s.aclList]);
  const width = Math.max(...rows.map(([name]) => name.length)) + 1;
  return [`user ${s.name}`, ...rows.map(([name, value]) => `  ${`${name}:`.padEnd(width)} ${value}`)].join('\n');
}

export function summaryJson(s: UserSummary): Record<string, unknown> {
  // With selectors, each set's own list (DRYRUN allows what any set allows: `commands.allowed`).
  const withSelectors = s.selectors.length > 0;
  const set = (p: PermissionSet) => ({
    runnable: p.runnable,
    ...(withSelectors ? { allowed: p.allowed } : {}),
    partial: p.partial,
    futureCommands: p.futureCommands,
    keys: p.keys,
    channels: p.channels,
  });
  return {
    name: s.name,
    origin: s.origin,
    enabled: s.enabled,
    nopass: s.nopass,
    passwords: s.passwords,
    commands: { runnable: s.runnable, total: s.totalCommands, allowed: s.allowed },
    dangerous: s.dangerous,
    root: set(s.root),
    selectors: s.selectors.map(set),
    aclList: s.aclList,
  };
}
