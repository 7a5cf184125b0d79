// Runs the real redis-server on a config, safely, and reports what it did with it: the oracle
// for every fidelity test. Shared by test/oracle/** and scripts/oracle.ts.
//
// How a case runs. This reproduces ../shared/corpus/README.md, "How the oracle results were
// produced", as closely as we can without their copy-on-write overlay of a whole machine; the
// oracle suites check that it gives the recorded verdict for every corpus file (oracle.tsv)
// and every config case (config-cases.jsonl).
//
// 1. Private root. Each case gets a fresh temporary directory R that plays the role of `/`.
//    The config is written byte for byte to R/tmp/redis-oracle-case/test.conf and the server
//    runs from that directory (their "empty temporary directory"). Extra files (included
//    configs, ACL files) go next to it (relative names) or at R/<absolute name>. R is deleted
//    afterwards. The file itself is never changed in "namespace" mode.
// 2. Prepared environment (`prepare`, default on) = their `accepted` column: before the run,
//    directories named by `dir` lines and the parent directory of the `logfile` are created
//    inside R, empty executable files stand in for sentinel `notification-script` /
//    `client-reconfig-script`, and `sentinel monitor` hostnames go to R/etc/hosts. Paths are
//    resolved as Redis does: `dir` relative to the working directory of that moment, the
//    others relative to the final one. `prepare: false` = their `as_is` columns and
//    config-cases.jsonl, on an empty machine (R) rather than a Debian box.
// 3. Two sandboxes, same verdicts (REDIS_ORACLE_PARITY=1 runs the corpus through both):
//    - "rewrite" (default; no privileges): the server runs directly with its working
//      directory inside R, and the path arguments of path-bearing lines (dir, logfile,
//      include, pidfile, aclfile, loadmodule, cluster-config-file, tls-*-file, unixsocket,
//      sentinel scripts) are rewritten in place to point into R. Absolute paths and paths
//      climbing with `..` are rewritten; other relative paths already resolve inside R. Only
//      those lines change, line numbers never move, and a line that does not tokenize or has
//      the wrong arity is left as it is (it fails before any file access). Paths in Redis's
//      messages are mapped back. `/dev/null`, `/dev/stdout`, `/dev/stderr` and
//      `/proc/self/fd/N` pass through.
//    - "namespace" (REDIS_ORACLE_SANDBOX=namespace; needs root or unprivileged user
//      namespaces): `unshare` gives private mount, PID and network namespaces and the server
//      is chrooted into R, which holds read-only binds of /usr (except /usr/local) and of
//      non-symlinked /bin, /lib…, a read-only procfs, /dev/null and /dev/urandom, and a minimal
//      /etc (hosts, nsswitch.conf, ld.so.cache, localtime). Nothing is rewritten.
//    Configs that name network peers (replicaof, sentinel monitor, cluster-enabled yes) run
//    in a private network namespace in both modes, so they never reach a Redis on this
//    machine and cluster-bus ports never collide. Where no network namespace can be had, their
//    startup is not checked (`startupSkipped`).
// 4. The run. Their startup command without its `--logfile` (which would hide the file's own
//    `logfile` check): `redis-server ./test.conf [--sentinel] --port 0 --unixsocket <sock>
//    --daemonize no --tls-port 0 --tls-replication no --tls-cluster no --save "" --appendonly
//    no`, plus `--syslog-enabled no` in rewrite mode (no writes to this machine's syslog),
//    under a 4 GiB address-space limit. Command-line options are applied after the file, so
//    every line of the file is still parsed and checked.
//    - Load refused: the `*** FATAL CONFIG FILE ERROR` block on stderr gives `at line N`, the
//      echoed line and the reason (`file`/`fileLine` say which file that line is in); a fatal
//      log line (missing include) gives a reason without a line; exit >= 128 is a crash.
//    - Loaded: the log says `Configuration loaded`. Started = the unix socket answered PING
//      within `startupWaitMs` (any reply counts, NOAUTH included); then `SHUTDOWN NOSAVE`, and
//      SIGKILL to the whole process group if anything is left. Otherwise the last warning the
//      server logged is the startup reason.
//    - Log not visible (e.g. `logfile /dev/null`) or `startup: false`: their load-only command
//      decides the load verdict: `... --port 0 --unixsocket "" ...`, which exits with
//      `Configured to not listen anywhere, exiting.` when the file loads.

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type ServerKind = 'conf' | 'sentinel';
export type Sandbox = 'namespace' | 'rewrite';

export interface RedisCheckInput {
  /** The config, byte for byte (strings are written as UTF-8). */
  readonly text: string | Uint8Array;
  readonly kind: ServerKind;
  /** More files: a relative name is put next to test.conf, an absolute one at that path inside the private root. */
  readonly extraFiles?: Readonly<Record<string, string | Uint8Array>>;
  /** Prepare `dir`/`logfile` directories, sentinel scripts and hosts like the corpus `accepted` column (default true). */
  readonly prepare?: boolean;
  /** Also start the server for real when it loads (default true). */
  readonly startup?: boolean;
  /** Hard limit for each phase (default 15 s). */
  readonly timeoutMs?: number;
  /** How long the socket may take to answer PING (default 4 s, as in the corpus). */
  readonly startupWaitMs?: number;
  readonly sandbox?: Sandbox;
}

export interface RedisResult {
  /** Loaded and, when the startup check ran, started. */
  readonly accepted: boolean;
  /** Where it was refused. */
  readonly phase?: 'load' | 'startup';
  /** `at line N` of the FATAL block (1-based, in `file`). */
  readonly line?: number;
  /** The `>>> '...'` text of the FATAL block. */
  readonly lineText?: string;
  /** Which file the failing line is in: `test.conf` or an extraFiles key, when the echoed text tells. */
  readonly file?: string;
  /** The failing line's number in `file` (differs from `line` when Redis read several files of an include glob as one text). */
  readonly fileLine?: number;
  readonly reason: string;
  readonly loaded: boolean;
  /** Undefined when the startup check was not run. */
  readonly started?: boolean;
  /** `exit 139` (128 + signal number) or `timeout` when the server crashed or hung. */
  readonly crash?: string;
  readonly sandbox: Sandbox;
  /** Load-phase output (stdout and stderr), private root paths removed. */
  readonly output: string;
  /** Why the startup check was not run although asked for. */
  readonly startupSkipped?: string;
  /** Startup-phase log, when it ran. */
  readonly log?: string;
  readonly durationMs: number;
}

export const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';
/** Working directory of the server inside the private root (their "empty temporary directory"). */
export const CASE_DIR = '/tmp/redis-oracle-case';
export const MAIN_FILE = 'test.conf';

// ---------------------------------------------------------------------------------------------
// Availability

let versionCache: string | null | undefined;

/** `7.0.15`, or null when no redis-server can be run. */
export function redisServerVersion(): string | null {
  if (versionCache !== undefined) return versionCache;
  const r = spawnSync(REDIS_SERVER, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  const m = r.status === 0 ? /v=(\d+\.\d+\.\d+)/.exec(r.stdout) : null;
  versionCache = m ? m[1] : null;
  return versionCache;
}

export function redisServerAvailable(): boolean {
  return redisServerVersion() !== null;
}

/**
 * The sandbox used unless a case asks for one: `REDIS_ORACLE_SANDBOX` when set, else "rewrite"
 * (no privileges needed, about twice as fast). The oracle suites check on every run where
 * namespaces work that both sandboxes give the same verdicts on the corpus.
 */
export function defaultSandbox(): Sandbox {
  const forced = process.env.REDIS_ORACLE_SANDBOX;
  return forced === 'namespace' ? 'namespace' : 'rewrite';
}

let namespaceCache: boolean | undefined;

/** True when `unshare` can give us mount/PID/network (and user) namespaces and a chroot here. */
export function namespaceSandboxAvailable(): boolean {
  if (namespaceCache !== undefined) return namespaceCache;
  namespaceCache = false;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'redis-oracle-probe-'));
  try {
    const root = path.join(tmp, 'root');
    buildRoot(root, new Set());
    mkdirSync(path.join(root, CASE_DIR), { recursive: true });
    const r = spawnSync('unshare', [...unshareArgs(), 'sh', '-c', NAMESPACE_SCRIPT, 'ns', root, CASE_DIR, isRoot() ? '1' : '0', topDirsToBind().join(' '), 'true'], { encoding: 'utf8', timeout: 20_000 });
    namespaceCache = r.status === 0;
  } catch {
    // no unshare
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return namespaceCache;
}

let netCache: boolean | undefined;

/** True when the server can get a private network namespace (no route to anything, not even lo). */
export function networkIsolationAvailable(): boolean {
  if (netCache === undefined) {
    const r = spawnSync('unshare', [...(isRoot() ? [] : ['--user', '--map-root-user']), '--net', '--fork', '--kill-child', 'true'], { timeout: 20_000 });
    netCache = r.status === 0;
  }
  return netCache;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function unshareArgs(): string[] {
  return [...(isRoot() ? [] : ['--user', '--map-root-user']), '--mount', '--pid', '--net', '--fork', '--kill-child', '--propagation', 'private'];
}

// Runs inside the new namespaces: $1 = root, $2 = working dir inside it, $3 = 1 when we are
// real root, $4 = top-level system dirs to bind (those that are not symlinks into /usr), then
// the command. /usr is bound read-only (fatal if that fails while we are real root) except
// /usr/local, which is R's own; the rest of R is ours. The server runs as a child of PID 1 (a
// shell), so a crash ends in a real signal as it does outside a PID namespace. Few commands:
// every exec here costs time on each case.
const NAMESPACE_SCRIPT = `
set -e
R=$1; W=$2; REAL_ROOT=$3; TOP=$4; shift 4
for d in usr $TOP; do
  mount --rbind "/$d" "$R/$d"
  mount -o remount,bind,ro "$R/$d" 2>/dev/null || [ "$REAL_ROOT" != 1 ]
done
[ ! -d /usr/local ] || mount --bind "$R/.usr-local" "$R/usr/local"
mount -t proc -o ro,nosuid,nodev,noexec proc "$R/proc"
mount --bind /dev/null "$R/dev/null"
mount --bind /dev/urandom "$R/dev/urandom"
ulimit -v 4194304 2>/dev/null || true
exec chroot "$R" /bin/sh -c 'cd "$0" && "$@"; rc=$?; exit $rc' "$W" "$@"
`;

/** Top-level system dirs: symlinks are recreated in R, real dirs are bound (merged-/usr systems have none). */
const TOP_DIRS = ['bin', 'sbin', 'lib', 'lib32', 'lib64', 'libx32'];
function topDirsToBind(): string[] {
  return TOP_DIRS.filter((d) => {
    try {
      return !lstatSync(`/${d}`).isSymbolicLink() && lstatSync(`/${d}`).isDirectory();
    } catch {
      return false;
    }
  });
}

// Same without namespaces: the server runs directly with cwd inside R (paths rewritten).
const PLAIN_SCRIPT = `
W=$1; shift
ulimit -v 4194304 2>/dev/null || true
cd "$W" && exec "$@"
`;

function buildRoot(root: string, hosts: ReadonlySet<string>): void {
  for (const d of ['usr', '.usr-local', 'proc', 'dev', 'etc', 'tmp', 'var/tmp', 'run']) mkdirSync(path.join(root, d), { recursive: true });
  for (const d of TOP_DIRS) {
    try {
      const st = lstatSync(`/${d}`);
      if (st.isSymbolicLink()) symlinkSync(readlinkSync(`/${d}`), path.join(root, d));
      else if (st.isDirectory()) mkdirSync(path.join(root, d));
    } catch {
      // absent here
    }
  }
  writeFileSync(path.join(root, 'dev/null'), '');
  writeFileSync(path.join(root, 'dev/urandom'), '');
  symlinkSync('/proc/self/fd/1', path.join(root, 'dev/stdout'));
  symlinkSync('/proc/self/fd/2', path.join(root, 'dev/stderr'));
  symlinkSync('/proc/self/fd', path.join(root, 'dev/fd'));
  // Never a link that leads out of R: in rewrite mode the server runs without a chroot, so
  // `pidfile /var/run/x.pid` (rewritten to R/var/run/x.pid) must land in R/run. The /dev links
  // lead to the server's own file descriptors only.
  symlinkSync('../run', path.join(root, 'var/run'));
  const hostLines = ['127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback', ...[...hosts].map((h) => `127.0.0.1\t${h}`)];
  writeFileSync(path.join(root, 'etc/hosts'), `${hostLines.join('\n')}\n`);
  for (const f of ['nsswitch.conf', 'ld.so.cache', 'host.conf', 'gai.conf', 'localtime']) {
    try {
      copyFileSync(path.join('/etc', f), path.join(root, 'etc', f));
    } catch {
      // optional
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Redis's tokenizer and line rules (sdssplitargs, loadServerConfigFromString), on latin1 strings
// so that one char is one byte.

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
}
function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

/** `sdssplitargs`: the arguments of one line, or null for unbalanced quotes. */
export function splitArgs(input: string): string[] | null {
  const nul = input.indexOf('\0');
  const line = nul === -1 ? input : input.slice(0, nul);
  const n = line.length;
  const out: string[] = [];
  let i = 0;
  for (;;) {
    while (i < n && isSpace(line[i])) i++;
    if (i >= n) return out;
    let inq = false;
    let insq = false;
    let done = false;
    let cur = '';
    while (!done) {
      const c = line[i];
      if (inq) {
        if (i >= n) return null;
        if (c === '\\' && line[i + 1] === 'x' && isHex(line[i + 2]) && isHex(line[i + 3])) {
          cur += String.fromCharCode(parseInt(line.slice(i + 2, i + 4), 16));
          i += 3;
        } else if (c === '\\' && i + 1 < n) {
          i++;
          const e = line[i];
          cur += e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e === 'b' ? '\b' : e === 'a' ? '\x07' : e;
        } else if (c === '"') {
          if (i + 1 < n && !isSpace(line[i + 1])) return null;
          done = true;
        } else {
          cur += c;
        }
      } else if (insq) {
        if (i >= n) return null;
        if (c === '\\' && line[i + 1] === "'") {
          i++;
          cur += "'";
        } else if (c === "'") {
          if (i + 1 < n && !isSpace(line[i + 1])) return null;
          done = true;
        } else {
          cur += c;
        }
      } else if (i >= n || c === ' ' || c === '\n' || c === '\r' || c === '\t') {
        done = true;
      } else if (c === '"') {
        inq = true;
      } else if (c === "'") {
        insq = true;
      } else {
        cur += c;
      }
      if (i < n) i++;
    }
    out.push(cur);
  }
}

/** A line as the loader sees it: trimmed of spaces, tabs, CR and LF. */
export function trimLine(line: string): string {
  return line.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

/**
 * The text Redis ends up with when it reads a file: `fgets` chunks of at most 1024 bytes (or up
 * to a newline) glued with `sdscat`, which stops at a NUL byte, so a NUL drops the rest of its
 * chunk, newline included. Files with NUL bytes are given to the server in this form in
 * rewrite mode, where the walk must see exactly the lines Redis sees.
 */
export function asRedisReads(text: string): string {
  if (!text.includes('\0')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const nl = text.indexOf('\n', i);
    const end = Math.min(nl === -1 ? text.length : nl + 1, i + 1024);
    const chunk = text.slice(i, end);
    const nul = chunk.indexOf('\0');
    out += nul === -1 ? chunk : chunk.slice(0, nul);
    i = end;
  }
  return out;
}

function toLatin1(data: string | Uint8Array): string {
  return Buffer.from(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('latin1');
}

// ---------------------------------------------------------------------------------------------
// Walking the config like Redis does, for preparation and for path rewriting.

const PATH_DIRECTIVES = new Set([
  'pidfile', 'aclfile', 'cluster-config-file', 'unixsocket', 'tls-cert-file', 'tls-key-file',
  'tls-client-cert-file', 'tls-client-key-file', 'tls-dh-params-file', 'tls-ca-cert-file', 'tls-ca-cert-dir',
]);
/** Paths the server may use as they are, even without a chroot: harmless system targets. */
const PASS_THROUGH = /^\/(dev\/(null|stdout|stderr)|proc\/self\/fd\/\d+)$/;

interface Walk {
  cwd: string;
  readonly dirs: Set<string>;
  readonly scripts: Set<string>;
  readonly hosts: Set<string>;
  /** The last `logfile` argument; Redis opens it relative to the final working directory. */
  logfileArg: string | undefined;
  /** Where the server logs after loading (inside R), once the walk is finished. */
  logfile: string | undefined;
  /** Relative sentinel script paths, resolved once the final working directory is known. */
  readonly scriptArgs: string[];
  /** Rewritten lines per file (rewrite mode only): file path inside R -> line index -> text. */
  readonly rewrites: Map<string, Map<number, string>>;
  readonly visiting: Set<string>;
  /**
   * Texts Redis parses as one string, whose line numbers it reports: the main file, each
   * included file, and the matches of one include glob, concatenated as they are (no newline
   * added between them).
   */
  readonly units: string[][];
}

/**
 * Walks the config as Redis reads it (includes in place, `dir` changing the working directory)
 * and records what to prepare and, in rewrite mode, which lines to rewrite.
 */
function runWalk(mainInner: string, files: ReadonlyMap<string, string>, mode: Sandbox, root: string, sentinelResolves: boolean): Walk {
  const w: Walk = { cwd: CASE_DIR, dirs: new Set(), scripts: new Set(), hosts: new Set(), logfileArg: undefined, logfile: undefined, scriptArgs: [], rewrites: new Map(), visiting: new Set(), units: [[mainInner]] };
  walkFile(mainInner, files, w, mode, root, sentinelResolves);
  if (w.logfileArg !== undefined) {
    w.logfile = resolveIn(w.cwd, w.logfileArg);
    if (!PASS_THROUGH.test(w.logfile)) w.dirs.add(path.posix.dirname(w.logfile));
  }
  for (const s of w.scriptArgs) w.scripts.add(resolveIn(w.cwd, s));
  return w;
}

function resolveIn(cwd: string, p: string): string {
  return path.posix.resolve(cwd, p);
}

function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) re += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function quoteArg(arg: string): string {
  let out = '"';
  for (const ch of arg) {
    const code = ch.charCodeAt(0);
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

function walkFile(file: string, files: ReadonlyMap<string, string>, w: Walk, mode: Sandbox, root: string, sentinelResolves: boolean): void {
  const text = files.get(file);
  if (text === undefined || w.visiting.has(file)) return;
  w.visiting.add(file);
  const lines = text.split('\n');
  const mapped = (p: string) => (PASS_THROUGH.test(p) ? p : root + p);
  const rewriteLine = (index: number, args: string[], argIndex: number, value: string) => {
    if (mode !== 'rewrite') return;
    const raw = lines[index];
    const indent = /^[ \t\r\n]*/.exec(raw)?.[0] ?? '';
    const rawName = /^[ \t\r\n]*(\S+)/.exec(raw)?.[1] ?? args[0];
    const name = splitArgs(rawName)?.length === 1 ? rawName : quoteArg(args[0]);
    const rest = args.slice(1).map((a, k) => quoteArg(k + 1 === argIndex ? value : a));
    let perFile = w.rewrites.get(file);
    if (!perFile) w.rewrites.set(file, (perFile = new Map()));
    perFile.set(index, [indent + name, ...rest].join(' '));
  };
  // A path used after loading resolves against the final working directory, which is inside
  // R in rewrite mode anyway: only absolute paths and paths climbing with `..` are rewritten
  // (the latter against the working directory at that line, an approximation).
  const rewriteUsePath = (i: number, args: string[], argIndex: number) => {
    const p = args[argIndex];
    if (p.startsWith('/') || p.split('/').includes('..')) rewriteLine(i, args, argIndex, mapped(resolveIn(w.cwd, p)));
  };
  for (let i = 0; i < lines.length; i++) {
    const line = trimLine(lines[i]);
    if (line === '' || line.startsWith('#')) continue;
    const args = splitArgs(line);
    if (!args || args.length === 0) continue;
    const name = args[0].toLowerCase();
    if (name === 'dir' && args.length === 2) {
      if (args[1] === '') break; // chdir("") fails: Redis stops here
      const target = resolveIn(w.cwd, args[1]);
      w.dirs.add(target);
      rewriteLine(i, args, 1, mapped(target));
      w.cwd = target;
    } else if (name === 'logfile' && args.length === 2) {
      w.logfileArg = args[1] === '' ? undefined : args[1];
      if (args[1] !== '') rewriteUsePath(i, args, 1);
    } else if (name === 'include' && args.length === 2 && args[1] !== '') {
      const target = resolveIn(w.cwd, args[1]);
      rewriteLine(i, args, 1, mapped(target));
      const matches = /[*?[]/.test(target)
        ? [...files.keys()].filter((f) => globToRegExp(target).test(f)).sort()
        : files.has(target) ? [target] : [];
      if (matches.length > 0) w.units.push(matches);
      for (const m of matches) walkFile(m, files, w, mode, root, sentinelResolves);
    } else if (PATH_DIRECTIVES.has(name) && args.length === 2 && args[1] !== '') {
      rewriteUsePath(i, args, 1);
    } else if (name === 'loadmodule' && args.length >= 2 && args[1] !== '') {
      rewriteUsePath(i, args, 1);
    } else if (name === 'sentinel' && args.length === 4 && /^(notification-script|client-reconfig-script)$/i.test(args[1])) {
      w.scriptArgs.push(args[3]);
      rewriteUsePath(i, args, 3);
    } else if (name === 'sentinel' && args.length === 6 && args[1].toLowerCase() === 'monitor') {
      const host = args[3];
      if (net.isIP(host) === 0 && host !== '') {
        w.hosts.add(host);
        // Without a private /etc/hosts, keep "resolvable" resolvable.
        if (sentinelResolves) rewriteLine(i, args, 3, 'localhost');
      }
    }
  }
  w.visiting.delete(file);
}

/** What a run will prepare, and where the server ends up working (paths inside the private root). */
export interface EnvironmentPlan {
  readonly dirs: readonly string[];
  readonly scripts: readonly string[];
  readonly hosts: readonly string[];
  /** The working directory after the last `dir` line (relative paths used at startup resolve here). */
  readonly finalCwd: string;
  readonly logfile?: string;
}

export function planEnvironment(input: Pick<RedisCheckInput, 'text' | 'kind' | 'extraFiles'>): EnvironmentPlan {
  const files = new Map<string, string>();
  const mainInner = path.posix.join(CASE_DIR, MAIN_FILE);
  files.set(mainInner, toLatin1(input.text));
  for (const [name, data] of Object.entries(input.extraFiles ?? {})) {
    files.set(path.posix.isAbsolute(name) ? path.posix.normalize(name) : path.posix.join(CASE_DIR, name), toLatin1(data));
  }
  const walk = runWalk(mainInner, files, 'namespace', '', false);
  return { dirs: [...walk.dirs], scripts: [...walk.scripts], hosts: [...walk.hosts], finalCwd: walk.cwd, ...(walk.logfile ? { logfile: walk.logfile } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Running

function talksToNetwork(texts: Iterable<string>): boolean {
  for (const text of texts) {
    for (const raw of text.split('\n')) {
      const args = splitArgs(trimLine(raw));
      if (!args || args.length === 0) continue;
      const name = args[0].toLowerCase();
      if ((name === 'replicaof' || name === 'slaveof') && args[1]?.toLowerCase() !== 'no') return true;
      if (name === 'sentinel' && args[1]?.toLowerCase() === 'monitor') return true;
      if (name === 'cluster-enabled' && args[1]?.toLowerCase() === 'yes') return true;
    }
  }
  return false;
}

function parseFatal(output: string): { line?: number; lineText?: string; reason: string } | undefined {
  const lines = output.split('\n');
  const at = lines.findIndex((l) => l.includes('*** FATAL CONFIG FILE ERROR'));
  if (at === -1) return undefined;
  let k = at + 1;
  let line: number | undefined;
  let lineText: string | undefined;
  const m = /Reading the configuration file, at line (\d+)/.exec(lines[k] ?? '');
  if (m) {
    line = Number(m[1]);
    k++;
    const echo = /^>>> '([^\n]*)'$/s.exec(lines[k] ?? '');
    if (echo) {
      lineText = echo[1];
      k++;
    }
  }
  return { line, lineText, reason: (lines[k] ?? '').trim() };
}

/** Logged at warning level (`#`) up to 7.0, at notice level (`*`) from 7.2 and in Valkey. */
const LOADED = /[#*] Configuration loaded/;

const LOG_LINE = /^\d+:[XCSM] \d{2} \w{3} \d{4} [\d:.]+ ([.\-*#]) (.*)$/;

/** The last warning-level (`#`) line the server logged, ignoring banners and advisories. */
function lastWarnings(log: string): string {
  const useful = log.split('\n').map((l) => LOG_LINE.exec(l)).filter((m): m is RegExpExecArray => !!m && m[1] === '#').map((m) => m[2])
    .filter((w) => !/^(WARNING|oO0OoO0OoO0Oo|Redis version=|Configuration loaded|User requested shutdown|Redis is now ready to exit|Sentinel is now ready to exit|Server initialized|Sentinel ID is|\+monitor)/.test(w));
  const last = useful[useful.length - 1] ?? '';
  const prev = useful[useful.length - 2];
  return /^Critical error while loading ACLs/.test(last) && prev ? `${prev} / ${last}` : last;
}

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

const OUTPUT_LIMIT = 512 * 1024;

function readCapped(file: string): string {
  try {
    const data = readFileSync(file);
    return data.subarray(0, OUTPUT_LIMIT).toString('latin1');
  } catch {
    return '';
  }
}

/**
 * Starts a command in its own process group, stdout and stderr going to files (as with a shell
 * redirect: `logfile /proc/self/fd/2` must open a file, not a socket). `whileRunning` may talk
 * to it and returns true when the process should get a moment to exit on its own. Whatever is
 * left of the group afterwards, or at the timeout, gets SIGKILL.
 */
function launch(args: readonly string[], outDir: string, timeoutMs: number, whileRunning?: (exited: () => boolean) => Promise<boolean>): Promise<Exit> {
  const outFile = path.join(outDir, 'stdout');
  const errFile = path.join(outDir, 'stderr');
  const out = openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  return new Promise((resolve) => {
    let ended = false;
    let timedOut = false;
    let spawnError = '';
    const child = spawn(args[0], args.slice(1), { detached: true, stdio: ['ignore', out, err] });
    closeSync(out);
    closeSync(err);
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    child.on('error', (e) => {
      spawnError = `\nspawn error: ${e.message}`;
    });
    child.on('close', (code, signal) => {
      ended = true;
      clearTimeout(timer);
      killGroup();
      resolve({ code, signal, stdout: readCapped(outFile), stderr: readCapped(errFile) + spawnError, timedOut });
    });
    if (whileRunning) {
      whileRunning(() => ended).then(
        (graceful) => {
          if (!ended) {
            if (graceful) setTimeout(killGroup, 100);
            else killGroup();
          }
        },
        () => killGroup(),
      );
    }
  });
}

/** `exit 139` for SIGSEGV, as a shell (and the corpus) reports it, whichever way the process died. */
function crashOf(exit: Exit): string | undefined {
  if (exit.timedOut) return 'timeout';
  if (exit.signal) return `exit ${128 + (os.constants.signals[exit.signal] ?? 0)}`;
  if (exit.code !== null && exit.code >= 128) return `exit ${exit.code}`;
  return undefined;
}

function crashDetail(output: string): string {
  const assert = /==> (.*)$/m.exec(output);
  if (assert) return `; ==> ${assert[1].trim()}`;
  const bug = /(Redis [\d.]+ crashed by signal.*)$/m.exec(output);
  return bug ? `; ${bug[1].trim()}` : '';
}

/**
 * Sends PING on the unix socket until something answers (any reply, NOAUTH included), the
 * process ends, or time runs out; then asks for `SHUTDOWN NOSAVE`. `onAnswer` fires at once.
 */
async function pingUntilReady(sock: string, exited: () => boolean, waitMs: number, onAnswer: () => void): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline && !exited()) {
    const answered = await new Promise<boolean>((resolve) => {
      const s = net.createConnection(sock);
      let settled = false;
      const done = (v: boolean) => {
        if (settled) return;
        settled = true;
        resolve(v);
        s.destroy();
      };
      s.setTimeout(1000, () => done(false));
      s.on('error', () => done(false));
      s.on('connect', () => s.write('PING\r\n'));
      s.once('data', () => {
        onAnswer();
        s.write('SHUTDOWN NOSAVE\r\n', () => setTimeout(() => done(true), 10));
      });
      s.on('close', () => done(false));
    });
    if (answered) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

export async function runRedisCheck(input: RedisCheckInput): Promise<RedisResult> {
  const started = Date.now();
  const sandbox = input.sandbox ?? defaultSandbox();
  const prepare = input.prepare ?? true;
  const timeoutMs = input.timeoutMs ?? 15_000;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'redis-oracle-'));
  const root = path.join(tmp, 'root');
  const hidePaths = (s: string) => s.split(root).join('');
  /** Where a path inside the private root lives on this machine. */
  const hostPath = (inner: string) =>
    sandbox === 'namespace' && (inner === '/usr/local' || inner.startsWith('/usr/local/'))
      ? path.join(root, '.usr-local', inner.slice('/usr/local'.length))
      : path.join(root, inner);
  try {
    // Files, as latin1 strings keyed by their path inside the root.
    const files = new Map<string, string>();
    const keyOf = new Map<string, string>();
    const mainInner = path.posix.join(CASE_DIR, MAIN_FILE);
    const read = (data: string | Uint8Array) => (sandbox === 'rewrite' ? asRedisReads(toLatin1(data)) : toLatin1(data));
    files.set(mainInner, read(input.text));
    keyOf.set(mainInner, MAIN_FILE);
    for (const [name, data] of Object.entries(input.extraFiles ?? {})) {
      const inner = path.posix.isAbsolute(name) ? path.posix.normalize(name) : path.posix.join(CASE_DIR, name);
      files.set(inner, read(data));
      keyOf.set(inner, name);
    }
    const sentinelResolves = input.kind === 'sentinel' && [...files.values()].some((t) => /^[ \t]*sentinel[ \t]+resolve-hostnames[ \t]+"?yes"?[ \t\r]*$/im.test(t));
    const walk = runWalk(mainInner, files, sandbox, root, sentinelResolves);

    buildRoot(root, prepare ? walk.hosts : new Set());
    mkdirSync(hostPath(CASE_DIR), { recursive: true });
    const effectiveText = new Map<string, string>();
    for (const [inner, text] of files) {
      const rewrites = walk.rewrites.get(inner);
      const finalText = rewrites ? text.split('\n').map((l, i) => rewrites.get(i) ?? l).join('\n') : text;
      effectiveText.set(inner, finalText);
      const target = hostPath(inner);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, Buffer.from(finalText, 'latin1'));
    }
    if (prepare) {
      for (const d of walk.dirs) {
        try {
          mkdirSync(hostPath(d), { recursive: true });
        } catch {
          // e.g. a path through a file: Redis will say so
        }
      }
      for (const f of walk.scripts) {
        const target = hostPath(f);
        try {
          mkdirSync(path.dirname(target), { recursive: true });
          if (!existsSync(target)) writeFileSync(target, '');
          chmodSync(target, 0o755);
        } catch {
          // Redis will say so
        }
      }
    }

    // Only configs that name network peers need a private network: a new network namespace
    // costs more than the rest of a run.
    const needsNet = talksToNetwork(effectiveText.values());
    const isolated = sandbox === 'namespace' || !needsNet || networkIsolationAvailable();
    const netns = needsNet && isolated && sandbox === 'rewrite' ? ['unshare', ...(isRoot() ? [] : ['--user', '--map-root-user']), '--net', '--fork', '--kill-child'] : [];
    const command = (serverArgs: string[]): string[] =>
      sandbox === 'namespace'
        ? ['unshare', ...unshareArgs(), 'sh', '-c', NAMESPACE_SCRIPT, 'ns', root, CASE_DIR, isRoot() ? '1' : '0', topDirsToBind().join(' '), REDIS_SERVER, ...serverArgs]
        : [...netns, 'sh', '-c', PLAIN_SCRIPT, 'plain', hostPath(CASE_DIR), REDIS_SERVER, ...serverArgs];
    const inRoot = (inner: string) => (sandbox === 'namespace' ? inner : hostPath(inner));
    const sentinel = input.kind === 'sentinel' ? ['--sentinel'] : [];
    const common = ['--daemonize', 'no', '--tls-port', '0', '--tls-replication', 'no', '--tls-cluster', 'no', ...(sandbox === 'rewrite' ? ['--syslog-enabled', 'no'] : [])];
    /** The file's own log, when it names one we can read (it may get the "not listen" line). */
    const fileLog = () => (walk.logfile && !PASS_THROUGH.test(walk.logfile) ? hidePaths(readCapped(hostPath(walk.logfile))) : '');

    /** Which file and line the FATAL block means: the unit whose line `line` is the echoed text. */
    const locate = (line: number | undefined, lineText: string | undefined): { file: string; fileLine: number } | undefined => {
      if (line === undefined || lineText === undefined) return undefined;
      for (const unit of walk.units) {
        const segments = unit.map((inner) => ({ inner, text: asRedisReads(effectiveText.get(inner) ?? '') }));
        const lines = segments.map((x) => x.text).join('').split('\n');
        const l = lines[line - 1];
        if (l === undefined || hidePaths(trimLine(l)) !== lineText) continue;
        // The segment where that line starts.
        let offset = lines.slice(0, line - 1).reduce((n, x) => n + x.length + 1, 0);
        for (const seg of segments) {
          if (offset < seg.text.length || seg === segments[segments.length - 1]) {
            const fileLine = seg.text.slice(0, offset).split('\n').length;
            const file = keyOf.get(seg.inner);
            return file === undefined ? undefined : { file, fileLine };
          }
          offset -= seg.text.length;
        }
      }
      return undefined;
    };
    const done = (r: Omit<RedisResult, 'sandbox' | 'durationMs'>): RedisResult => ({ sandbox, ...r, durationMs: Date.now() - started });
    /** A load failure, from the output of a run that did not get past loading. */
    const loadFailure = (exit: Exit, output: string, stderr: string): RedisResult | undefined => {
      const fatal = parseFatal(stderr) ?? parseFatal(output);
      if (fatal) {
        const where = locate(fatal.line, fatal.lineText);
        return done({
          output, accepted: false, phase: 'load', reason: fatal.reason, loaded: false,
          ...(fatal.line !== undefined ? { line: fatal.line } : {}), ...(fatal.lineText !== undefined ? { lineText: fatal.lineText } : {}),
          ...(where ? { file: where.file, fileLine: where.fileLine } : {}),
        });
      }
      const crash = crashOf(exit);
      if (crash) return done({ output, accepted: false, phase: 'load', reason: `crash/timeout: ${crash}${crashDetail(output)}`, loaded: false, crash });
      const openFail = /(Fatal error, can't open config file '[^\n]*)$/m.exec(output);
      if (openFail) return done({ output, accepted: false, phase: 'load', reason: openFail[1].trim(), loaded: false });
      return undefined;
    };

    // The corpus's load-only command: exits with "Configured to not listen anywhere" when the file loads.
    const loadOnly = async (): Promise<RedisResult> => {
      const load = await launch(command([`./${MAIN_FILE}`, ...sentinel, '--port', '0', '--unixsocket', '', ...common]), tmp, timeoutMs);
      const stderr = hidePaths(load.stderr);
      const output = `${hidePaths(load.stdout)}${stderr}${fileLog()}`;
      const failed = loadFailure(load, output, stderr);
      if (failed) return failed;
      if (output.includes('Configured to not listen anywhere, exiting.')) return done({ output, accepted: true, reason: '', loaded: true });
      return done({ output, accepted: false, phase: 'load', reason: lastWarnings(output) || `exited with code ${load.code} during loading`, loaded: false });
    };

    if (input.startup === false) return await loadOnly();
    if (!isolated) {
      // Without a private network the server would reach real peers (a Redis on this machine's
      // 6379 as master, a cluster bus on port 10000): only the load is checked.
      const r = await loadOnly();
      return r.accepted ? { ...r, startupSkipped: 'no network isolation here (replicaof, sentinel monitor or cluster mode)' } : r;
    }

    // One run does both checks: the startup command of the corpus without its `--logfile`
    // (which would mask the file's own `logfile` check). Loading fails with the FATAL block on
    // stderr; "Configuration loaded" in the log means loading passed, so a later exit is a
    // startup failure; PING answered means it started.
    const sockInner = path.posix.join(CASE_DIR, 'redis-oracle.sock');
    let answered = false;
    const run = await launch(
      command([`./${MAIN_FILE}`, ...sentinel, '--port', '0', '--unixsocket', inRoot(sockInner), ...common, '--save', '', '--appendonly', 'no']),
      tmp,
      timeoutMs,
      (exited) => pingUntilReady(hostPath(sockInner), exited, input.startupWaitMs ?? 4000, () => {
        answered = true;
      }),
    );
    const stderr = hidePaths(run.stderr);
    const log = `${hidePaths(run.stdout)}${stderr}${fileLog()}`;
    if (answered) return done({ output: log, log, accepted: true, reason: '', loaded: true, started: true });
    const failed = loadFailure(run, log, stderr);
    if (failed && (failed.line !== undefined || !LOADED.test(log))) return failed;
    if (!LOADED.test(log)) {
      // We cannot see the log (e.g. `logfile /dev/null`): ask the load-only command.
      const load = await loadOnly();
      if (!load.accepted) return load;
    }
    const runCrash = crashOf(run);
    const reason = runCrash && runCrash !== 'timeout'
      ? `crash: ${runCrash}${crashDetail(log)}`
      : lastWarnings(log) || (runCrash ? `did not answer PING (${runCrash})` : `exited with code ${run.code} during startup`);
    return done({ output: log, log, accepted: false, phase: 'startup', reason, loaded: true, started: false, ...(runCrash ? { crash: runCrash } : {}) });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Runs many cases, `concurrency` at a time (default: 2 per core, 2..4), keeping input order. */
export async function runRedisChecks(inputs: readonly RedisCheckInput[], options: { concurrency?: number; onResult?: (index: number, result: RedisResult) => void } = {}): Promise<RedisResult[]> {
  const concurrency = options.concurrency ?? Math.min(4, Math.max(2, os.cpus().length * 2));
  const results: RedisResult[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await runRedisCheck(inputs[index]);
      options.onResult?.(index, results[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  return results;
}
