// Users as ACL LIST prints them, read back into the ACL engine, and compared.

import {
  aclListLine,
  applyUserRule,
  createDefaultUser,
  setUser,
  wordsOf,
  type AclContext,
  type AclUser,
  type Selector,
} from '../acl/index.js';

export interface LiveUser {
  readonly name: string;
  /** The rules as ACL LIST prints them (after `user <name>`). Hashes are secrets. */
  readonly rules: readonly string[];
  /** The line exactly as ACL LIST printed it. */
  readonly line: string;
  /** The user rebuilt by the ACL engine from those rules; undefined if the engine refuses a rule. */
  readonly user?: AclUser;
}

/** Splits one ACL LIST line (`user <name> <rules…>`, words separated by single spaces). */
export function splitAclListLine(line: string): { name: string; rules: string[] } | undefined {
  const parts = line.split(' ').filter((w) => w !== '');
  if (parts.length < 2 || parts[0] !== 'user') return undefined;
  return { name: parts[1], rules: parts.slice(2) };
}

export function parseAclList(ctx: AclContext, lines: readonly string[]): LiveUser[] {
  const out: LiveUser[] = [];
  for (const line of lines) {
    const split = splitAclListLine(line);
    if (!split) continue;
    const result = setUser(ctx, split.name, wordsOf(split.rules));
    out.push({ name: split.name, rules: split.rules, line, ...(result.ok ? { user: result.user } : {}) });
  }
  return out;
}

/**
 * The default user Redis has when no `user default` line or ACL file defines it: `on nopass ~* &*
 * +@all`, with `requirepass` applied (`ACLUpdateDefaultUserPassword`: resetpass, then >password).
 */
export function implicitDefaultUser(ctx: AclContext, requirepass: string | undefined): AclUser {
  const user = createDefaultUser(ctx);
  if (requirepass) {
    applyUserRule(ctx, user, 'resetpass');
    applyUserRule(ctx, user, `>${requirepass}`);
  }
  return user;
}

function sameSelector(a: Selector, b: Selector): boolean {
  if (a.allKeys !== b.allKeys || a.allChannels !== b.allChannels || a.future !== b.future) return false;
  if (a.allowed.size !== b.allowed.size) return false;
  for (let id = 0; id < a.allowed.size; id++) if (a.allowed.get(id) !== b.allowed.get(id)) return false;
  const firstArgs = (s: Selector) => JSON.stringify([...s.firstArgs].map(([id, args]) => [id, [...args].sort()]).sort((x, y) => Number(x[0]) - Number(y[0])));
  if (firstArgs(a) !== firstArgs(b)) return false;
  const keys = (s: Selector) => JSON.stringify(s.allKeys ? [] : s.keys.map((k) => [k.pattern, k.read, k.write]));
  if (keys(a) !== keys(b)) return false;
  return JSON.stringify(a.allChannels ? [] : a.channels) === JSON.stringify(b.allChannels ? [] : b.channels);
}

/** Same permissions, flags and password hashes (the order of hashes aside). */
export function sameUser(a: AclUser, b: AclUser): boolean {
  if (a.enabled !== b.enabled || a.nopass !== b.nopass || (a.sanitize ?? '') !== (b.sanitize ?? '')) return false;
  if ([...a.passwords].sort().join() !== [...b.passwords].sort().join()) return false;
  if (a.selectors.length !== b.selectors.length) return false;
  return a.selectors.every((s, i) => sameSelector(s, b.selectors[i]));
}

/** What differs between two versions of a user, in words (never a password or hash). */
export function userDifferences(ctx: AclContext, before: AclUser, after: AclUser): string[] {
  const out: string[] = [];
  if (before.enabled !== after.enabled) out.push(after.enabled ? 'turned on' : 'turned off');
  if (before.nopass !== after.nopass) out.push(after.nopass ? 'now accepts any password (nopass)' : 'no longer nopass');
  const hashes = (u: AclUser) => [...u.passwords].sort().join();
  if (hashes(before) !== hashes(after)) {
    out.push(before.passwords.length === after.passwords.length ? 'password changed' : `passwords: ${before.passwords.length} → ${after.passwords.length}`);
  }
  if ((before.sanitize ?? '') !== (after.sanitize ?? '')) out.push(`payload sanitizing: ${before.sanitize ?? 'default'} → ${after.sanitize ?? 'default'}`);
  const [rootA, ...selA] = before.selectors;
  const [rootB, ...selB] = after.selectors;
  const names = (s: Selector) => new Set(s.allowed.size > 0 ? ctx.table.all.filter((c) => s.allowed.get(c.id)).map((c) => c.name) : []);
  const a = names(rootA);
  const b = names(rootB);
  const added = [...b].filter((n) => !a.has(n) && !(ctx.table.lookup(n)?.parent && b.has(ctx.table.lookup(n)?.parent?.name ?? '')));
  const removed = [...a].filter((n) => !b.has(n) && !(ctx.table.lookup(n)?.parent && a.has(ctx.table.lookup(n)?.parent?.name ?? '')));
  if (added.length > 0) out.push(`commands added: ${abbreviate(added)}`);
  if (removed.length > 0) out.push(`commands removed: ${abbreviate(removed)}`);
  const keyText = (s: Selector) => (s.allKeys ? '~*' : s.keys.map((k) => `${k.read && k.write ? '' : k.read ? '%R' : '%W'}~${k.pattern}`).join(' ') || 'none');
  if (keyText(rootA) !== keyText(rootB)) out.push(`keys: ${keyText(rootA)} → ${keyText(rootB)}`);
  const channelText = (s: Selector) => (s.allChannels ? '&*' : s.channels.map((c) => `&${c}`).join(' ') || 'none');
  if (channelText(rootA) !== channelText(rootB)) out.push(`channels: ${channelText(rootA)} → ${channelText(rootB)}`);
  if (selA.length !== selB.length || selA.some((s, i) => !sameSelector(s, selB[i]))) out.push(`selectors: ${selA.length} → ${selB.length}${selA.length === selB.length ? ' (changed)' : ''}`);
  if (out.length === 0 && !sameUser(before, after)) out.push('permissions changed');
  return out;
}

function abbreviate(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max).map((n) => n.toUpperCase().replace('|', ' '));
  return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}

/** The ACL LIST line with every password or hash shown as `#****` (`>****`, …). */
export function maskedAclLine(line: string): string {
  return line
    .split(' ')
    .map((w) => (/^[#!<>]/.test(w) ? `${w[0]}****` : w))
    .join(' ');
}

export { aclListLine };
