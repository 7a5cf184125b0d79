// Drift: where a running server differs from the config file it is supposed to run (settings
// changed with CONFIG SET or on the command line, users added or changed with ACL SETUSER).
// Values of sensitive settings and password hashes never leave here in clear.

import { getDirectives, type DirectiveInfo } from '../../knowledge/directives.js';
import type { Target } from '../../knowledge/targets.js';
import { aclContext, aclListLine, ConfUsers, createDefaultUser, type AclContext, type AclUser, type PubsubDefault } from '../acl/index.js';
import type { LintModel } from '../analyze.js';
import { asciiLower } from '../config/c-parsers.js';
import type { EffectiveConfig } from '../config/effective.js';
import { isAbsolute, normalize } from '../files/paths.js';
import { normalizedLive, normalizedValue } from './normalize.js';
import type { LiveSnapshot } from './snapshot.js';
import { liveAclContext } from './synthesize.js';
import { implicitDefaultUser, maskedAclLine, parseAclList, sameUser, userDifferences } from './users.js';

const MASK = '****';

export interface SettingDrift {
  readonly kind: 'setting';
  readonly name: string;
  /** The file's value as written (`****` for a secret), or the default when the file does not set it. */
  readonly file: string;
  readonly fileIsDefault: boolean;
  /** CONFIG GET's value (`****` for a secret). */
  readonly live: string;
  /** Where the file sets it (1-based line). */
  readonly where?: { readonly file: string; readonly line: number };
  /** How it can have happened. */
  readonly note: string;
}

export interface UserDrift {
  readonly kind: 'user';
  readonly name: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** ACL LIST form of the user the file defines, hashes as `#****`. */
  readonly file?: string;
  /** The server's ACL LIST line, hashes as `#****`. */
  readonly live?: string;
  /** What changed, in words (never a password). */
  readonly details: readonly string[];
  readonly where?: { readonly file: string; readonly line: number };
}

export type DriftEntry = SettingDrift | UserDrift;

export interface DriftResult {
  readonly entries: readonly DriftEntry[];
  /** What could not be compared, and why. */
  readonly unchecked: readonly string[];
}

function display(info: DirectiveInfo, value: string): string {
  if (info.secret) return value === '' ? '(not set)' : MASK;
  return value === '' ? '""' : value;
}

function lineOf(model: LintModel, file: string, offset: number): number {
  return (model.lines(file)?.lineOf(offset) ?? 0) + 1;
}

function compareDir(written: string, live: string): boolean | undefined {
  if (isAbsolute(written)) return normalize(written) === normalize(live);
  const rel = normalize(written);
  if (rel === '.') return undefined;
  return normalize(live).endsWith(`/${rel}`) ? true : undefined;
}

function settingNote(info: DirectiveInfo, name: string, fileValue: string | undefined, live: string): string {
  if (name === 'maxclients' && fileValue !== undefined && /^\d+$/.test(fileValue) && /^\d+$/.test(live) && Number(live) < Number(fileValue)) {
    return 'Redis lowers maxclients to what the open-file limit (ulimit -n) allows';
  }
  if (info.flags.includes('IMMUTABLE')) return 'cannot change at runtime: the server was started with another file or command-line options';
  return 'changed at runtime (CONFIG SET) or by a command-line option';
}

function filePubsub(config: EffectiveConfig): PubsubDefault | undefined {
  const value = asciiLower(config.value('acl-pubsub-default') ?? '');
  return value === 'allchannels' || value === 'resetchannels' ? value : undefined;
}

interface FileUsers {
  readonly users: ReadonlyMap<string, AclUser>;
  readonly where: ReadonlyMap<string, { file: string; line: number }>;
}

function usersOfFile(model: LintModel, ctx: AclContext, unchecked: string[]): FileUsers | undefined {
  const config = model.config;
  if (!config) return undefined;
  const where = new Map<string, { file: string; line: number }>();
  const requirepass = config.value('requirepass') || undefined;
  if (config.users.length > 0) {
    const conf = new ConfUsers(ctx);
    for (const record of config.users) {
      const result = conf.addLine([record.directive.name, ...record.args]);
      if (result.ok && !where.has(record.username)) where.set(record.username, { file: record.file, line: lineOf(model, record.file, record.directive.span.start) });
    }
    const started = conf.startup();
    const users = new Map(started.users);
    if (!config.users.some((u) => u.username === 'default')) users.set('default', implicitDefaultUser(ctx, requirepass));
    return { users, where };
  }
  const aclfile = config.value('aclfile') ?? '';
  if (aclfile !== '') {
    const loaded = config.aclFile;
    if (!loaded || !loaded.result.accepted) {
      unchecked.push(`users: the aclfile ${aclfile} ${loaded ? 'has errors' : 'cannot be read here'}, so its users are not compared`);
      return undefined;
    }
    const users = new Map(loaded.result.users);
    if (!users.has('default')) users.set('default', createDefaultUser(ctx));
    for (const line of loaded.doc.lines) {
      const name = line.username?.value;
      if (name && !where.has(name)) where.set(name, { file: loaded.path, line: loaded.lines.lineOf(line.span.start) + 1 });
    }
    return { users, where };
  }
  return { users: new Map([['default', implicitDefaultUser(ctx, requirepass)]]), where };
}

/**
 * Compares a running server with the file it should run. `fileModel` is the file analyzed for the
 * server's target (with its includes and aclfile read where possible).
 */
export function compareLive(snapshot: LiveSnapshot, target: Target, fileModel: LintModel): DriftResult {
  const config = fileModel.config;
  if (!config) return { entries: [], unchecked: ['the file is not a redis.conf'] };
  const table = getDirectives(target);
  const entries: DriftEntry[] = [];
  const unchecked: string[] = [];
  const live = new Map(snapshot.config);

  for (const [name, liveValue] of [...live].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const match = table.lookup(name);
    if (!match || match.moduleConfig) continue;
    const info = match.info;
    if (info.name !== name.toLowerCase() && live.has(info.name)) continue;
    const records = config.all(info.name);
    const last = records[records.length - 1];
    const where = last ? { file: last.file, line: lineOf(fileModel, last.file, last.directive.span.start) } : undefined;
    const written = last ? last.values.join(' ') : info.default ?? undefined;
    if (info.name === 'dir') {
      if (!last) continue;
      const same = compareDir(last.values[0] ?? '', liveValue);
      if (same === undefined) {
        unchecked.push(`dir ${last.values[0]} is relative to the directory the server was started in`);
        continue;
      }
      if (!same) entries.push({ kind: 'setting', name: 'dir', file: written ?? '', fileIsDefault: false, live: liveValue, ...(where ? { where } : {}), note: settingNote(info, 'dir', written, liveValue) });
      continue;
    }
    let fileValue: string | undefined;
    if (info.secret) fileValue = written ?? '';
    else fileValue = normalizedValue(info, records.map((r) => r.values));
    if (fileValue === undefined) continue;
    const liveNormal = info.secret ? liveValue : normalizedLive(info, liveValue);
    if (fileValue === liveNormal) continue;
    entries.push({
      kind: 'setting',
      name: info.name,
      file: display(info, written ?? ''),
      fileIsDefault: !last,
      live: display(info, liveValue),
      ...(where ? { where } : {}),
      note: settingNote(info, info.name, written, liveValue),
    });
  }

  if (!snapshot.aclList) {
    unchecked.push('users: ACL LIST was refused, so users are not compared');
    return { entries, unchecked };
  }
  const fileCtx = aclContext(target.dataId, filePubsub(config) ? { pubsubDefault: filePubsub(config) as PubsubDefault } : {});
  const fileUsers = usersOfFile(fileModel, fileCtx, unchecked);
  if (!fileUsers) return { entries, unchecked };
  const liveCtx = liveAclContext(snapshot, target);
  const liveUsers = parseAclList(liveCtx, snapshot.aclList);
  const seen = new Set<string>();
  for (const user of liveUsers) {
    seen.add(user.name);
    const before = fileUsers.users.get(user.name);
    const where = fileUsers.where.get(user.name);
    if (!before) {
      entries.push({ kind: 'user', name: user.name, change: 'added', live: maskedAclLine(user.line), details: ['not in the file: created at runtime (ACL SETUSER) or by ACL LOAD'] });
      continue;
    }
    if (!user.user) {
      unchecked.push(`user ${user.name}: the server's rules are not understood for ${target.dataId}`);
      continue;
    }
    if (sameUser(before, user.user)) continue;
    entries.push({
      kind: 'user', name: user.name, change: 'changed',
      file: maskedAclLine(aclListLine(fileCtx, before)), live: maskedAclLine(user.line),
      details: userDifferences(liveCtx, before, user.user),
      ...(where ? { where } : {}),
    });
  }
  for (const [name, user] of fileUsers.users) {
    if (seen.has(name)) continue;
    const where = fileUsers.where.get(name);
    entries.push({ kind: 'user', name, change: 'removed', file: maskedAclLine(aclListLine(fileCtx, user)), details: ['defined in the file but not on the server (ACL DELUSER at runtime?)'], ...(where ? { where } : {}) });
  }
  return { entries, unchecked };
}
