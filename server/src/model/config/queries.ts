// Read-only questions about an effective configuration that several rules ask: where does the
// server listen, is anyone authenticated, is TLS on, is protected mode in force. Answers follow
// the server's own code for the target (networking.c, server.c, acl.c), not the sample files.

import type { Span } from '../../../../grammar/src/index.js';
import { getSentinel } from '../../knowledge/sentinel.js';
import type { Target } from '../../knowledge/targets.js';
import type { EffectiveConfig, SettingRecord, UserRecord } from './effective.js';

// ---------------------------------------------------------------------------------------------
// Versions and plain values

/** Whether the target's release line is at least `major.minor` (Valkey lines compare as Redis's). */
export function atLeast(target: Target, major: number, minor: number): boolean {
  const [ma, mi] = target.line.split('.').map(Number);
  return ma > major || (ma === major && mi >= minor);
}

/** The lower-cased value in effect for a yes/no or enum setting, or `fallback` when unset. */
export function enumValue(config: EffectiveConfig, name: string, fallback: string): string {
  const record = config.effective(name);
  return record ? (record.values[0] ?? '').toLowerCase() : fallback;
}

/** An integer setting in effect (`fallback` when unset or not a plain integer). */
export function intValue(config: EffectiveConfig, name: string, fallback: number): number {
  const record = config.effective(name);
  if (!record) return fallback;
  const n = Number(record.values[0]);
  return Number.isInteger(n) ? n : fallback;
}

const MEMORY_UNITS: Record<string, bigint> = {
  '': 1n, b: 1n, k: 1000n, kb: 1024n, m: 1000n ** 2n, mb: 1024n ** 2n, g: 1000n ** 3n, gb: 1024n ** 3n,
};

/** Bytes of a memory value as Redis's `memtoull` reads it (`1gb`, `512mb`, `100`), or undefined. */
export function parseMemory(text: string): bigint | undefined {
  const m = /^(\d+)([a-z]*)$/i.exec(text.trim());
  if (!m) return undefined;
  const unit = MEMORY_UNITS[m[2].toLowerCase()];
  return unit === undefined ? undefined : BigInt(m[1]) * unit;
}

// ---------------------------------------------------------------------------------------------
// Where the server listens

/**
 * How far a bind address reaches: `loopback` (127.0.0.0/8, ::1, localhost), `private` (RFC 1918,
 * link-local, CGNAT, IPv6 ULA/link-local), `public` (any other literal address), `all` (a
 * wildcard), `unknown` (a hostname or a template placeholder: it depends on what it resolves to).
 */
export type AddressScope = 'loopback' | 'private' | 'unknown' | 'public' | 'all';

const SCOPE_ORDER: readonly AddressScope[] = ['loopback', 'private', 'unknown', 'public', 'all'];

function ipv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.map(Number);
}

export function classifyAddress(written: string): AddressScope {
  // A leading `-` marks an optional address (6.2+): it still listens when available.
  const address = (written.startsWith('-') ? written.slice(1) : written).toLowerCase().replace(/^\[|\]$/g, '');
  if (address === '*' || address === '0.0.0.0' || address === '::' || address === '::*' || address === '::0') return 'all';
  if (address === 'localhost' || address === '::1' || address === 'ip6-localhost') return 'loopback';
  const v4 = ipv4(address);
  if (v4) {
    const [a, b] = v4;
    if (a === 127) return 'loopback';
    if (a === 0) return 'all';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) return 'private';
    return 'public';
  }
  if (address.includes(':') && /^[0-9a-f:.%a-z]+$/.test(address)) {
    if (/^f[cd][0-9a-f]{0,2}:/.test(address) || /^fe[89ab][0-9a-f]?:/.test(address)) return 'private';
    if (address.startsWith('::ffff:')) return classifyAddress(address.slice(7));
    return 'public';
  }
  return 'unknown';
}

export interface BindAddress {
  readonly value: string;
  readonly scope: AddressScope;
  /** Where it is written; undefined for the target's built-in default. */
  readonly span?: Span;
}

export interface Listening {
  /** Whether any TCP port is open (`port` or `tls-port` non-zero, and an address to bind). */
  readonly tcp: boolean;
  readonly port: number;
  readonly portRecord?: SettingRecord;
  readonly tlsPort: number;
  readonly tlsPortRecord?: SettingRecord;
  /** The `bind` line in effect, if any. */
  readonly bind?: SettingRecord;
  /** No `bind` line: the target's built-in default applies (6.x and 7.0+: every interface). */
  readonly implicit: boolean;
  readonly addresses: readonly BindAddress[];
  /** The widest scope of the addresses (`loopback` when there are none). */
  readonly scope: AddressScope;
  readonly unixSocket?: SettingRecord;
}

function defaultFor(config: EffectiveConfig, target: Target, name: string, fallback: string): string {
  if (config.kind === 'sentinel') {
    try {
      const value = getSentinel(target).defaultsOverridden[name];
      if (value !== undefined) return String(value);
    } catch {
      // no sentinel data for this target: the values below are those of every known version
    }
    if (name === 'port') return '26379';
    if (name === 'protected-mode') return 'no';
  }
  return fallback;
}

export function listening(config: EffectiveConfig, target: Target): Listening {
  const portRecord = config.effective('port');
  const tlsPortRecord = config.effective('tls-port');
  const port = intValue(config, 'port', Number(defaultFor(config, target, 'port', '6379')));
  const tlsPort = intValue(config, 'tls-port', 0);
  const bind = config.effective('bind');
  let addresses: BindAddress[];
  if (!bind) {
    // 6.x: no compiled-in bind, listenToPort() binds `*` and `-::*`; 7.0+: the default is `* -::*`.
    addresses = [{ value: '*', scope: 'all' }, { value: '-::*', scope: 'all' }];
  } else if (bind.values.length === 1 && bind.values[0] === '') {
    // `bind ""`: 7.0+ listens on no TCP address at all.
    addresses = atLeast(target, 7, 0) ? [] : [{ value: '', scope: 'unknown', span: bind.valueSpans[0] }];
  } else {
    addresses = bind.values.map((value, i) => ({ value, scope: classifyAddress(value), span: bind.valueSpans[i] }));
  }
  const scope = addresses.reduce<AddressScope>((widest, a) => (SCOPE_ORDER.indexOf(a.scope) > SCOPE_ORDER.indexOf(widest) ? a.scope : widest), 'loopback');
  const unixSocket = config.effective('unixsocket');
  return {
    tcp: (port !== 0 || tlsPort !== 0) && addresses.length > 0,
    port, tlsPort, addresses, scope,
    implicit: !bind,
    ...(portRecord ? { portRecord } : {}),
    ...(tlsPortRecord ? { tlsPortRecord } : {}),
    ...(bind ? { bind } : {}),
    ...(unixSocket && unixSocket.values[0] ? { unixSocket } : {}),
  };
}

/** Listens on loopback addresses or a unix socket only (or nowhere): exposure rules stay quiet. */
export function listensOnlyLocally(l: Listening): boolean {
  return !l.tcp || l.scope === 'loopback';
}

/** Reachable from any network the host is on: a wildcard or a public address. */
export function publiclyExposed(l: Listening): boolean {
  return l.tcp && (l.scope === 'all' || l.scope === 'public');
}

// ---------------------------------------------------------------------------------------------
// Authentication

export interface DefaultUserLine {
  readonly record: UserRecord;
  readonly enabled: boolean;
  readonly nopass: boolean;
  readonly passwords: number;
  /** The `nopass` rule that leaves the user open, when that is the case. */
  readonly nopassSpan?: Span;
}

/**
 * The state of `user default …` in redis.conf, replayed from the raw rules: users from the
 * config start from `reset` (off, no password, not nopass). Selectors do not touch passwords.
 */
export function defaultUserLine(config: EffectiveConfig): DefaultUserLine | undefined {
  const record = config.users.find((u) => u.username === 'default');
  if (!record) return undefined;
  let enabled = false;
  let nopass = false;
  let passwords = 0;
  let nopassSpan: Span | undefined;
  for (const arg of record.args.slice(1)) {
    const rule = arg.value;
    const word = rule.toLowerCase();
    if (word === 'on') enabled = true;
    else if (word === 'off') enabled = false;
    else if (word === 'nopass') {
      nopass = true;
      passwords = 0;
      nopassSpan = arg.span;
    } else if (word === 'resetpass') {
      nopass = false;
      passwords = 0;
    } else if (word === 'reset') {
      enabled = false;
      nopass = false;
      passwords = 0;
    } else if (rule.startsWith('>') || rule.startsWith('#')) {
      // Adding a password clears nopass (ACLSetUser).
      nopass = false;
      passwords++;
    } else if (rule.startsWith('<') || rule.startsWith('!')) {
      passwords = Math.max(0, passwords - 1);
    }
  }
  return { record, enabled, nopass, passwords, ...(nopass && nopassSpan ? { nopassSpan } : {}) };
}

/**
 * Who can use the default connection, the one every client gets before AUTH:
 * - `none`: anyone (no requirepass, or `user default on nopass`);
 * - `password`: a password is required (requirepass, or a default user with passwords);
 * - `disabled`: the default user is off or cannot log in (clients must AUTH as a named user);
 * - `aclfile`: decided by the ACL file, which the config alone does not show.
 */
export type Authentication =
  | { readonly state: 'none'; readonly via: 'no-requirepass' | 'empty-requirepass' | 'default-user-nopass'; readonly requirepass?: SettingRecord; readonly defaultUser?: DefaultUserLine }
  | { readonly state: 'password'; readonly via: 'requirepass' | 'default-user'; readonly requirepass?: SettingRecord; readonly defaultUser?: DefaultUserLine }
  | { readonly state: 'disabled'; readonly defaultUser: DefaultUserLine }
  | { readonly state: 'aclfile'; readonly aclfile: SettingRecord; readonly requirepass?: SettingRecord };

export function authentication(config: EffectiveConfig): Authentication {
  const requirepassRecord = config.effective('requirepass');
  const requirepass = requirepassRecord && requirepassRecord.values[0] !== '' ? requirepassRecord : undefined;
  const rp = requirepass ? { requirepass } : {};
  // `user default` lines are applied after requirepass, whatever the order (PARSING.md §5).
  const defaultUser = defaultUserLine(config);
  if (defaultUser) {
    if (!defaultUser.enabled) return { state: 'disabled', defaultUser };
    if (defaultUser.nopass) return { state: 'none', via: 'default-user-nopass', defaultUser, ...rp };
    if (defaultUser.passwords > 0) return { state: 'password', via: 'default-user', defaultUser, ...rp };
    return { state: 'disabled', defaultUser };
  }
  const aclfile = config.effective('aclfile');
  if (aclfile && aclfile.values[0] !== '') return { state: 'aclfile', aclfile, ...rp };
  if (requirepass) return { state: 'password', via: 'requirepass', requirepass };
  return requirepassRecord
    ? { state: 'none', via: 'empty-requirepass', requirepass: requirepassRecord }
    : { state: 'none', via: 'no-requirepass' };
}

/** A client that has not authenticated can run commands (as the default user). */
export function unauthenticatedAccess(auth: Authentication): boolean {
  return auth.state === 'none';
}

// ---------------------------------------------------------------------------------------------
// Protected mode

export interface ProtectedMode {
  /** `protected-mode` in effect (sentinel mode starts from `no`). */
  readonly enabled: boolean;
  /** The file has a `protected-mode` line (the official Docker image adds `--protected-mode no` otherwise). */
  readonly explicit: boolean;
  readonly record?: SettingRecord;
  /**
   * It actually turns remote unauthenticated clients away: enabled, the default user has no
   * password, and on 6.x no `bind` line (6.x checks `bindaddr_count == 0`; 7.0+ does not).
   */
  readonly active: boolean;
}

export function protectedMode(config: EffectiveConfig, target: Target): ProtectedMode {
  const record = config.effective('protected-mode');
  const enabled = enumValue(config, 'protected-mode', defaultFor(config, target, 'protected-mode', 'yes')) === 'yes';
  const auth = authentication(config);
  const noBind = !config.effective('bind');
  const active = enabled && auth.state === 'none' && (atLeast(target, 7, 0) || noBind);
  return { enabled, explicit: record !== undefined, active, ...(record ? { record } : {}) };
}

// ---------------------------------------------------------------------------------------------
// TLS

export interface Tls {
  /** `tls-port` is non-zero. */
  readonly enabled: boolean;
  readonly tlsPortRecord?: SettingRecord;
  /** The plaintext `port` stays open next to TLS. */
  readonly plaintextToo: boolean;
}

export function tls(config: EffectiveConfig, target: Target): Tls {
  const l = listening(config, target);
  return {
    enabled: l.tlsPort !== 0,
    plaintextToo: l.tlsPort !== 0 && l.port !== 0,
    ...(l.tlsPortRecord ? { tlsPortRecord: l.tlsPortRecord } : {}),
  };
}
