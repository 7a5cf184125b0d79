// tsx scripts/oracle-fixtures.ts --server PATH --version X.Y.Z [--out FILE] [--build TEXT] [--limit N] [--concurrency N]
//
// Runs the oracle cases against one real redis-server (or valkey-server) binary, sandboxed
// exactly as the 7.0 oracle suites do (test/support/redis-server.ts), and writes what it did
// with each case to test/versions/fixtures/<target>.json: facts only, never our verdicts.
// Cases: every conf and sentinel file of ../shared/corpus (with their ACL and include files),
// every config-cases.jsonl snippet, the 7.0 oracle's mutations (test/oracle/mutations.ts,
// fixed seed), mutations aimed at this release (its own stock config, directives new or
// changed since 7.0, loader differences), and one line per name its `CONFIG GET *` reports.
// test/versions/fixtures.test.ts replays them through the engine; see test/versions/README.md.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DirectiveInfo } from '../server/src/knowledge/directives.js';
import type { FileRef, FixtureCase, FixtureFile } from '../test/versions/cases.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: tsx scripts/oracle-fixtures.ts --server PATH --version X.Y.Z [--out FILE] [--build TEXT] [--limit N] [--concurrency N]';

interface Options {
  server: string;
  version: string;
  out?: string;
  build: string;
  limit?: number;
  concurrency?: number;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Partial<Options> = { build: 'make BUILD_TLS=no MALLOC=libc' };
  for (let i = 0; i < argv.length; i++) {
    const value = () => argv[++i] ?? fail(`${argv[i - 1]} needs a value`);
    if (argv[i] === '--server') o.server = path.resolve(value());
    else if (argv[i] === '--version') o.version = value().replace(/^(redis|valkey)-/, '');
    else if (argv[i] === '--out') o.out = value();
    else if (argv[i] === '--build') o.build = value();
    else if (argv[i] === '--limit') o.limit = Number(value());
    else if (argv[i] === '--concurrency') o.concurrency = Number(value());
    else fail(`unknown argument ${argv[i]}`);
  }
  if (!o.server || !o.version) fail('--server and --version are required');
  return o as Options;
}

function fail(message: string): never {
  console.error(`oracle-fixtures: ${message}\n${USAGE}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// CONFIG GET * of the server started without a config file

function resp(data: Buffer): string[] | undefined {
  const text = data.toString('latin1');
  let at = 0;
  const line = () => {
    const end = text.indexOf('\r\n', at);
    if (end === -1) throw new RangeError('incomplete');
    const l = text.slice(at, end);
    at = end + 2;
    return l;
  };
  try {
    const head = line();
    if (!head.startsWith('*')) throw new Error(`unexpected reply ${head}`);
    const out: string[] = [];
    for (let n = Number(head.slice(1)); n > 0; n--) {
      const len = Number(line().slice(1));
      if (text.length < at + len + 2) throw new RangeError('incomplete');
      out.push(Buffer.from(text.slice(at, at + len), 'latin1').toString('utf8'));
      at += len + 2;
    }
    return out;
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

async function configGet(server: string): Promise<Record<string, string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oracle-fixtures-'));
  const sock = path.join(dir, 's.sock');
  const child = spawn(server, ['--port', '0', '--unixsocket', sock, '--daemonize', 'no', '--logfile', ''], { cwd: dir, stdio: 'ignore', detached: true });
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      const reply = await new Promise<string[] | undefined>((resolve) => {
        const s = net.createConnection(sock);
        let data = Buffer.alloc(0);
        s.on('error', () => resolve(undefined));
        s.on('connect', () => s.write('CONFIG GET *\r\n'));
        s.on('data', (chunk) => {
          data = Buffer.concat([data, chunk]);
          const parsed = resp(data);
          if (parsed) {
            s.end('SHUTDOWN NOSAVE\r\n');
            resolve(parsed);
          }
        });
      });
      if (reply) {
        const pairs: [string, string][] = [];
        for (let i = 0; i + 1 < reply.length; i += 2) pairs.push([reply[i], reply[i + 1]]);
        return Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : 1)));
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the server did not answer CONFIG GET *');
  } finally {
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Cases aimed at one release

function quote(value: string): string {
  return value === '' || /[\s"'\\]/.test(value) ? `"${value.replace(/[\\"]/g, '\\$&')}"` : value;
}

/** Valid and invalid values of a table directive, from its type in our data (the server judges them). */
function valuesOf(d: DirectiveInfo): { valid: string[]; invalid: string[] } {
  const num = (s: string | undefined) => (s === undefined ? undefined : BigInt(s));
  const min = num(d.min);
  const max = num(d.max);
  switch (d.type) {
    case 'bool':
      return { valid: ['yes', 'no'], invalid: ['1', 'maybe'] };
    case 'enum':
      return { valid: [...(d.enumValues ?? [])], invalid: ['bogus', '""'] };
    case 'multi-enum':
      return { valid: ['default', 'nosave now'], invalid: ['"save nosave"', 'bogus'] };
    case 'string':
    case 'sds':
      return { valid: ['value', '""'], invalid: ['a b', 'x "y"z'] };
    case 'octal':
      return { valid: ['700', '0770'], invalid: ['999', '1777'] };
    case 'memory':
      return d.acceptsPercent
        ? { valid: ['10%', '1mb', '0'], invalid: ['101%', '1.5gb', 'x'] }
        : { valid: ['1mb', '0', ...(d.default ? [quote(d.default)] : [])], invalid: ['1.5gb', '-1', '100%', ...(max !== undefined ? [String(max + 1n)] : [])] };
    case 'special':
      return { valid: [], invalid: [] };
    default:
      return {
        valid: [...(min !== undefined ? [String(min)] : []), ...(max !== undefined ? [String(max)] : []), ...(d.default ? [quote(d.default)] : [])],
        invalid: ['1k', '010', ...(min !== undefined && min > -(2n ** 63n) ? [String(min - 1n)] : []), ...(max !== undefined && max < 2n ** 64n - 1n ? [String(max + 1n)] : [])],
      };
  }
}

function changedSince70(d: DirectiveInfo, old: DirectiveInfo | undefined): boolean {
  if (!old) return true;
  const shape = (x: DirectiveInfo) => JSON.stringify([x.type, x.handledBy, x.args, x.min, x.max, x.enumValues, x.acceptsPercent, x.aliases]);
  return shape(d) !== shape(old);
}

/** Lines that exercise loader differences between releases (6.x special cases, 7.2+, Valkey). */
const VERSION_LINES: readonly (string | { line: string; extraFiles: Record<string, string> })[] = [
  'save 900 1 300 10', 'save ""\nsave 900 1 300 10', 'save 900 1 300 10\nsave 60 100', 'save 900', 'save', 'save x 1', 'save 900 1 # note', 'save 0 1', 'save "900 1"',
  `bind ${Array.from({ length: 17 }, (_, i) => `127.0.0.${i + 1}`).join(' ')}`, 'bind', 'bind ""', 'bind 127.0.0.1 -::1',
  'client-output-buffer-limit normal 0 0 0 pubsub 32mb 8mb 60', 'client-output-buffer-limit normal 1x 0 0', 'client-output-buffer-limit normal 0 0 -1',
  'client-output-buffer-limit master 0 0 0', 'client-output-buffer-limit normal 0 0', 'client-output-buffer-limit normal -1 0 0', 'client-output-buffer-limit replica 256mb 64mb 60',
  'notify-keyspace-events KEA', 'notify-keyspace-events Q', 'notify-keyspace-events Ktd', 'notify-keyspace-events KEAm', 'notify-keyspace-events KEAn', 'notify-keyspace-events ""', 'notify-keyspace-events',
  'unixsocketperm 999', 'unixsocketperm 77x', 'unixsocketperm 1777', 'unixsocketperm 0700', 'unixsocketperm',
  'oom-score-adj-values 0 200', 'oom-score-adj-values "0 200 800"', 'oom-score-adj-values 0 200 3000',
  'replicaof 10.0.0.1 70000', 'replicaof 10.0.0.1 -1', 'replicaof 10.0.0.1 6379x', 'replicaof "10.0.0.1 6379"', 'replicaof no one', 'slaveof 10.0.0.1', 'replicaof 10.0.0.1 6379\ncluster-enabled yes',
  'dir ""', 'dir', 'logfile', 'cluster-config-file', 'cluster-config-file ""', 'dbfilename ""', 'appendfilename ""', 'appenddirname ""',
  { line: 'include ./conf.d/*.conf', extraFiles: { 'conf.d/a.conf': 'timeout 0\n' } },
  { line: 'include ./extra.conf', extraFiles: { 'extra.conf': 'maxclients 100\nbogus-directive 1\n' } },
  { line: 'include ./extra.conf\nsave 100 1\nsave 200 2', extraFiles: { 'extra.conf': 'save 300 3\n' } },
  'include', 'rename-command CONFIG|GET ""', 'rename-command', 'user', 'loadmodule',
  'list-max-ziplist-entries 1 2', 'list-max-ziplist-entries 512', 'lua-replicate-commands yes', 'mymodule.setting 1', 'mymodule.setting',
  'requirepass "a b"', 'requirepass a b', 'masterauth a b', 'latency-tracking-info-percentiles "50 99"', 'latency-tracking-info-percentiles 50 99 101',
  'locale-collate ""', 'locale-collate C', 'locale-collate xx_BOGUS.nothing', 'cluster-announce-human-nodename node-1', 'cluster-announce-human-nodename "bad name"',
  'cluster-announce-client-ipv4 10.0.0.1', 'cluster-announce-client-ipv4 10.0.0.300', 'cluster-announce-client-ipv6 ::1', 'cluster-announce-client-ipv6 zz::1',
  'primaryauth secret', 'primaryuser admin', 'masteruser admin', 'replica-announced yes', 'enable-debug-command local', 'max-new-connections-per-cycle 10',
  'hide-user-data-from-log yes', 'lazyfree-lazy-user-flush yes', 'maxmemory-clients 10%', 'io-threads 4', 'io-threads-do-reads yes',
  'user alice on >pw %~x +@all', 'user alice on >pw %R~x +get', 'user alice on >pw &x +@all', 'user alice on >pw ~* +@all (+get ~x)', 'user alice on >pw ~* +@nosuch',
  'user alice on >pw ~* +get|x', 'user alice on >pw ~* +select|0', 'user alice on >pw ~* +@all -@dangerous', 'user alice on >pw resetchannels allchannels ~* +@all',
  'aclfile ""', 'active-expire-effort 11', 'oom-score-adj relative', 'oom-score-adj yes', 'tracking-table-max-keys 0', 'jemalloc-bg-thread yes', 'tls-port 0',
];

interface VersionCase {
  readonly kind: 'conf' | 'sentinel';
  readonly base: string;
  readonly text: string;
  readonly stratum: string;
  readonly extraFiles?: Record<string, string>;
}

function place(base: string, name: string, line: string): string {
  const lines = base.split('\n');
  const word = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let index = lines.findIndex((l) => new RegExp(`^\\s*${word}(\\s|$)`, 'i').test(l));
  if (index === -1) index = lines.findIndex((l) => new RegExp(`^#\\s?${word}\\s`, 'i').test(l));
  if (index === -1) {
    lines.splice(Math.max(0, lines.length - 1), 0, line);
    return lines.join('\n');
  }
  lines[index] = line;
  return lines.join('\n');
}

async function versionCases(target: string, product: 'redis' | 'valkey', version: string, corpusDir: string): Promise<VersionCase[]> {
  const { getDirectives } = await import('../server/src/knowledge/directives.js');
  const { parseTarget } = await import('../server/src/knowledge/targets.js');
  const parsed = parseTarget(target);
  if (!parsed.ok) fail(parsed.message);
  const table = getDirectives(parsed.target);
  const old = getDirectives('redis-7.0');
  const base = `conf/${product}-${version}-default.conf`;
  const text = readFileSync(path.join(corpusDir, base), 'utf8');
  const out: VersionCase[] = [];
  for (const d of table.all()) {
    if (d.handledBy !== 'table' || d.ignored || d.name.includes('<') || !changedSince70(d, old.lookup(d.name)?.info)) continue;
    const values = valuesOf(d);
    for (const [kind, pool] of [['valid', values.valid], ['invalid', values.invalid]] as const) {
      for (const value of pool) out.push({ kind: 'conf', base, text: place(text, d.name, `${d.name} ${value}`), stratum: `version:type:${d.type}:${kind}` });
      for (const alias of kind === 'valid' ? d.aliases ?? [] : []) out.push({ kind: 'conf', base, text: place(text, d.name, `${alias} ${pool[0]}`), stratum: 'version:alias' });
    }
  }
  for (const item of VERSION_LINES) {
    const line = typeof item === 'string' ? item : item.line;
    const name = line.split(/\s/)[0];
    out.push({ kind: 'conf', base, text: place(text, name, line), stratum: `version:line:${name}`, ...(typeof item === 'string' ? {} : { extraFiles: item.extraFiles }) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  process.env.REDIS_SERVER = o.server;
  // Imported after REDIS_SERVER is set: the runner reads it once.
  const rs = await import('../test/support/redis-server.js');
  const { CORPUS_DIR, caseHash, verdictOfRedis } = await import('../test/oracle/harness.js');
  const { generateMutations, MUTATION_SEED } = await import('../test/oracle/mutations.js');
  const { lineEdit, sha256, caseText } = await import('../test/versions/cases.js');

  const reported = rs.redisServerVersion();
  if (reported !== o.version) fail(`${o.server} reports version ${reported ?? '(none)'}, not ${o.version}`);
  const { execFileSync } = await import('node:child_process');
  const versionOutput = execFileSync(o.server, ['--version'], { encoding: 'utf8' }).trim().replace(/ sha=\S+/, '').replace(/ build=\w+$/, '');
  const product = /^Valkey/i.test(versionOutput) ? 'valkey' : 'redis';
  const target = product === 'valkey' ? `valkey-${o.version}` : o.version;
  const out = o.out ?? path.join(ROOT, 'test/versions/fixtures', `${target}.json`);

  const corpusRef = (file: string): { corpus: string; sha256: string } => ({ corpus: file, sha256: sha256(readFileSync(path.join(CORPUS_DIR, file))) });
  const index = readFileSync(path.join(CORPUS_DIR, 'INDEX.tsv'), 'utf8').split('\n').map((l) => l.split('\t'));
  const repoOf = new Map(index.map((r) => [r[0], r[2]]));

  type Pending = Omit<FixtureCase, 'accepted' | 'reason'> & { input: import('../test/support/redis-server.js').RedisCheckInput };
  const pending: Pending[] = [];
  const seen = new Set<string>();
  const push = (p: Pending) => {
    if (seen.has(p.id)) return;
    seen.add(p.id);
    pending.push(p);
  };

  // 1. Corpus files, with the ACL and include files the corpus holds from the same repository
  // (as test/oracle/corpus.test.ts gives them).
  for (const dir of ['conf', 'sentinel'] as const) {
    for (const name of readdirSync(path.join(CORPUS_DIR, dir)).sort()) {
      const file = `${dir}/${name}`;
      const bytes = readFileSync(path.join(CORPUS_DIR, file));
      const kind = dir === 'sentinel' ? 'sentinel' : 'conf';
      const plan = rs.planEnvironment({ text: bytes, kind });
      const sameRepo = (d: string) => readdirSync(path.join(CORPUS_DIR, d)).map((f) => `${d}/${f}`).filter((f) => f !== file && repoOf.get(f) === repoOf.get(file));
      const extra: Record<string, FileRef> = {};
      for (const raw of bytes.toString('latin1').split('\n')) {
        const m = /^\s*(aclfile|include)\s+"?([^\s"]+)"?\s*$/i.exec(raw);
        if (!m) continue;
        const where = m[2].startsWith('/') ? m[2] : path.posix.join(plan.finalCwd, m[2]);
        const companion = m[1].toLowerCase() === 'aclfile'
          ? sameRepo('acl')[0]
          : sameRepo('conf').find((f) => path.basename(f).includes(path.basename(m[2]).replace(/\.conf$/, '')));
        if (companion) extra[where] = corpusRef(companion);
        else if (m[1].toLowerCase() === 'include') extra[where] = '';
      }
      const extraFiles = Object.keys(extra).length ? extra : undefined;
      const resolved = extraFiles && Object.fromEntries(Object.entries(extraFiles).map(([k, v]) => [k, typeof v === 'string' ? v : readFileSync(path.join(CORPUS_DIR, v.corpus))]));
      push({
        id: `corpus:${file}`, kind, stratum: 'corpus', ...corpusRef(file), ...(extraFiles ? { extraFiles } : {}),
        input: { text: bytes, kind, prepare: true, ...(resolved ? { extraFiles: resolved } : {}) },
      });
    }
  }

  // 2. config-cases.jsonl snippets, as recorded: nothing prepared.
  readFileSync(path.join(CORPUS_DIR, 'config-cases.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').forEach((l, i) => {
    const text = (JSON.parse(l) as { text: string }).text;
    push({ id: `config-case:${i}`, kind: 'conf', stratum: 'config-case', text, asIs: true, input: { text, kind: 'conf', prepare: false } });
  });

  // 3. Mutations: the 7.0 oracle's, then this release's own.
  const compact = (base: string, text: string, kind: 'conf' | 'sentinel') => {
    const baseText = readFileSync(path.join(CORPUS_DIR, base), 'utf8');
    for (const lineEnding of ['\r\n', '\r'] as const) {
      if (text === baseText.replace(/\r?\n/g, lineEnding)) return { ...corpusRef(base), lineEnding };
    }
    const stored = { ...corpusRef(base), edit: lineEdit(baseText, text) };
    if (caseText(stored) !== text) throw new Error(`cannot store a ${kind} mutation of ${base} compactly`);
    return stored;
  };
  for (const m of generateMutations()) {
    push({
      id: m.id, kind: m.kind, stratum: `mutation:${m.stratum}`, ...compact(m.base, m.text as string, m.kind), ...(m.extraFiles ? { extraFiles: m.extraFiles as Record<string, string> } : {}),
      input: { text: m.text, kind: m.kind, prepare: true, ...(m.extraFiles ? { extraFiles: m.extraFiles } : {}) },
    });
  }
  for (const v of await versionCases(target, product, o.version, CORPUS_DIR)) {
    push({
      id: `version:${caseHash(v.kind, v.text, v.extraFiles)}`, kind: v.kind, stratum: v.stratum, ...compact(v.base, v.text, v.kind), ...(v.extraFiles ? { extraFiles: v.extraFiles } : {}),
      input: { text: v.text, kind: v.kind, prepare: true, ...(v.extraFiles ? { extraFiles: v.extraFiles } : {}) },
    });
  }

  // 4. One line per name the server reports, with its built-in value.
  const defaults = await configGet(o.server);
  for (const [name, value] of Object.entries(defaults)) {
    if (/^(dir|unixsocket|port)$/.test(name)) continue;
    // Unquoted when it has spaces: multi-value settings are written that way.
    const text = `${name} ${/^$|["'\\]/.test(value) ? quote(value) : value}\n`;
    push({ id: `config-get:${name}`, kind: 'conf', stratum: 'config-get', text, input: { text, kind: 'conf', prepare: true } });
  }

  const run = o.limit ? pending.slice(0, o.limit) : pending;
  const started = Date.now();
  let done = 0;
  const results = await rs.runRedisChecks(run.map((p) => p.input), {
    ...(o.concurrency ? { concurrency: o.concurrency } : {}),
    onResult: () => {
      if (++done % 100 === 0) console.error(`  ${done}/${run.length} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    },
  });
  // A loaded config that did not answer PING in time on a busy machine: ask again, alone and
  // with more time, so that the fixture records the file's verdict, not the machine's load.
  for (let attempt = 0; attempt < 2; attempt++) {
    // SIGKILL (137) only ever comes from the runner's own deadline; real crashes are 134/139.
    const slow = run.flatMap((_, i) => (results[i].crash === 'exit 137' || results[i].crash === 'timeout' || /did not answer PING/.test(results[i].reason) ? [i] : []));
    if (slow.length === 0) break;
    console.error(`  retrying ${slow.length} startup failures that look like timeouts`);
    const again = await rs.runRedisChecks(slow.map((i) => ({ ...run[i].input, startupWaitMs: 20_000, timeoutMs: 40_000 })), { concurrency: 1 });
    slow.forEach((i, k) => {
      results[i] = again[k];
    });
  }
  const cases: FixtureCase[] = run.map(({ input: _input, ...c }, i) => {
    const r = results[i];
    const { file, ...v } = verdictOfRedis(r);
    return { ...c, ...v, ...(file !== undefined && file !== 'test.conf' ? { file } : {}), ...(r.startupSkipped ? { startupSkipped: true as const } : {}) };
  });

  const fixture: FixtureFile = {
    about: `What ${versionOutput.split(' ')[0]} ${o.version} did with each case (facts only; scripts/oracle-fixtures.ts, see test/versions/README.md). accepted = it loaded and started (answered PING); line/file = the first failing line it reported.`,
    server: { product, version: o.version, versionOutput, build: o.build },
    target,
    generator: { command: `tsx scripts/oracle-fixtures.ts --server <binary> --version ${o.version}`, mutationSeed: MUTATION_SEED },
    configGet: defaults,
    cases,
  };
  mkdirSync(path.dirname(out), { recursive: true });
  // One case per line: reviewable diffs when a fixture is re-created.
  const { cases: _cases, ...head } = fixture;
  const headJson = JSON.stringify(head, null, 1).replace(/\n}$/, '');
  writeFileSync(out, `${headJson},\n "cases": [\n${cases.map((c) => `  ${JSON.stringify(c)}`).join(',\n')}\n ]\n}\n`);
  const accepted = cases.filter((c) => c.accepted).length;
  console.error(`oracle-fixtures: ${cases.length} cases (${accepted} accepted, ${cases.length - accepted} refused) in ${((Date.now() - started) / 1000).toFixed(0)} s -> ${path.relative(process.cwd(), out)}`);
}

main().catch((e: unknown) => {
  console.error(`oracle-fixtures: internal error: ${(e as Error).stack ?? String(e)}`);
  process.exit(2);
});
