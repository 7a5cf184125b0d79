// `redis-lint acl explain` and `redis-lint acl dryrun`: what each user may do, and what Redis's
// ACL DRYRUN would reply, from an ACL file or a redis.conf, without a server.
//
//   redis-lint acl explain (--aclfile F | --config redis.conf) [USER] [--format text|json] [--redis-version V] [--root DIR]
//   redis-lint acl dryrun  (--aclfile F | --config redis.conf) USER COMMAND [ARG…]
//
// Exit codes: explain 0, or 2 on an error; dryrun 0 allowed, 1 denied, 2 error (unknown user,
// unknown command, wrong number of arguments, a file Redis refuses).

import { relative, resolve } from 'node:path';
import { useNodeKnowledgeSource } from '../knowledge/loader-node.js';
import { ConfigResolver, settingsFor, type ConfigFs } from '../linter/config-file.js';
import { dryRunReply, dryRunVerdict } from '../model/acl/index.js';
import { DEFAULT_TARGET, formatTarget, parseTarget, type Target } from '../model/index.js';
import { loadUsers, RefusedError, type LoadedUsers } from './acl/load.js';
import { formatUserText, summarizeUser, summaryJson } from './acl/summary.js';
import { UsageError } from './discover.js';
import type { Io } from './main.js';
import { existsSync, readFileSync } from 'node:fs';

export const ACL_HELP = `redis-lint acl — what ACL users may do, without a server

Usage:
  redis-lint acl explain (--aclfile FILE | --config redis.conf) [USER] [options]
      Each user (or USER): on/off, how it authenticates (never the hashes), how many commands
      it may run, the dangerous ones by name, its keys, channels and selectors, and its ACL LIST
      line with passwords as ****.
  redis-lint acl dryrun (--aclfile FILE | --config redis.conf) [options] USER COMMAND [ARG…]
      Prints what ACL DRYRUN USER COMMAND ARG… replies: OK, or why the user may not run it.

Options:
      --aclfile FILE           an ACL file (users.acl)
      --config FILE            a redis.conf: its user lines, requirepass, acl-pubsub-default, or
                               the aclfile it names (relative to the config file's folder; with
                               --root, to its dir under DIR)
      --root DIR               the server's file tree for the aclfile path
      --redis-version VERSION  target: 6.0 6.2 7.0 7.2 7.4 8.0 valkey-7.2 valkey-8.0 (default: the
                               .redis-lint.json redisVersion, else 7.4)
  -f, --format text|json       explain's output (default: text)
  -h, --help                   show this help

Exit codes:
  explain: 0, or 2 on an error (unreadable file, unknown user, a file Redis refuses)
  dryrun:  0 allowed, 1 denied, 2 error (unknown user or command, wrong number of arguments,
           a file Redis refuses)
`;

interface AclOptions {
  aclfile?: string;
  config?: string;
  root?: string;
  redisVersion?: string;
  format: 'text' | 'json';
  help: boolean;
  positionals: string[];
}

const VALUE_OPTIONS: Record<string, keyof AclOptions> = {
  '--aclfile': 'aclfile',
  '--config': 'config',
  '-c': 'config',
  '--root': 'root',
  '--redis-version': 'redisVersion',
  '--format': 'format',
  '-f': 'format',
};

/**
 * Options may come anywhere before the command of `dryrun`; from the command on, every word is
 * an argument of it (`acl dryrun --aclfile u.acl alice SET k -1`). `--` ends the options too.
 */
function parseAclArgs(argv: readonly string[], positionalLimit: number): AclOptions {
  const options: AclOptions = { format: 'text', help: false, positionals: [] };
  const set = options as unknown as Record<string, string>;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (options.positionals.length >= positionalLimit) {
      options.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      options.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      options.help = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const key = VALUE_OPTIONS[name];
    if (key) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      if (set[key] !== undefined && key !== 'format') throw new UsageError(`${name} is given twice`);
      set[key] = value;
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`unknown option '${arg}' (redis-lint acl --help)`);
    options.positionals.push(arg);
  }
  if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`--format must be text or json (got '${options.format}')`);
  return options;
}

const nodeConfigFs: ConfigFs = {
  readText(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  exists: (path) => existsSync(path),
};

async function targetFor(options: AclOptions, io: Io): Promise<Target> {
  if (options.redisVersion) {
    const parsed = parseTarget(options.redisVersion);
    if (!parsed.ok) throw new UsageError(`--redis-version: ${parsed.message}`);
    return parsed.target;
  }
  const file = resolve(io.cwd, options.aclfile ?? options.config ?? '.');
  const loaded = await new ConfigResolver(nodeConfigFs).forDir(resolve(file, '..'));
  const version = settingsFor(loaded, file).redisVersion;
  if (!version) return DEFAULT_TARGET;
  const parsed = parseTarget(version);
  if (!parsed.ok) throw new UsageError(`${loaded?.path ?? '.redis-lint.json'}: redisVersion: ${parsed.message}`);
  return parsed.target;
}

async function load(options: AclOptions, io: Io): Promise<LoadedUsers> {
  if (options.aclfile !== undefined && options.config !== undefined) throw new UsageError('give either --aclfile or --config, not both');
  if (options.aclfile === undefined && options.config === undefined) throw new UsageError('give the users: --aclfile FILE or --config redis.conf (redis-lint acl --help)');
  useNodeKnowledgeSource();
  const target = await targetFor(options, io);
  const display = (path: string) => {
    const rel = relative(io.cwd, path);
    return rel === '' || rel.startsWith('..') ? path : rel;
  };
  const loaded = loadUsers({
    target, cwd: io.cwd, display,
    ...(options.aclfile !== undefined ? { aclfile: options.aclfile } : {}),
    ...(options.config !== undefined ? { config: options.config } : {}),
    ...(options.root !== undefined ? { root: options.root } : {}),
  });
  return loaded;
}

function unknownUser(loaded: LoadedUsers, name: string): UsageError {
  const names = [...loaded.users.keys()];
  return new UsageError(`no user '${name}' in ${loaded.source} (its users: ${names.join(', ')}); Redis replies: ERR User '${name}' not found`);
}

async function runExplain(argv: readonly string[], io: Io): Promise<number> {
  const options = parseAclArgs(argv, Infinity);
  if (options.help) {
    io.stdout(ACL_HELP);
    return 0;
  }
  if (options.positionals.length > 1) throw new UsageError(`acl explain takes at most one USER (got ${options.positionals.join(' ')})`);
  const loaded = await load(options, io);
  for (const note of loaded.notes) io.stderr(`redis-lint: note: ${note}\n`);
  const only = options.positionals[0];
  if (only !== undefined && !loaded.users.has(only)) throw unknownUser(loaded, only);
  const summaries = [...loaded.users.values()]
    .filter((user) => only === undefined || user.name === only)
    .map((user) => summarizeUser(loaded.ctx, user, loaded.origins.get(user.name) ?? { kind: 'implicit-default' }));
  const target = formatTarget(loaded.target);
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ source: loaded.source, target, users: summaries.map(summaryJson) }, null, 2)}\n`);
    return 0;
  }
  const count = loaded.users.size;
  const heading = `${loaded.source}: ${count} user${count === 1 ? '' : 's'} (target ${target})`;
  io.stdout(`${[heading, ...summaries.map((s) => formatUserText(s, loaded.ctx))].join('\n\n')}\n`);
  return 0;
}

async function runDryrun(argv: readonly string[], io: Io): Promise<number> {
  const options = parseAclArgs(argv, 2);
  if (options.help) {
    io.stdout(ACL_HELP);
    return 0;
  }
  const [name, ...command] = options.positionals;
  if (name === undefined || command.length === 0) throw new UsageError('usage: redis-lint acl dryrun (--aclfile FILE | --config redis.conf) USER COMMAND [ARG…]');
  const loaded = await load(options, io);
  const user = loaded.users.get(name);
  if (!user) throw unknownUser(loaded, name);
  // Notes about how users came to be matter for the default user only.
  if (name === 'default') for (const note of loaded.notes) io.stderr(`redis-lint: note: ${note}\n`);
  if (!loaded.ctx.dialect.selectors) {
    io.stderr(`redis-lint: note: ACL DRYRUN exists from Redis 7.0; this is the permission check ${formatTarget(loaded.target)} applies.\n`);
  }
  if (!user.enabled) io.stderr(`redis-lint: note: user ${name} is off, so it cannot log in; DRYRUN checks its permissions only.\n`);
  const verdict = dryRunVerdict(loaded.ctx, user, command);
  io.stdout(`${dryRunReply(verdict)}\n`);
  return verdict.kind === 'ok' ? 0 : verdict.kind === 'error' ? 2 : 1;
}

/** `redis-lint acl …`. Usage and file errors are thrown as UsageError (exit 2, printed by main). */
export async function runAcl(argv: readonly string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    if (sub === 'explain') return await runExplain(rest, io);
    if (sub === 'dryrun') return await runDryrun(rest, io);
  } catch (error) {
    if (error instanceof RefusedError) {
      io.stderr(`redis-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (sub === undefined || sub === '-h' || sub === '--help' || sub === 'help') {
    io.stdout(ACL_HELP);
    return sub === undefined ? 2 : 0;
  }
  throw new UsageError(`unknown acl subcommand '${sub}': use acl explain or acl dryrun (redis-lint acl --help)`);
}
