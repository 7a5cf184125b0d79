// Generated one-line mutations of real configs, with a fixed seed. Expected verdicts are never
// written here: the mutation suite asks the live redis-server for each case.
//
// Strata (see STRATA): every table directive of Redis 7.0 (directives.json) gets one valid and
// one invalid value of its type (bool, int/uint/long/ulong/longlong, memory, percent, octal,
// enum, multi-enum, string, sds), every special directive gets hand-picked edge cases, and the
// tokenizer / line rules (quotes, escapes, trailing comments, case, tabs, CRLF, BOM, typos) are
// applied to real directive lines. Sentinel files get their own strata. Each case replaces (or,
// for a few, inserts) lines of one base file taken from the corpus.
//
// Not generated, on purpose (the oracle's command line or machine would decide them, not the
// file): values that switch TLS on (the oracle passes --tls-port 0 --tls-replication no
// --tls-cluster no, as the corpus did), include/loadmodule/aclfile paths that do not exist
// (machine-dependent, never fatal for the linter), and `databases` near its maximum (the
// server runs out of memory at startup).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { caseHash, CORPUS_DIR, SHARED_DIR, type OracleCase } from './harness.js';

export interface Mutation extends OracleCase {
  /** `type:int`, `special:save`, `syntax:quotes`, `sentinel:monitor`… */
  readonly stratum: string;
  /** The directive mutated, canonical name (sentinel ones as `sentinel <sub>`). */
  readonly directive?: string;
  /** Its value type for 7.0 (directives.json), refined: `percent`, `octal`, `deprecated`. */
  readonly valueType?: string;
  /** Corpus file the case starts from. */
  readonly base: string;
  /** 1-based line of test.conf that was changed (the first one, when several). */
  readonly mutatedLine: number;
  /** The new text of that line, for reports. */
  readonly edit: string;
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------------------------
// Knowledge: directives of 7.0

interface DirectiveInfo {
  readonly name: string;
  readonly type: string;
  readonly min?: bigint;
  readonly max?: bigint;
  readonly enumValues?: readonly string[];
  readonly default?: string;
  readonly alias?: string;
  readonly octal?: boolean;
  readonly percent?: boolean;
  readonly deprecated?: boolean;
}

interface RawDirective {
  name: string;
  type: string;
  min?: number | string;
  max?: number | string;
  enumValues?: string[];
  default?: string | null;
  octal?: boolean;
  acceptsPercent?: boolean;
  status?: string;
  perVersion: Record<string, null | { type?: string; alias?: string | null; enumValues?: string[]; min?: number | string; max?: number | string; status?: string }>;
}

export function directives70(): DirectiveInfo[] {
  const data = JSON.parse(readFileSync(path.join(SHARED_DIR, 'reference', 'directives.json'), 'utf8')) as { directives: RawDirective[] };
  const out: DirectiveInfo[] = [];
  for (const d of data.directives) {
    const v = d.perVersion['redis@7.0.15'];
    if (!v) continue;
    const min = v.min ?? d.min;
    const max = v.max ?? d.max;
    out.push({
      name: d.name,
      type: v.type ?? d.type ?? 'special',
      ...(min !== undefined && min !== null ? { min: BigInt(String(min)) } : {}),
      ...(max !== undefined && max !== null ? { max: BigInt(String(max)) } : {}),
      ...(v.enumValues ?? d.enumValues ? { enumValues: v.enumValues ?? d.enumValues } : {}),
      ...(d.default ? { default: d.default } : {}),
      ...(v.alias ? { alias: v.alias } : {}),
      ...(d.octal ? { octal: true } : {}),
      ...(d.acceptsPercent ? { percent: true } : {}),
      ...(v.status === 'deprecated-ignored' || d.status === 'deprecated-ignored' ? { deprecated: true } : {}),
    });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The value type a directive stands for in the coverage table. */
export function refinedType(d: DirectiveInfo): string {
  if (d.deprecated) return 'deprecated';
  if (d.octal) return 'octal';
  if (d.percent) return 'percent';
  if (d.type === 'special' || d.type === undefined) return 'special';
  return d.type;
}

// ---------------------------------------------------------------------------------------------
// Values

const q = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

interface Values {
  readonly valid: readonly string[];
  readonly invalid: readonly string[];
}

/** Values that would change what the oracle's own command line decides, or exhaust memory. */
const VALID_OVERRIDES: Record<string, readonly string[]> = {
  'tls-port': ['0'],
  'tls-replication': ['no', 'NO'],
  'tls-cluster': ['no'],
  databases: ['1', '16', '1000'],
  daemonize: ['no', 'yes'],
  // Debian's build refuses `activedefrag yes` (system jemalloc): see divergences.json.
  activedefrag: ['no', 'NO'],
  'cluster-enabled': ['no', 'yes'],
  aclfile: ['""'],
  logfile: ['""', './redis.log', '/var/log/redis/redis-server.log', 'stdout.log'],
  dir: ['./', '.', '/var/lib/redis', '/data', 'data/sub'],
  pidfile: ['/var/run/redis_6379.pid', '""', 'redis.pid'],
  unixsocket: ['/tmp/redis.sock', '""'],
  dbfilename: ['dump.rdb', 'my-dump.rdb', '""'],
  appendfilename: ['appendonly.aof', '"my aof.aof"'],
  appenddirname: ['appendonlydir', 'aof'],
  'cluster-config-file': ['nodes-6379.conf', 'nodes.conf'],
  'cluster-announce-hostname': ['node-1.example.com', '""'],
  'proc-title-template': [q('{title} {listen-addr} {server-mode}'), q('{title}')],
  'server-cpulist': ['0', '0-1'],
  'bio-cpulist': ['0'],
  'aof-rewrite-cpulist': ['0-1'],
  'bgsave-cpulist': ['0'],
  'bind-source-addr': ['127.0.0.1', '""'],
  'tls-protocols': [q('TLSv1.2 TLSv1.3'), 'TLSv1.2'],
  'ignore-warnings': ['ARM64-COW-BUG', '""'],
};

const INVALID_OVERRIDES: Record<string, readonly string[]> = {
  dbfilename: ['a/b.rdb', '/var/lib/redis/dump.rdb', 'dump.rdb extra'],
  appendfilename: ['dir/appendonly.aof', '/x.aof'],
  appenddirname: ['a/b', '/aof'],
  'cluster-announce-hostname': ['bad_host!', q('has space')],
  'proc-title-template': [q('{bogus}'), q('{title')],
  logfile: ['.', '/', 'a b'],
  dir: ['""', "''", 'a b'],
  'server-cpulist': ['bogus', '1-0'],
  'bio-cpulist': ['x'],
  unixsocket: ['a b'],
  'tls-port': ['-1', '65536', '0x10'],
  databases: ['0', '-1', '2147483648', '1k'],
};

function intValues(d: DirectiveInfo): Values {
  const min = d.min ?? -(2n ** 63n);
  const max = d.max ?? 2n ** 63n - 1n;
  const mid = min < 0n && max > 0n ? 0n : min + 1n <= max ? min + 1n : min;
  const valid = [String(min), String(max), String(mid), ...(d.default && /^-?\d+$/.test(d.default) ? [d.default] : [])];
  const invalid = [
    ...(min > -(2n ** 63n) ? [String(min - 1n)] : []),
    ...(max < 2n ** 64n - 1n ? [String(max + 1n)] : []),
    '+1', '010', '0x10', '1k', '1.5', '1e3', q(' 1'), '""', 'ten', '-', '18446744073709551616', '1 2',
  ];
  if (d.octal) {
    return { valid: ['700', '0700', '777', '0', '0660', '770'], invalid: ['999', '0x1ff', 'rwx', '1000', '-1', '8', '""', '07777'] };
  }
  return { valid, invalid };
}

function memoryValues(d: DirectiveInfo): Values {
  const min = d.min ?? 0n;
  const valid = ['1k', '1kb', '1K', '1Kb', '1mb', '1MB', '1gb', '1g', '010mb', '100mb', '2gb', '1048576', String(d.max ?? 1n), ...(d.default ? [d.default] : [])]
    .filter((v) => !/^\d+$/.test(v) || BigInt(v) >= min);
  const invalid = ['1.5gb', '-1', '1tb', q('100 mb'), '100 mb', '100%', 'mb', '0x10', '""', '1kbb', q(' 1mb'), '1e6',
    ...(min > 0n ? [String(min - 1n), '1k'] : []), ...(d.max !== undefined ? [String(d.max + 1n)] : [])];
  if (d.percent) {
    return { valid: ['50%', '100%', '0%', '1gb', '0', '10mb'], invalid: ['101%', '1.5%', '%', '-1%', '200%', 'half', '-1', '1.5gb'] };
  }
  return { valid, invalid };
}

function valuesFor(d: DirectiveInfo): Values {
  let values: Values;
  switch (d.type) {
    case 'bool':
      values = { valid: ['yes', 'no', 'YES', 'No', "'yes'", '"no"'], invalid: ['1', 'true', 'on', '""', 'yes no', 'y', 'off', 'yess'] };
      break;
    case 'int': case 'uint': case 'long': case 'ulong': case 'longlong':
      values = intValues(d);
      break;
    case 'memory':
      values = memoryValues(d);
      break;
    case 'enum': {
      const e = d.enumValues ?? [];
      values = { valid: [...e, ...e.map((v) => v.toUpperCase())], invalid: ['bogus', '""', `${e[0]} ${e[1] ?? e[0]}`, `${e[0]}x`, '1'] };
      break;
    }
    case 'multi-enum':
      values = {
        valid: ['default', 'save', 'nosave', 'now', 'force', 'nosave now', q('save now force'), 'NOW', 'now force'],
        invalid: [q('save nosave'), 'save nosave', 'bogus', '""', 'default save', 'nosave bogus'],
      };
      break;
    case 'sds':
      values = { valid: ['s3cr3t-pass', '""', q('with space'), "'single'", q('esc\\x41aped'), 'pässwörd'], invalid: ['a b', 'x "y"z', '"unterminated'] };
      break;
    default:
      values = { valid: ['value', '""', q('quoted value'), 'x.y'], invalid: ['a b', '"unterminated', 'x "y"z'] };
  }
  return {
    valid: VALID_OVERRIDES[d.name] ?? values.valid,
    invalid: INVALID_OVERRIDES[d.name] ?? values.invalid,
  };
}

// ---------------------------------------------------------------------------------------------
// Special directives: whole lines (`name` is the directive the line sets)

interface Special {
  readonly directive: string;
  readonly lines: readonly string[];
  readonly extraFiles?: Readonly<Record<string, string>>;
  /** Where to put it: replace a line of the directive (default), or insert near the end. */
  readonly insert?: boolean;
  /** A base whose working directory stays the case directory (relative extra files are found). */
  readonly base?: string;
}

const ACL_OK = 'user default on nopass ~* &* +@all\nuser app on >apppass ~app:* +@read\n';
const ACL_BAD = 'user default on nopass ~* &* +@all\nuser app on >apppass ~app:* +@nosuchcategory\n';

const SPECIALS: readonly Special[] = [
  { directive: 'save', lines: ['save ""', "save ''", 'save 3600 1', 'save 3600 1 300 100 60 10000', 'save "3600 1 300 10"', 'save 900', 'save 900 1 300', 'save -1 1', 'save x 1', 'save 900 1 # every 15 min', 'save 0 0', 'save 1 -1', 'SAVE 60 1', 'save', 'save "" 1'] },
  { directive: 'bind', lines: ['bind 127.0.0.1', 'bind 127.0.0.1 ::1', 'bind * -::*', 'bind ""', 'bind 0.0.0.0', 'bind 127.0.0.1 # local only', `bind ${Array.from({ length: 17 }, (_, i) => `127.0.0.${i + 1}`).join(' ')}`, `bind ${Array.from({ length: 16 }, (_, i) => `127.0.0.${i + 1}`).join(' ')}`, 'bind', 'bind -127.0.0.1', 'bind "127.0.0.1 ::1"'] },
  { directive: 'client-output-buffer-limit', lines: ['client-output-buffer-limit normal 0 0 0', 'client-output-buffer-limit replica 256mb 64mb 60', 'client-output-buffer-limit slave 256mb 64mb 60', 'client-output-buffer-limit pubsub 32mb 8mb 60', 'client-output-buffer-limit master 0 0 0', 'client-output-buffer-limit normal 0 0', 'client-output-buffer-limit normal 1x 0 0', 'client-output-buffer-limit normal 0 0 -1', 'client-output-buffer-limit normal 0 0 0 pubsub 32mb 8mb 60', 'client-output-buffer-limit NORMAL 0 0 0', 'client-output-buffer-limit pubsub 1.5mb 0 0', 'client-output-buffer-limit normal 0 0 0 pubsub', 'client-output-buffer-limit replica -1 0 0'] },
  { directive: 'notify-keyspace-events', lines: ['notify-keyspace-events ""', 'notify-keyspace-events KEA', 'notify-keyspace-events Ex', 'notify-keyspace-events AKE$', 'notify-keyspace-events Q', 'notify-keyspace-events KEAm', 'notify-keyspace-events Kn', 'notify-keyspace-events Ktd', 'notify-keyspace-events kea', 'notify-keyspace-events KEA extra', 'notify-keyspace-events "K E"'] },
  { directive: 'oom-score-adj-values', lines: ['oom-score-adj-values 0 200 800', 'oom-score-adj-values 0 200', 'oom-score-adj-values -2001 0 0', 'oom-score-adj-values 0 200 2001', 'oom-score-adj-values a b c', 'oom-score-adj-values "0 200 800"', 'oom-score-adj-values -2000 0 2000', 'oom-score-adj-values 0 200 800 1000'] },
  { directive: 'latency-tracking-info-percentiles', lines: ['latency-tracking-info-percentiles 50 99 99.9', 'latency-tracking-info-percentiles ""', 'latency-tracking-info-percentiles 101', 'latency-tracking-info-percentiles -1', 'latency-tracking-info-percentiles abc', 'latency-tracking-info-percentiles 50 99.9 100', 'latency-tracking-info-percentiles "50 99"', 'latency-tracking-info-percentiles 0'] },
  { directive: 'replicaof', lines: ['replicaof 127.0.0.1 6379', 'replicaof no one', 'replicaof NO ONE', 'replicaof 10.0.0.1 70000', 'replicaof 10.0.0.1', 'replicaof 10.0.0.1 -1', 'replicaof redis-master 6379', 'slaveof 127.0.0.1 6380', 'replicaof 10.0.0.1 6379 extra', 'replicaof "10.0.0.1 6379"'] },
  { directive: 'rename-command', lines: ['rename-command CONFIG ""', 'rename-command CONFIG b840fc02d524045429941cc15f59e41cb7be6c52', 'rename-command NOSUCHCOMMAND ""', 'rename-command GET SET', 'rename-command config', 'rename-command FLUSHALL ""\nrename-command FLUSHALL ""', 'rename-command "CONFIG" "MYCONFIG"', 'rename-command config myconfig extra', 'rename-command KEYS ""', 'rename-command DEBUG ""\nrename-command SHUTDOWN ""', 'rename-command CONFIG|GET ""'] },
  { directive: 'user', lines: ['user alice on >pw ~* +@all', 'user alice on >pw ~* +@all\nuser alice off', 'user alice on >pw ~* +@nosuch', 'user alice on >pw ~* +get|', 'user alice on allkeys ~x', 'user alice on nopass <pw', 'user alice', 'user alice on #aaaa', 'user alice on (~x* +get)', 'user alice on "(~x* +get)"', 'user alice on resetchannels &x', 'user default on nopass ~* &* +@all', 'user default off', 'user alice on >pw %R~read:* %W~write:* +@all', 'user alice on >pw ~* +@all -flushall +config|get', 'user', 'user alice on >pw ~* +nosuchcommand', 'user alice on >pw ~* (+get ~x', 'USER bob on >pw ~* +@read'] },
  { directive: 'include', lines: ['include ./extra.conf'], extraFiles: { 'extra.conf': 'maxclients 100\n' }, base: 'conf/redis-7.0.15-default.conf' },
  { directive: 'include', lines: ['include ./extra.conf'], extraFiles: { 'extra.conf': '# comment\nmaxclients x\n' }, base: 'conf/redis-7.0.15-default.conf' },
  { directive: 'include', lines: ['include ./conf.d/*.conf'], extraFiles: { 'conf.d/a.conf': 'timeout 0\n', 'conf.d/b.conf': 'hz 10\nbogus-directive 1\n' }, base: 'conf/redis-7.0.15-default.conf' },
  { directive: 'include', lines: ['include ./nothing-matches-*.conf', 'include ""', 'include', 'include a.conf b.conf'] },
  { directive: 'include', lines: ['include /etc/redis/local.conf'], extraFiles: { '/etc/redis/local.conf': 'save ""\nappendonly yes\n' } },
  { directive: 'aclfile', lines: ['aclfile ./users.acl'], extraFiles: { 'users.acl': ACL_OK }, base: 'conf/redis-7.0.15-default.conf' },
  { directive: 'aclfile', lines: ['aclfile ./users.acl'], extraFiles: { 'users.acl': ACL_BAD }, base: 'conf/redis-7.0.15-default.conf' },
  { directive: 'aclfile', lines: ['aclfile /etc/redis/users.acl\nuser bob on >pw ~* +@all'], extraFiles: { '/etc/redis/users.acl': ACL_OK } },
  { directive: 'aclfile', lines: ['aclfile ./users.acl'], extraFiles: { 'users.acl': '# comment\nuser default on nopass ~* +@all\n' }, base: 'conf/redis-7.0.15-default.conf' },
  { directive: 'loadmodule', lines: ['loadmodule', 'mymodule.setting 1', 'mymodule.setting', 'mymodule.setting "a b" c'] },
  { directive: 'sentinel', lines: ['sentinel monitor mymaster 127.0.0.1 6379 2', 'sentinel', 'SENTINEL deny-scripts-reconfig yes'] },
  { directive: 'list-max-ziplist-entries', lines: ['list-max-ziplist-entries 512', 'list-max-ziplist-entries', 'list-max-ziplist-entries 1 2', 'list-max-ziplist-value 64', 'lua-replicate-commands yes', 'lua-replicate-commands yes no', 'list-max-ziplist-entries bogus'] },
  { directive: 'dir', lines: ['dir /var/lib/redis\ndbfilename dump.rdb', 'dir ./\ndir ./sub', 'dir "/data/redis farm"'] },
  { directive: 'logfile', lines: ['logfile .', 'logfile /', 'logfile /var/log/redis/redis.log'] },
  { directive: 'cluster-enabled', lines: ['cluster-enabled yes\nreplicaof 127.0.0.1 6379', 'cluster-enabled yes\ncluster-config-file nodes-1.conf'] },
  { directive: 'shutdown-on-sigint', lines: ['shutdown-on-sigint save nosave', 'shutdown-on-sigterm "nosave now"', 'shutdown-on-sigint default now'] },
  { directive: 'unixsocketperm', lines: ['unixsocketperm 700', 'unixsocketperm 999', 'unixsocketperm 0777', 'unixsocketperm 1777'] },
  { directive: 'maxmemory-clients', lines: ['maxmemory-clients 101%', 'maxmemory-clients 5%', 'maxmemory-clients 0', 'maxmemory-clients half', 'maxmemory-clients 1.5%'] },
  { directive: 'requirepass', lines: ['requirepass foo"bar baz"', 'requirepass "a\\x4"', "requirepass 'a\\n'", 'requirepass ""'] },
];

// ---------------------------------------------------------------------------------------------
// Syntax: transformations of a real directive line

type LineTransform = (line: string, rng: Rng) => string;

const SYNTAX: Readonly<Record<string, LineTransform>> = {
  'trailing-comment': (l) => `${l} # set by ops`,
  'trailing-hash-word': (l) => `${l} #note`,
  'unbalanced-double': (l) => l.replace(/ (\S+)$/, ' "$1'),
  'unbalanced-single': (l) => l.replace(/ (\S+)$/, " '$1"),
  'text-after-quote': (l) => l.replace(/ (\S+)$/, ' "$1"x'),
  'quoted-value': (l) => l.replace(/ (\S+)$/, ' "$1"'),
  'single-quoted-value': (l) => l.replace(/ (\S+)$/, " '$1'"),
  'hex-escape': (l) => l.replace(/ (\S+)$/, (_m, v: string) => ` "${[...v].map((c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')}"`),
  'short-hex-escape': (l) => l.replace(/ (\S+)$/, ' "$1\\x4"'),
  'backslash-in-single': (l) => l.replace(/ (\S+)$/, " '$1\\n'"),
  'trailing-backslash-in-double': (l) => l.replace(/ (\S+)$/, ' "$1\\"'),
  'upper-name': (l) => l.replace(/^(\S+)/, (m) => m.toUpperCase()),
  'mixed-case-name': (l) => l.replace(/^(\S+)/, (m) => [...m].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('')),
  'upper-value': (l) => l.replace(/ (\S+)$/, (_m, v: string) => ` ${v.toUpperCase()}`),
  'tab-separator': (l) => l.replace(/ +/g, '\t'),
  'indented': (l) => `    ${l}`,
  'tab-indented': (l) => `\t${l}`,
  'trailing-spaces': (l) => `${l}  \t `,
  'crlf-line': (l) => `${l}\r`,
  'vertical-tab-in-value': (l) => l.replace(/ (\S)(\S*)$/, ' $1\v$2'),
  'form-feed-separator': (l) => l.replace(/ /, ' \f'),
  'lone-cr-join': (l) => `${l}\rport 6379`,
  'two-directives': (l) => `${l} maxclients 10`,
  'typo-drop-letter': (l, rng) => l.replace(/^(\S+)/, (m) => {
    const i = 1 + rng.int(m.length - 1);
    return m.slice(0, i) + m.slice(i + 1);
  }),
  'typo-swap-letters': (l, rng) => l.replace(/^(\S+)/, (m) => {
    const i = rng.int(m.length - 1);
    return m[i] === m[i + 1] ? `${m}x` : m.slice(0, i) + m[i + 1] + m[i] + m.slice(i + 2);
  }),
  'typo-underscore': (l) => l.replace(/^(\S+)/, (m) => (m.includes('-') ? m.replace(/-/g, '_') : `${m}_x`)),
  'no-value': (l) => l.replace(/ .*$/, ''),
  'extra-value': (l) => `${l} extra`,
  'empty-quoted-value': (l) => l.replace(/ (\S+)$/, ' ""'),
  'quoted-name': (l) => l.replace(/^(\S+)/, '"$1"'),
  'non-ascii-value': (l) => l.replace(/ (\S+)$/, ' värde'),
  'nul-byte': (l) => `${l}\0garbage`,
};

const WHOLE_FILE: Readonly<Record<string, (text: string) => string>> = {
  'crlf-file': (t) => t.replace(/\r?\n/g, '\r\n'),
  'bom': (t) => `\ufeff${t}`,
  'no-final-newline': (t) => t.replace(/\n+$/, ''),
  'cr-only-file': (t) => t.replace(/\r?\n/g, '\r'),
};

const UNKNOWN_LINES = ['maxmemroy 100mb', 'bogus-directive yes', 'requirepas secret', 'bind-addr 0.0.0.0', 'appendonly-fsync always', 'list-max-ziplist-size -2', 'lazyfree-lazy-user-flush yes', 'io-threads-do-reads yes', 'locale-collate ""', 'enable-debug-command local', 'cluster-announce-human-nodename foo', 'max-new-connections-per-cycle 10', 'hide-user-data-from-log yes', 'repl-min-slaves-to-write 1', '""', '" "', 'foo.bar', 'port6379', 'hash-max-ziplist-entries 512', 'slave-read-only yes', 'vm-enabled no', 'glueoutputbuf yes', 'maxmemory-clients 10%'];

// ---------------------------------------------------------------------------------------------
// Sentinel

const SENTINEL_LINES: readonly { directive: string; line: string; insert?: boolean }[] = [
  { directive: 'sentinel monitor', line: 'sentinel monitor mymaster 127.0.0.1 6379 0' },
  { directive: 'sentinel monitor', line: 'sentinel monitor mymaster 127.0.0.1 6379 -1' },
  { directive: 'sentinel monitor', line: 'sentinel monitor mymaster redis-master 6379 2' },
  { directive: 'sentinel monitor', line: 'sentinel resolve-hostnames yes\nsentinel monitor mymaster redis-master 6379 2' },
  { directive: 'sentinel monitor', line: 'sentinel monitor mymaster 127.0.0.1 abc 2' },
  { directive: 'sentinel monitor', line: 'sentinel monitor mymaster 127.0.0.1 70000 2' },
  { directive: 'sentinel monitor', line: 'sentinel monitor mymaster 127.0.0.1 6379' },
  { directive: 'sentinel monitor', line: 'sentinel monitor mymaster 127.0.0.1 6379 2 extra' },
  { directive: 'sentinel monitor', line: 'sentinel monitor mymaster 127.0.0.1 6379 2\nsentinel monitor mymaster 127.0.0.2 6379 2' },
  { directive: 'sentinel monitor', line: 'sentinel monitor other 10.0.0.1 6379 1', insert: true },
  { directive: 'sentinel monitor', line: 'SENTINEL MONITOR mymaster 127.0.0.1 6379 2' },
  { directive: 'sentinel monitor', line: 'sentinel monitor "my master" 127.0.0.1 6379 2' },
  { directive: 'sentinel monitor', line: 'sentinel monitor mymaster ::1 6379 2' },
  { directive: 'sentinel down-after-milliseconds', line: 'sentinel down-after-milliseconds mymaster 0' },
  { directive: 'sentinel down-after-milliseconds', line: 'sentinel down-after-milliseconds mymaster 5000' },
  { directive: 'sentinel down-after-milliseconds', line: 'sentinel down-after-milliseconds nosuchmaster 5000' },
  { directive: 'sentinel down-after-milliseconds', line: 'sentinel down-after-milliseconds mymaster -5' },
  { directive: 'sentinel down-after-milliseconds', line: 'sentinel down-after-milliseconds mymaster' },
  { directive: 'sentinel failover-timeout', line: 'sentinel failover-timeout mymaster 60000' },
  { directive: 'sentinel failover-timeout', line: 'sentinel failover-timeout mymaster 0' },
  { directive: 'sentinel failover-timeout', line: 'sentinel failover-timeout mymaster 1m' },
  { directive: 'sentinel parallel-syncs', line: 'sentinel parallel-syncs mymaster 5' },
  { directive: 'sentinel parallel-syncs', line: 'sentinel parallel-syncs mymaster abc' },
  { directive: 'sentinel parallel-syncs', line: 'sentinel parallel-syncs other 1' },
  { directive: 'sentinel notification-script', line: 'sentinel notification-script mymaster /var/redis/notify.sh' },
  { directive: 'sentinel client-reconfig-script', line: 'sentinel client-reconfig-script mymaster /var/redis/reconfig.sh' },
  { directive: 'sentinel auth-pass', line: 'sentinel auth-pass mymaster "s3cr3t pass"' },
  { directive: 'sentinel auth-pass', line: 'sentinel auth-pass mymaster' },
  { directive: 'sentinel auth-user', line: 'sentinel auth-user mymaster sentinel-user' },
  { directive: 'sentinel config-epoch', line: 'sentinel config-epoch mymaster 3' },
  { directive: 'sentinel leader-epoch', line: 'sentinel leader-epoch mymaster 3' },
  { directive: 'sentinel known-replica', line: 'sentinel known-replica mymaster 10.0.0.2 6379' },
  { directive: 'sentinel known-replica', line: 'sentinel known-replica mymaster 10.0.0.2' },
  { directive: 'sentinel known-sentinel', line: 'sentinel known-sentinel mymaster 10.0.0.3 26379 0123456789abcdef0123456789abcdef01234567' },
  { directive: 'sentinel rename-command', line: 'sentinel rename-command mymaster CONFIG GUESSME' },
  { directive: 'sentinel rename-command', line: 'sentinel rename-command mymaster CONFIG A\nsentinel rename-command mymaster CONFIG B' },
  { directive: 'sentinel master-reboot-down-after-period', line: 'sentinel master-reboot-down-after-period mymaster 0' },
  { directive: 'sentinel master-reboot-down-after-period', line: 'sentinel master-reboot-down-after-period mymaster -1' },
  { directive: 'sentinel current-epoch', line: 'sentinel current-epoch 5' },
  { directive: 'sentinel myid', line: 'sentinel myid 0123456789abcdef0123456789abcdef01234567' },
  { directive: 'sentinel myid', line: 'sentinel myid 12345' },
  { directive: 'sentinel announce-ip', line: 'sentinel announce-ip 10.0.0.5' },
  { directive: 'sentinel announce-port', line: 'sentinel announce-port 26380' },
  { directive: 'sentinel deny-scripts-reconfig', line: 'sentinel deny-scripts-reconfig no' },
  { directive: 'sentinel deny-scripts-reconfig', line: 'sentinel deny-scripts-reconfig maybe' },
  { directive: 'sentinel resolve-hostnames', line: 'sentinel resolve-hostnames maybe' },
  { directive: 'sentinel announce-hostnames', line: 'sentinel announce-hostnames yes' },
  { directive: 'sentinel announce-hostnames', line: 'sentinel announce-hostnames 1' },
  { directive: 'sentinel sentinel-user', line: 'sentinel sentinel-user admin' },
  { directive: 'sentinel sentinel-pass', line: 'sentinel sentinel-pass "p w"' },
  { directive: 'sentinel bogus', line: 'sentinel bogus-option mymaster 1' },
  { directive: 'sentinel bogus', line: 'sentinel' },
  { directive: 'sentinel bogus', line: 'sentinel down-after-milliseconds mymaster 5000 # five seconds' },
  { directive: 'port', line: 'port 26380' },
  { directive: 'port', line: 'port 70000' },
  { directive: 'dir', line: 'dir /tmp' },
  { directive: 'dir', line: 'dir ""' },
  { directive: 'logfile', line: 'logfile /var/log/redis/sentinel.log' },
  { directive: 'protected-mode', line: 'protected-mode maybe' },
  { directive: 'requirepass', line: 'requirepass sentinelpass' },
  { directive: 'user', line: 'user admin on >pw ~* +@all', insert: true },
  { directive: 'bogus', line: 'bogus-directive 1', insert: true },
  { directive: 'maxclients', line: 'maxclients 100 # max' },
];

// ---------------------------------------------------------------------------------------------
// Bases

const CONF_BASES = [
  'conf/redis-7.0.15-default.conf',
  'conf/redis-7.0.15-default.conf',
  'conf/redis-7.0.15-default.conf',
  'conf/laradock-redis.conf',
  'conf/trivialsec-redis.conf',
  'conf/openvas-redis.conf',
  'conf/ot-container-kit-redis.conf',
  'conf/redis-tests-assets-default.conf',
  'conf/1flow-dockerfiles-redis.conf',
  'conf/sentry-self-hosted-redis.conf',
];
const SENTINEL_BASES = ['sentinel/redis-7.0.15-sentinel-default.conf', 'sentinel/redis-7.0.15-sentinel-default.conf', 'sentinel/promphp-sentinel.conf', 'sentinel/rustis-sentinel.conf'];

function readBase(file: string): string {
  return readFileSync(path.join(CORPUS_DIR, file), 'utf8');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces a line of `directive` (active first, then a commented example, then a blank or comment line) with `newText`. */
function place(base: string, directive: string, newText: string, rng: Rng, insert = false): { text: string; line: number } {
  const lines = base.split('\n');
  let index: number;
  if (insert) {
    index = Math.max(0, lines.length - 1 - rng.int(Math.min(20, lines.length)));
    lines.splice(index, 0, newText);
    return { text: lines.join('\n'), line: index + 1 };
  }
  const name = escapeRegExp(directive);
  const active = lines.flatMap((l, i) => (new RegExp(`^\\s*${name}(\\s|$)`, 'i').test(l) ? [i] : []));
  const commented = lines.flatMap((l, i) => (new RegExp(`^#\\s?${name}\\s`, 'i').test(l) ? [i] : []));
  const filler = lines.flatMap((l, i) => (/^\s*(#.*)?\r?$/.test(l) && i < lines.length - 1 ? [i] : []));
  const pool = active.length ? active : commented.length ? commented : filler;
  index = pool.length ? rng.pick(pool) : lines.length - 1;
  const crlf = lines[index].endsWith('\r');
  lines[index] = newText.split('\n').map((l) => (crlf ? `${l}\r` : l)).join('\n');
  return { text: lines.join('\n'), line: index + 1 };
}

/** Active directive lines of a base: `[index, name]`, with simple `name value` shape for the syntax strata. */
function directiveLines(base: string): [number, string][] {
  return base.split('\n').flatMap((l, i): [number, string][] => {
    const m = /^([a-z][a-z0-9-]*) +([^\s"'#][^\s"'#]*)\r?$/.exec(l);
    return m && !/^(include|rename-command|user|dir|logfile|loadmodule|aclfile|sentinel)$/.test(m[1]) ? [[i, m[1]]] : [];
  });
}

// ---------------------------------------------------------------------------------------------

export const MUTATION_SEED = 0x7e5715;

export function generateMutations(seed: number = MUTATION_SEED): Mutation[] {
  const rng = new Rng(seed);
  const out: Mutation[] = [];
  const seen = new Set<string>();
  const bases = new Map<string, string>();
  const baseText = (file: string) => {
    let t = bases.get(file);
    if (t === undefined) bases.set(file, (t = readBase(file)));
    return t;
  };
  const add = (m: Omit<Mutation, 'id'>) => {
    const hash = caseHash(m.kind, m.text, m.extraFiles);
    if (seen.has(hash)) return;
    seen.add(hash);
    out.push({ id: `mutation:${hash}`, ...m });
  };
  const dirs = directives70();
  const byName = new Map(dirs.map((d) => [d.name, d]));

  // 1. Table directives: one valid and one invalid value each.
  for (const d of dirs) {
    const t = refinedType(d);
    if (t === 'special' || t === 'deprecated') continue;
    const values = valuesFor(d);
    for (const [kind, pool] of [['valid', values.valid], ['invalid', values.invalid]] as const) {
      const file = rng.pick(CONF_BASES);
      const name = d.alias && rng.chance(0.25) ? d.alias : d.name;
      const edit = `${name} ${rng.pick(pool)}`;
      const placed = place(baseText(file), d.name, edit, rng);
      add({ kind: 'conf', text: placed.text, stratum: `type:${t}:${kind}`, directive: d.name, valueType: t, base: file, mutatedLine: placed.line, edit });
    }
  }

  // 2. Special directives.
  for (const s of SPECIALS) {
    for (const line of s.lines) {
      const file = s.base ?? rng.pick(CONF_BASES);
      const placed = place(baseText(file), s.directive, line, rng, s.insert);
      const d = byName.get(s.directive);
      add({
        kind: 'conf', text: placed.text, ...(s.extraFiles ? { extraFiles: s.extraFiles } : {}), stratum: `special:${s.directive}`,
        directive: s.directive, valueType: d ? refinedType(d) : 'special', base: file, mutatedLine: placed.line, edit: line,
      });
    }
  }

  // 3. Syntax: each transformation on three random simple directive lines of random bases.
  for (const [name, transform] of Object.entries(SYNTAX)) {
    for (let k = 0; k < 3; k++) {
      const file = rng.pick(CONF_BASES);
      const text = baseText(file);
      const candidates = directiveLines(text);
      const [index, directive] = rng.pick(candidates);
      const lines = text.split('\n');
      const crlf = lines[index].endsWith('\r');
      const edited = transform(lines[index].replace(/\r$/, ''), rng) + (crlf ? '\r' : '');
      lines[index] = edited;
      const d = byName.get(directive);
      add({ kind: 'conf', text: lines.join('\n'), stratum: `syntax:${name}`, directive, ...(d ? { valueType: refinedType(d) } : {}), base: file, mutatedLine: index + 1, edit: edited });
    }
  }
  for (const [name, transform] of Object.entries(WHOLE_FILE)) {
    for (const file of [CONF_BASES[0], CONF_BASES[3], SENTINEL_BASES[0]]) {
      add({ kind: file.startsWith('sentinel/') ? 'sentinel' : 'conf', text: transform(baseText(file)), stratum: `syntax:${name}`, base: file, mutatedLine: 1, edit: `(whole file: ${name})` });
    }
  }
  for (const line of UNKNOWN_LINES) {
    const file = rng.pick(CONF_BASES);
    const placed = place(baseText(file), '#', line, rng, rng.chance(0.3));
    add({ kind: 'conf', text: placed.text, stratum: 'syntax:unknown-directive', base: file, mutatedLine: placed.line, edit: line });
  }

  // 4. Sentinel files.
  for (const s of SENTINEL_LINES) {
    const file = rng.pick(SENTINEL_BASES);
    const placed = place(baseText(file), s.directive, s.line, rng, s.insert);
    add({ kind: 'sentinel', text: placed.text, stratum: `sentinel:${s.directive.replace(/^sentinel /, '')}`, directive: s.directive, valueType: 'sentinel', base: file, mutatedLine: placed.line, edit: s.line });
  }
  return out;
}

/** Every message of PARSING.md §4 that Redis 7.0 can produce from a config file (prefixes). */
export const MESSAGES_70: readonly string[] = [
  'Unbalanced quotes in configuration line',
  'Bad directive or wrong number of arguments',
  'wrong number of arguments',
  "argument must be 'yes' or 'no'",
  "argument couldn't be parsed into an integer",
  'argument must be between ',
  'argument must be a memory value',
  'argument must be a memory or percent value',
  'percentage argument must be less or equal to 100',
  "argument couldn't be parsed as an octal number",
  'argument(s) must be one of the following: ',
  'Invalid save parameters',
  'Too many bind addresses specified.',
  'Invalid client class specified in buffer limit configuration.',
  'Wrong number of arguments in buffer limit configuration.',
  'Error in hard, soft or soft_seconds setting in buffer limit configuration.',
  "Invalid event class character. Use 'Ag$lshzxeKEtmdn'.",
  'Invalid oom-score-adj-values, elements must be between -2000 and 2000.',
  'latency-tracking-info-percentiles parameters should sit between [0.0,100.0]',
  "dbfilename can't be a path, just a filename",
  "appendfilename can't be a path, just a filename",
  "appenddirname can't be a path, just a dirname",
  'Hostnames may only contain alphanumeric characters, hyphens or dots',
  'Module config specified without value',
  'sentinel directive while not in sentinel mode',
  'No such command in rename-command',
  'Target command name already exists',
  "Can't open the log file: ",
  'Error in user declaration ',
];
