// The users a server would have, for `redis-lint acl`: from an ACL file (`--aclfile`), or from a
// redis.conf (`--config`) with its `user` lines, `requirepass` and the ACL file it names.

import { dirname, join, resolve } from 'node:path';
import {
  aclContext,
  applyUserRule,
  ConfUsers,
  copyUser,
  loadAclFile,
  splitAclFile,
  type AclContext,
  type AclFileResult,
  type AclUser,
  type PubsubDefault,
} from '../../model/acl/index.js';
import { analyze, type Target } from '../../model/index.js';
import { UsageError } from '../discover.js';
import { nodeFiles, readConfigFile } from '../node-files.js';

/** Where a user comes from, for the explanation. */
export type UserOrigin =
  | { readonly kind: 'line'; readonly file: string; readonly line: number }
  /** An ACL file without `user default`: Redis adds `on nopass ~* &* +@all`. */
  | { readonly kind: 'implicit-default' }
  /** redis.conf without a `user default` line: the built-in default user (with requirepass, if set). */
  | { readonly kind: 'builtin-default'; readonly requirepass: boolean };

export interface LoadedUsers {
  readonly ctx: AclContext;
  readonly target: Target;
  /** In the order Redis lists them: by definition, the default user where it was created. */
  readonly users: ReadonlyMap<string, AclUser>;
  readonly origins: ReadonlyMap<string, UserOrigin>;
  /** What was read, for headings: `users.acl`, or `redis.conf` (+ its aclfile). */
  readonly source: string;
  /** Things worth knowing that are not errors (written to standard error). */
  readonly notes: readonly string[];
}

export interface LoadOptions {
  readonly aclfile?: string;
  readonly config?: string;
  readonly root?: string;
  readonly target: Target;
  readonly cwd: string;
  /** How to show a path to the user. */
  readonly display: (path: string) => string;
}

/** Raised when Redis would refuse the input (the server would not start): exit code 2. */
export class RefusedError extends Error {}

function readText(path: string, what: string, display: string): string {
  const read = readConfigFile(path);
  if ('error' in read) throw new UsageError(`${what} ${display}: ${read.error}`);
  return read.text;
}

/** The 1-based line that defines each user. */
function userLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  for (const line of splitAclFile(text)) {
    if (line.keyword.value === 'user' && line.username && !lines.has(line.username.value)) lines.set(line.username.value, line.line + 1);
  }
  return lines;
}

function describeRefusal(result: AclFileResult, display: string): string {
  if (result.crashes) {
    const crash = result.problems.find((p) => p.crashes);
    return `Redis crashes (SIGSEGV) while loading ${display}${crash ? ` at line ${crash.line + 1}` : ''}: an unclosed '(' after another rule. Run redis-lint on it for details.`;
  }
  const shown = result.problems.slice(0, 5).map((p) => `  ${display}:${p.line + 1}: ${p.message}`);
  const more = result.problems.length > 5 ? [`  … and ${result.problems.length - 5} more`] : [];
  return [`Redis refuses ${display} (the server would not start, ACL LOAD fails), so there are no users to check:`, ...shown, ...more,
    `Run redis-lint on it for the details.`].join('\n');
}

function fromAclFile(ctx: AclContext, text: string, display: string): { result: AclFileResult; origins: Map<string, UserOrigin> } {
  const result = loadAclFile(ctx, splitAclFile(text), { fileName: display });
  if (!result.accepted) throw new RefusedError(describeRefusal(result, display));
  const lines = userLines(text);
  const origins = new Map<string, UserOrigin>();
  for (const name of result.users.keys()) {
    const line = lines.get(name);
    origins.set(name, line === undefined ? { kind: 'implicit-default' } : { kind: 'line', file: display, line });
  }
  return { result, origins };
}

export function loadUsers(options: LoadOptions): LoadedUsers {
  const { target } = options;
  if (options.aclfile !== undefined) {
    const path = resolve(options.cwd, options.aclfile);
    const display = options.display(path);
    const ctx = aclContext(target.dataId);
    const { result, origins } = fromAclFile(ctx, readText(path, '--aclfile', display), display);
    const notes = result.implicitDefaultUser
      ? [`${display} has no 'user default' line: Redis creates the default user as 'on nopass ~* &* +@all' (any requirepass is ignored).`]
      : [];
    return { ctx, target, users: result.users, origins, source: display, notes };
  }
  if (options.config === undefined) throw new UsageError('give the users: --aclfile FILE or --config redis.conf');
  return fromConfig(options, options.config);
}

function fromConfig(options: LoadOptions, config: string): LoadedUsers {
  const { target } = options;
  const path = resolve(options.cwd, config);
  const display = options.display(path);
  const text = readText(path, '--config', display);
  const root = options.root === undefined ? undefined : resolve(options.cwd, options.root);
  const model = analyze({ text, file: path, kind: 'conf', target, files: nodeFiles, ...(root ? { root } : {}) });
  const conf = model.config;
  if (!conf) throw new UsageError(`--config ${display}: not a redis.conf`);
  const notes: string[] = [];
  const fatal = model.problems.filter((p) => p.fatal);
  if (fatal.length > 0) notes.push(`${display}: Redis refuses this config for other reasons too (${fatal.length} fatal problem${fatal.length === 1 ? '' : 's'}); run redis-lint on it.`);

  const pubsubSetting = conf.effective('acl-pubsub-default')?.values[0]?.toLowerCase();
  const pubsub = pubsubSetting === 'allchannels' || pubsubSetting === 'resetchannels' ? (pubsubSetting as PubsubDefault) : undefined;
  const ctx = aclContext(target.dataId, pubsub ? { pubsubDefault: pubsub } : {});
  const aclfile = conf.effective('aclfile');
  const aclfilePath = aclfile && aclfile.values[0] !== '' ? aclfile.values[0] : undefined;
  const requirepass = conf.effective('requirepass');
  const password = requirepass?.values[0] ?? '';

  if (aclfilePath !== undefined) {
    if (conf.users.length > 0) {
      throw new RefusedError(`${display} has both 'user' lines and an aclfile: Redis refuses to start ("Configuring Redis with users defined in redis.conf and at the same setting an ACL file path is invalid").`);
    }
    // Redis reads it relative to its working directory (after any `dir`); without --root we
    // look next to the config file.
    let onDisk: string;
    if (root) {
      const dir = conf.effective('dir')?.values[0];
      const absolute = aclfilePath.startsWith('/') ? aclfilePath : join(dir && dir.startsWith('/') ? dir : '/', aclfilePath);
      onDisk = join(root, absolute);
    } else {
      onDisk = resolve(dirname(path), aclfilePath);
    }
    const aclDisplay = options.display(onDisk);
    const read = readConfigFile(onDisk);
    if ('error' in read) throw new UsageError(`${display}: aclfile ${aclfilePath}: ${read.error} (looked at ${aclDisplay})`);
    const { result, origins } = fromAclFile(ctx, read.text, aclDisplay);
    if (result.implicitDefaultUser) {
      notes.push(`${aclDisplay} has no 'user default' line: Redis creates the default user as 'on nopass ~* &* +@all'${password !== '' ? ' and ignores requirepass' : ''}.`);
    }
    return { ctx, target, users: result.users, origins, source: `${display} (aclfile ${aclDisplay})`, notes };
  }

  const confUsers = new ConfUsers(ctx);
  const origins = new Map<string, UserOrigin>();
  for (const record of conf.users) {
    const added = confUsers.addLine([record.directive.name, ...record.args]);
    if (!added.ok) {
      const line = (model.lines(record.file)?.lineOf(added.error.span.start) ?? 0) + 1;
      throw new RefusedError(`${options.display(record.file)}:${line}: ${added.error.message} Redis refuses to start with this user line.`);
    }
    if (!origins.has(record.username)) {
      origins.set(record.username, { kind: 'line', file: options.display(record.file), line: record.directive.line + 1 });
    }
  }
  const started = confUsers.startup();
  if (!started.ok) throw new RefusedError(`${display}: ${started.message ?? 'an ACL rule is refused'} Redis refuses to start (${(started.log ?? []).join(' ')}).`);
  const users = new Map(started.users);
  if (!origins.has('default')) {
    // `requirepass` sets the default user's password: resetpass, then >password (or nopass).
    const user = copyUser(users.get('default')!);
    if (password !== '') {
      applyUserRule(ctx, user, 'resetpass');
      applyUserRule(ctx, user, `>${password}`);
    }
    users.set('default', user);
    origins.set('default', { kind: 'builtin-default', requirepass: password !== '' });
  } else if (password !== '') {
    notes.push(`${display}: the 'user default' line decides the default user's password; requirepass is ignored.`);
  }
  return { ctx, target, users, origins, source: display, notes };
}
