// A running server's configuration as a config file: one `name value` line per CONFIG GET
// entry and one `user` line per ACL LIST entry, so that the static model and every rule read a
// live server exactly as they read a file. Each line remembers the setting or user it shows.

import { getDirectives, type DirectiveInfo } from '../../knowledge/directives.js';
import type { Target } from '../../knowledge/targets.js';
import { aclContext, type AclContext, type PubsubDefault } from '../acl/index.js';
import { analyze, type LintModel } from '../analyze.js';
import { NO_FILES } from '../files/access.js';
import { quoteArg, words } from './quote.js';
import type { LiveSnapshot } from './snapshot.js';
import { implicitDefaultUser, parseAclList, sameUser } from './users.js';

export type LiveSubject =
  | { readonly kind: 'setting'; readonly name: string }
  | { readonly kind: 'user'; readonly name: string };

export interface SkippedEntry {
  readonly name: string;
  /** Why it has no line: `alias of X`, `not known for redis-7.0`, `module setting`, … */
  readonly reason: string;
}

export interface LiveConfig {
  /** The name the synthesized file is analyzed under (never shown: outputs name the server). */
  readonly mainFile: string;
  /** The synthesized redis.conf. Sensitive values are in it in clear: mask before showing. */
  readonly text: string;
  /** What each line (0-based) is about; comment lines have none. */
  readonly subjects: readonly (LiveSubject | undefined)[];
  /** CONFIG GET entries without a line of their own. */
  readonly skipped: readonly SkippedEntry[];
  /** ACL LIST was read (user checks are possible). */
  readonly usersKnown: boolean;
  /** The ACL LIST `user default` line equals what requirepass alone gives, so it has no line. */
  readonly implicitDefaultUser: boolean;
}

/** Where the synthesized file lives for the model (a name no real file has). */
export const LIVE_FILE = '/redis-lint-live/redis.conf';

const PER_LINE_GROUPS: Readonly<Record<string, number>> = { save: 2, 'client-output-buffer-limit': 4 };

function pubsubDefault(config: ReadonlyMap<string, string>): PubsubDefault | undefined {
  const value = config.get('acl-pubsub-default')?.toLowerCase();
  return value === 'allchannels' || value === 'resetchannels' ? value : undefined;
}

/** The ACL context the server's users live in (its target and `acl-pubsub-default`). */
export function liveAclContext(snapshot: LiveSnapshot, target: Target): AclContext {
  const pubsub = pubsubDefault(new Map(snapshot.config));
  return aclContext(target.dataId, pubsub ? { pubsubDefault: pubsub } : {});
}

/** The config lines for one setting: usually one; 6.x `save` and `client-output-buffer-limit` take one group per line. */
function settingLines(info: DirectiveInfo, name: string, value: string): string[] {
  const multi = info.flags.includes('MULTI_ARG') || info.type === 'special';
  if (!multi || name === 'dir' || name === 'notify-keyspace-events') return [`${name} ${quoteArg(value)}`];
  const list = words(value);
  if (list.length === 0) return [`${name} ""`];
  const group = info.flags.includes('MULTI_ARG') ? undefined : PER_LINE_GROUPS[name];
  if (!group) return [`${name} ${list.map(quoteArg).join(' ')}`];
  const lines: string[] = [];
  for (let i = 0; i < list.length; i += group) lines.push(`${name} ${list.slice(i, i + group).map(quoteArg).join(' ')}`);
  return lines;
}

export function synthesizeConfig(snapshot: LiveSnapshot, target: Target, label = 'the server'): LiveConfig {
  const table = getDirectives(target);
  const config = new Map(snapshot.config);
  const lines: string[] = [];
  const subjects: (LiveSubject | undefined)[] = [];
  const skipped: SkippedEntry[] = [];
  const comment = (text: string) => {
    lines.push(`# ${text.replace(/[\r\n]+/g, ' ')}`);
    subjects.push(undefined);
  };
  comment(`${label}: CONFIG GET * and ACL LIST as a config file (redis-lint remote)`);

  const names = [...config.keys()].sort();
  for (const name of names) {
    const value = config.get(name) ?? '';
    const match = table.lookup(name);
    if (!match) {
      skipped.push({ name, reason: `not known for ${target.dataId}` });
      continue;
    }
    if (match.moduleConfig) {
      skipped.push({ name, reason: 'module setting (needs its module; not checked)' });
      continue;
    }
    if (match.alias || match.info.name !== name.toLowerCase()) {
      // CONFIG GET * lists both names of a renamed setting; the canonical one is enough.
      if (config.has(match.info.name)) continue;
    }
    const canonical = match.info.name;
    if (canonical === 'aclfile' && value !== '' && snapshot.aclList) {
      // Users come from ACL LIST (what is in force), written as user lines below.
      comment(`aclfile ${quoteArg(value)} — its users are listed below as ACL LIST shows them`);
      skipped.push({ name, reason: 'users read from ACL LIST instead' });
      continue;
    }
    const fallback = match.info.default;
    if (value === '' && (fallback === '' || fallback === null || fallback === undefined)) continue;
    for (const line of settingLines(match.info, canonical, value)) {
      lines.push(line);
      subjects.push({ kind: 'setting', name: canonical });
    }
  }

  let implicitDefault = false;
  if (snapshot.aclList) {
    const ctx = liveAclContext(snapshot, target);
    const requirepass = config.get('requirepass');
    for (const live of parseAclList(ctx, snapshot.aclList)) {
      if (live.name === 'default' && live.user && sameUser(live.user, implicitDefaultUser(ctx, requirepass || undefined))) {
        implicitDefault = true;
        continue;
      }
      lines.push(`user ${quoteArg(live.name)} ${live.rules.map(quoteArg).join(' ')}`.trimEnd());
      subjects.push({ kind: 'user', name: live.name });
    }
  }
  return {
    mainFile: LIVE_FILE,
    text: `${lines.join('\n')}\n`,
    subjects,
    skipped,
    usersKnown: snapshot.aclList !== undefined,
    implicitDefaultUser: implicitDefault,
  };
}

export interface LiveModel {
  readonly model: LintModel;
  readonly live: LiveConfig;
}

/** The model of a running server: its synthesized config analyzed like any file (no file access). */
export function analyzeLive(snapshot: LiveSnapshot, target: Target, label?: string): LiveModel {
  const live = synthesizeConfig(snapshot, target, label);
  const model = analyze({ text: live.text, file: live.mainFile, kind: 'conf', target, files: NO_FILES });
  return { model, live };
}

/** The setting or user a position of the synthesized file is about. */
export function subjectAt(live: LiveConfig, model: LintModel, file: string, offset: number): LiveSubject | undefined {
  if (file !== live.mainFile) return undefined;
  const lines = model.lines(file);
  if (!lines) return undefined;
  let line = lines.lineOf(offset);
  // A position at the very end (a finding about the file as a whole) belongs to no line.
  while (line > 0 && live.subjects[line] === undefined && line >= live.subjects.length) line--;
  return live.subjects[line];
}
