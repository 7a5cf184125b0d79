// What the HTML report shows beyond the findings, as plain data (it crosses worker threads):
// each fix as the lines it changes, and who may run what (users × command categories).
// Secrets are masked here, before anything reaches a formatter.

import { secretValues, scrub } from '../../linter/redact.js';
import { MASK, secretsIn, type Finding, type LintResult } from '../../linter/index.js';
import {
  aclContext, createDefaultUser, riskyCommands, selectorCanRun, userPermissions,
  type AclContext, type AclUser,
} from '../../model/acl/index.js';
import { analyze, type LintModel, type Span } from '../../model/index.js';

export interface FixPreview {
  readonly title: string;
  /** 1-based line of the first line shown. */
  readonly line: number;
  /** The lines the fix changes, before and after (secrets as ****). */
  readonly before: readonly string[];
  readonly after: readonly string[];
}

export interface PermissionColumn {
  /** The ACL category (`dangerous`, `admin`, …). */
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Commands in the category for this target. */
  readonly total: number;
}

export interface PermissionCell {
  readonly allowed: number;
  readonly level: 'all' | 'some' | 'none';
  /** A few of the allowed commands (`FLUSHALL`, `CONFIG SET`), for a tooltip. */
  readonly examples: readonly string[];
}

export interface PermissionRow {
  readonly name: string;
  readonly enabled: boolean;
  /** How the user logs in. */
  readonly login: 'password' | 'nopass' | 'none';
  readonly keys: string;
  readonly channels: string;
  /** Extra `(…)` selectors. */
  readonly selectors: number;
  readonly cells: readonly PermissionCell[];
  /** Commands a security review names that this user may run (`FLUSHALL`, `CONFIG SET`, …). */
  readonly risky: readonly string[];
}

export interface PermissionMatrix {
  readonly columns: readonly PermissionColumn[];
  readonly users: readonly PermissionRow[];
}

const COLUMNS: ReadonlyArray<Omit<PermissionColumn, 'total'>> = [
  { id: 'dangerous', label: 'Dangerous', description: '@dangerous: commands that can wipe data, change the configuration or stall the server' },
  { id: 'admin', label: 'Admin', description: '@admin: administrative commands (CONFIG, ACL, SHUTDOWN, MONITOR, …)' },
  { id: 'scripting', label: 'Scripting', description: '@scripting: Lua scripts and functions (EVAL, FCALL, FUNCTION LOAD, …)' },
  { id: 'pubsub', label: 'Pub/Sub', description: '@pubsub: publish and subscribe' },
  { id: 'keyspace', label: 'Keyspace', description: '@keyspace: commands on keys of any type (DEL, RENAME, EXPIRE, SCAN, …)' },
  { id: 'write', label: 'Write', description: '@write: commands that change data' },
  { id: 'read', label: 'Read', description: '@read: commands that read data' },
];

const label = (name: string) => name.toUpperCase().replace('|', ' ');

function row(ctx: AclContext, user: AclUser): PermissionRow {
  const perms = userPermissions(ctx, user);
  const allowed = new Set<string>();
  for (const s of [perms.root, ...perms.selectors]) for (const c of s.commands) allowed.add(c);
  const cells = COLUMNS.map((column): PermissionCell => {
    const bit = ctx.table.categoryBit(column.id);
    const members = bit === -1 ? [] : ctx.table.categoryMemberIds(bit).map((id) => ctx.table.all[id].name);
    const names = members.filter((n) => allowed.has(n));
    return {
      allowed: names.length,
      level: names.length === 0 ? 'none' : names.length === members.length ? 'all' : 'some',
      examples: names.slice(0, 6).map(label),
    };
  });
  const keys = perms.root.keys === 'all'
    ? 'all keys'
    : perms.root.keys.length === 0
      ? 'no keys'
      : perms.root.keys.map((k) => `${k.read && k.write ? '' : k.read ? '%R' : k.write ? '%W' : '%'}~${k.pattern}`).join(' ');
  const channels = perms.root.channels === 'all' ? 'all channels' : perms.root.channels.length === 0 ? 'no channels' : perms.root.channels.map((c) => `&${c}`).join(' ');
  const risky = riskyCommands(ctx.table).filter((risk) => user.selectors.some((s) => selectorCanRun(s, risk))).map((risk) => risk.label);
  return {
    name: user.name,
    enabled: user.enabled,
    login: user.nopass ? 'nopass' : user.passwords.length > 0 ? 'password' : 'none',
    keys,
    channels,
    selectors: perms.selectors.length,
    cells,
    risky,
  };
}

/** The users × categories view of a set of users (the default user first). */
export function permissionMatrix(ctx: AclContext, users: Iterable<AclUser>): PermissionMatrix {
  const list = [...users].sort((a, b) => (a.name === 'default' ? -1 : b.name === 'default' ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const columns = COLUMNS.map((c) => {
    const bit = ctx.table.categoryBit(c.id);
    return { ...c, total: bit === -1 ? 0 : ctx.table.categoryMemberIds(bit).length };
  }).filter((c) => c.total > 0);
  const keep = new Set(columns.map((c) => c.id));
  return {
    columns,
    users: list.map((u) => {
      const r = row(ctx, u);
      return { ...r, cells: r.cells.filter((_, i) => keep.has(COLUMNS[i].id)) };
    }),
  };
}

/** The matrix for an ACL file, or a config with `user` lines or a readable aclfile; else undefined. */
export function modelPermissions(model: LintModel): PermissionMatrix | undefined {
  const ctx = aclContext(model.target.dataId);
  if (model.kind === 'acl' && model.acl) {
    const users = new Map(model.acl.result.users);
    if (!users.has('default') && model.acl.result.implicitDefaultUser) users.set('default', createDefaultUser(ctx));
    return users.size > 0 ? permissionMatrix(ctx, users.values()) : undefined;
  }
  const config = model.config;
  if (!config || (config.users.length === 0 && !config.aclFile) || !config.aclUsers) return undefined;
  return permissionMatrix(ctx, config.aclUsers.values());
}

const MAX_LINES = 6;

/**
 * maskSpans, but an ACL password keeps its kind (`>****`, `#****`): a fix that turns a clear-text
 * password into a hash must show the change, never the value.
 */
function maskKeepingSigil(text: string, spans: readonly Span[], offset = 0): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(span.start - offset, 0);
    const end = Math.min(span.end - offset, text.length);
    if (end <= 0 || start >= text.length || start < at) continue;
    const word = text.slice(start, end);
    const sigil = /^\(?[><#!]/.exec(word)?.[0] ?? '';
    out += text.slice(at, start) + sigil + MASK;
    at = end;
  }
  return out + text.slice(at);
}

/** The lines a finding's fix changes, before and after, with every secret masked. */
export function fixPreview(result: LintResult, finding: Finding): FixPreview | undefined {
  const fix = finding.fix;
  const model = result.model;
  const text = fix ? model.text(finding.file) : undefined;
  const lines = model.lines(finding.file);
  if (!fix || text === undefined || !lines || fix.edits.length === 0) return undefined;
  const start = Math.min(...fix.edits.map((e) => e.span.start));
  const end = Math.max(...fix.edits.map((e) => e.span.end));
  const firstLine = lines.lineOf(start);
  const from = lines.lineStart(firstLine);
  const to = lines.lineEnd(lines.lineOf(end));
  let after = text.slice(from, to);
  for (const edit of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) {
    after = after.slice(0, edit.span.start - from) + edit.newText + after.slice(edit.span.end - from);
  }
  const before = maskKeepingSigil(text.slice(from, to), secretsIn(model, finding.file), from);
  // The new text may hold secrets of its own (a hash a fix writes): mask what the parser finds.
  const kind = model.kind === 'acl' ? 'acl' : 'conf';
  const reparsed = analyze({ text: after, file: '/fix-preview', kind, target: model.target });
  const maskedAfter = scrub(maskKeepingSigil(after, secretsIn(reparsed, '/fix-preview')), secretValues(model));
  const split = (s: string) => {
    const out = s.split('\n').map((l) => l.replace(/\r$/, ''));
    if (out.length > 1 && out[out.length - 1] === '') out.pop();
    return out.length > MAX_LINES ? [...out.slice(0, MAX_LINES), '…'] : out;
  };
  return { title: fix.title, line: firstLine + 1, before: split(before), after: split(maskedAfter) };
}

/** What a finding carries for the HTML report. */
export function findingDetails(result: LintResult, finding: Finding): { fixPreview?: FixPreview } {
  const preview = finding.fix ? fixPreview(result, finding) : undefined;
  return preview ? { fixPreview: preview } : {};
}

/** What a file's report carries for the HTML report. */
export function reportDetails(model: LintModel): { permissions?: PermissionMatrix } {
  const permissions = modelPermissions(model);
  return permissions ? { permissions } : {};
}
