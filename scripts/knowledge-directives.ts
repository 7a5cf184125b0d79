// Generates server/src/knowledge/data/directives-<target>.json and sentinel-<target>.json from the
// shared reference (directives.json, sentinel.json).
//
//   npx tsx scripts/knowledge-directives.ts [--reference DIR] [--out DIR]
//
// Output is stable: sorted keys, one directive per line; regenerating gives identical bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KNOWN_TARGETS, type DataId, type KnownTarget } from '../server/src/knowledge/targets.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Reference shapes (only what is read here)

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface RefVersion {
  name: string;
  alias?: string | null;
  aliases?: string[];
  type?: string | null;
  default?: string | null;
  flags?: string[];
  min?: number | string;
  max?: number | string;
  enumValues?: string[];
  handledBy?: string;
  argcCondition?: string;
  modifiableViaConfigSet?: boolean;
  conditionalCompile?: string[] | null;
  status?: string;
}

interface RefDirective {
  name: string;
  aliases: string[];
  type: string;
  arity: number | string;
  default: string | null;
  flags: string[];
  since: string | null;
  sinceValkeyTag: string | null;
  description: string;
  securityNote?: string;
  emptyStringPolicy?: string;
  units?: string;
  valueSyntax?: string;
  multiEnumRules?: string;
  deprecatedNote?: string;
  note6x?: string;
  octal?: boolean;
  acceptsPercent?: boolean;
  repetition: string;
  perVersion: Record<string, RefVersion | null>;
  history: { from: string; to: string; changes: string[] }[];
}

interface RefDirectives {
  meta: { generatedFrom: Record<string, Record<string, string>> };
  directives: RefDirective[];
}

// ---------------------------------------------------------------------------------------------
// Facts where the reference disagrees with the real server. Each is applied to the listed
// targets and leaves a `note` in the data saying what was changed and why.

interface Correction {
  targets: readonly DataId[];
  name: string;
  set: Record<string, Json>;
  note: string;
}

const CORRECTIONS: Correction[] = [
  {
    targets: ['redis-6.0', 'redis-6.2'],
    name: 'unixsocketperm',
    set: { min: '0', max: '511' },
    note:
      '6.x special case: strtol(value, NULL, 8), then "Invalid socket file permissions" when above 0777. ' +
      'Parsing stops at the first non-octal digit without error, so `999` is taken as 0 and `77x` as 077 ' +
      '(6.0.20/6.2.16 config.c; glibc strtol checked).',
  },
  {
    targets: ['redis-7.0', 'redis-7.2', 'redis-7.4', 'redis-8.0', 'valkey-7.2', 'valkey-8.0'],
    name: 'unixsocketperm',
    set: {},
    note:
      'min/max are decimal (0..511) but the range error prints them in octal: ' +
      '`argument must be between 0 and 777 inclusive` (live 7.0.15, `unixsocketperm 1000`).',
  },
  {
    targets: ['redis-6.0', 'redis-6.2'],
    name: 'save',
    set: { default: '3600 1 300 100 60 10000' },
    note:
      'Built-in default is 3600 1 300 100 60 10000 (initServerConfig in 6.0.20/6.2.16 server.c; live `CONFIG GET save` ' +
      'of 6.2.16 without a config file, test/versions/fixtures/6.2.16.json). 900 1 300 10 60 10000 were the save lines of the old stock redis.conf.',
  },
  {
    targets: ['redis-6.0'],
    name: 'client-query-buffer-limit',
    set: {},
    note: '6.0 special case: memtoll(value) without an error check, so no value is ever rejected (6.0.20 config.c).',
  },
  {
    targets: ['redis-6.0'],
    name: 'requirepass',
    set: {},
    note: '6.0 special case: a value longer than 512 bytes fails with `Password is longer than CONFIG_AUTHPASS_MAX_LEN`.',
  },
];

// ---------------------------------------------------------------------------------------------

const refKey = (t: KnownTarget): string => `${t.product}@${t.dataVersion}`;

/** `6.2.16` → [6, 2, 16]; `8.0-m01` → [8, 0, -1] (before 8.0.0). */
function versionParts(v: string): number[] {
  const [main, pre] = v.split('-');
  const parts = main.split('.').map(Number);
  while (parts.length < 3) parts.push(0);
  if (pre) parts[2] = -1;
  return parts;
}

function lineOf(v: string): string {
  return versionParts(v).slice(0, 2).join('.');
}

function compareVersions(a: string, b: string): number {
  const pa = versionParts(a);
  const pb = versionParts(b);
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
}

/** Loader-level argument count: what is checked before the value is parsed. */
function argsFromCondition(cond: string | undefined): { min: number; max?: number } {
  if (!cond || cond === '(any)') return { min: 0 };
  if (cond === 'exactly 1 value') return { min: 1, max: 1 };
  if (cond === '&& argc == 1 + CONFIG_OOM_COUNT') return { min: 3, max: 3 };
  if (cond === 'name contains "."') return { min: 1 };
  const eq = /^&& argc == (\d+)$/.exec(cond);
  if (eq) return { min: Number(eq[1]) - 1, max: Number(eq[1]) - 1 };
  const ge = /^&& argc >= (\d+)$/.exec(cond);
  if (ge) return { min: Number(ge[1]) - 1 };
  throw new Error(`unknown argcCondition ${cond}`);
}

/** The reference writes an empty default as `""` in a few places and uses `(…)` for prose. */
function normalizeDefault(value: string | null | undefined): { default: string | null; defaultNote?: string } {
  if (value === undefined || value === null) return { default: null };
  if (value === '""') return { default: '' };
  if (/^\(.*\)$/.test(value)) return { default: null, defaultNote: value.slice(1, -1) };
  return { default: value };
}

/** Valkey's first tag in the reference is 7.2.5: a directive there came with the fork from Redis. */
function sinceFor(d: RefDirective, t: KnownTarget): string | undefined {
  if (t.product === 'valkey' && d.sinceValkeyTag && d.sinceValkeyTag !== '7.2.5') return `valkey ${d.sinceValkeyTag}`;
  return d.since ? `redis ${d.since}` : undefined;
}

function buildDirective(d: RefDirective, v: RefVersion, t: KnownTarget, secret: boolean): Record<string, Json> {
  const isModuleConfig = d.name === '<module>.<config>';
  const ignored = v.status === 'deprecated-ignored' || (d.deprecatedNote !== undefined && v.type === 'special');
  let handledBy: string;
  let args: { min: number; max?: number };
  let argsError: string;
  if (v.status === 'deprecated-ignored') {
    handledBy = 'deprecated-list';
    args = argsFromCondition(v.argcCondition);
    argsError = 'Bad directive or wrong number of arguments';
  } else if (v.handledBy) {
    handledBy = 'special';
    args = argsFromCondition(v.argcCondition);
    argsError = isModuleConfig ? 'Module config specified without value' : 'Bad directive or wrong number of arguments';
  } else {
    handledBy = 'table';
    args = v.flags?.includes('MULTI_ARG') ? { min: 0 } : { min: 1, max: 1 };
    argsError = 'wrong number of arguments';
  }

  // `type` says how the value is written; for 6.x special cases the reference's per-version
  // type is just "special", so the value syntax comes from the directive's general type.
  let type = v.type && v.type !== 'special' ? v.type : d.type;
  if (ignored) type = 'special';
  if (d.octal && (type === 'uint' || type === 'int')) type = 'octal';

  let flags = v.flags ?? [];
  if (!v.flags && v.modifiableViaConfigSet !== undefined && 'default' in v) {
    flags = [v.modifiableViaConfigSet ? 'MODIFIABLE' : 'IMMUTABLE'];
  }

  // In 6.x `slaveof` and `replicaof` are one special case; keep `replicaof` canonical throughout.
  let name = v.name;
  let aliases = v.aliases ?? (v.alias ? [v.alias] : []);
  if (v.aliases?.includes(d.name)) {
    aliases = [...aliases.filter((a) => a !== d.name), name];
    name = d.name;
  }

  const out: Record<string, Json> = {
    name,
    type,
    handledBy,
    args,
    argsError,
    arity: d.arity,
    flags: [...flags].sort(),
    description: d.description,
    repetition: d.repetition,
    ...(ignored || !('default' in v) ? {} : normalizeDefault(v.default)),
  };
  if (aliases.length) out.aliases = [...aliases].sort();
  if (v.min !== undefined) out.min = String(v.min);
  if (v.max !== undefined) out.max = String(v.max);
  if (type === 'memory') out.acceptsMemoryUnits = true;
  if (type === 'memory' && d.acceptsPercent) out.acceptsPercent = true;
  if (v.enumValues) out.enumValues = v.enumValues;
  if (d.multiEnumRules && type === 'multi-enum') out.multiEnumRules = d.multiEnumRules;
  if (d.valueSyntax) out.valueSyntax = d.valueSyntax;
  if (d.emptyStringPolicy && (type === 'string' || type === 'sds')) out.emptyStringPolicy = d.emptyStringPolicy;
  if (d.units) out.units = d.units;
  if (d.securityNote) out.securityNote = d.securityNote;
  if (secret) out.secret = true;
  if (ignored) {
    out.ignored = true;
    if (d.deprecatedNote) out.deprecatedNote = d.deprecatedNote;
  }
  if (v.conditionalCompile?.length) out.conditionalCompile = v.conditionalCompile;
  const since = sinceFor(d, t);
  if (since) out.since = since;

  // Changes between patch releases of this line (e.g. SENSITIVE from 6.2.2), for patch-aware checks.
  const patchHistory = d.history
    .filter((h) => h.to.startsWith(`${t.product}@`) && h.from.startsWith(`${t.product}@`))
    .filter((h) => {
      const to = h.to.split('@')[1];
      const from = h.from.split('@')[1];
      return to !== 'unstable' && lineOf(to) === t.line && lineOf(from) === t.line;
    })
    .map((h) => ({ version: h.to.split('@')[1], changes: h.changes }));
  if (patchHistory.length) out.patchHistory = patchHistory;
  return out;
}

function buildDirectivesFile(ref: RefDirectives, t: KnownTarget): Record<string, Json> {
  const key = refKey(t);
  const directives: Record<string, Json> = {};
  for (const d of ref.directives) {
    const v = d.perVersion[key];
    if (!v) continue;
    const secret = Object.values(d.perVersion).some((pv) => pv?.flags?.includes('SENSITIVE'));
    const info = buildDirective(d, v, t, secret);
    directives[info.name as string] = info;
  }
  for (const c of CORRECTIONS) {
    if (!c.targets.includes(t.id)) continue;
    const info = directives[c.name] as Record<string, Json> | undefined;
    if (!info) throw new Error(`correction for unknown directive ${c.name} in ${t.id}`);
    Object.assign(info, c.set, { note: c.note });
  }
  return {
    target: t.id,
    product: t.product,
    version: t.dataVersion,
    commit: ref.meta.generatedFrom[t.product][t.dataVersion],
    directives,
  };
}

/** Names (canonical or alias) this target lacks but another target knows, with where. */
function knownElsewhere(files: Map<DataId, Record<string, Json>>, t: KnownTarget): Record<string, Json> {
  const namesOf = (id: DataId): Set<string> => {
    const dirs = files.get(id)!.directives as Record<string, Record<string, Json>>;
    return new Set(Object.values(dirs).flatMap((d) => [d.name as string, ...((d.aliases as string[]) ?? [])]));
  };
  const own = namesOf(t.id);
  const result: Record<string, string[]> = {};
  for (const other of KNOWN_TARGETS) {
    if (other.id === t.id) continue;
    for (const name of namesOf(other.id)) {
      if (own.has(name) || name.startsWith('<')) continue;
      (result[name] ??= []).push(other.id);
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Sentinel

interface RefSentinelDirective {
  directive: string;
  syntax: string;
  argcAfterSentinelKeyword: number | string;
  scope: string;
  since: string;
  semantics: string;
  loadPhase: string;
  errors?: string[];
  aliases?: string[];
  aliasesValkey?: string[];
  default?: Json;
  securityNote?: string;
  generatedBySentinel?: boolean;
}

interface RefSentinel {
  meta: { sources: Record<string, Record<string, string>> };
  general: Record<string, Json>;
  directives: RefSentinelDirective[];
}

const SENTINEL_SECRETS = new Set(['auth-pass', 'sentinel-pass']);

// sentinel.json lists the 6.2+ monitor errors only; these come from sentinelHandleConfiguration
// and sentinelCheckCreateInstanceErrors in 6.0.20, 6.2.16, 7.0.15, 7.4.1, 8.0-m01, Valkey 7.2.7 and 8.0.1.
const CREATE_ERRORS = ["Can't resolve instance hostname.", 'Invalid port number.', 'Unknown Error for creating instances.'];
const NO_MASTER = 'No such master with specified name.';
const SENTINEL_CORRECTIONS: { before62: boolean; name: string; errors: string[]; note: string }[] = [
  {
    before62: true,
    name: 'monitor',
    errors: ['Quorum must be 1 or greater.', 'Duplicated master name.', "Can't resolve master instance hostname.", 'Invalid port number'],
    note: '6.0 texts differ from 6.2+ (`Duplicated master name.`, no dot after `Invalid port number`); any other creation failure is silently accepted (6.0.20 sentinel.c).',
  },
  {
    before62: true,
    name: 'known-replica',
    errors: [NO_MASTER, 'Wrong hostname or port for replica.'],
    note: '6.0 reports any failure to create the replica as `Wrong hostname or port for replica.` (6.0.20 sentinel.c).',
  },
  {
    before62: true,
    name: 'known-sentinel',
    errors: [NO_MASTER, 'Wrong hostname or port for sentinel.'],
    note: '6.0 reports any failure to create the sentinel as `Wrong hostname or port for sentinel.` (6.0.20 sentinel.c).',
  },
  {
    before62: false,
    name: 'known-replica',
    errors: [NO_MASTER, 'Duplicate hostname and port for replica.', ...CREATE_ERRORS],
    note: 'Errors completed from sentinelCheckCreateInstanceErrors (the reference lists only the missing-master one).',
  },
  {
    before62: false,
    name: 'known-sentinel',
    errors: [NO_MASTER, 'Duplicate runid for sentinel.', ...CREATE_ERRORS],
    note: 'Errors completed from sentinelCheckCreateInstanceErrors (the reference lists only the missing-master one); the 4-word form without runid is ignored.',
  },
];

/** Valkey descends from Redis 7.2.4; compare its sentinel against that Redis. */
function sentinelHas(since: string, t: KnownTarget): boolean {
  const m = /^(?:<=)?(\d+\.\d+(?:\.\d+)?)/.exec(since);
  if (!m) throw new Error(`unparsable sentinel since ${since}`);
  const version = t.product === 'valkey' ? '7.2.4' : t.dataVersion;
  return since.startsWith('<=') || compareVersions(m[1], version) <= 0;
}

function buildSentinelFile(ref: RefSentinel, t: KnownTarget): Record<string, Json> {
  const queued = t.product === 'valkey' || compareVersions(t.dataVersion, '6.2.0') >= 0;
  const directives: Record<string, Json> = {};
  for (const d of ref.directives) {
    if (!sentinelHas(d.since, t)) continue;
    let name = d.directive.replace(/^sentinel /, '');
    let aliases = d.aliases ?? [];
    // Valkey 8 renamed master-* to primary-* and keeps the old name as an alias.
    if (t.id === 'valkey-8.0' && d.aliasesValkey?.length) {
      aliases = [...aliases, name];
      name = d.aliasesValkey[0];
    }
    const argc = d.argcAfterSentinelKeyword;
    const info: Record<string, Json> = {
      name,
      syntax: d.syntax,
      // Counts the sub-directive itself, as the reference does (`monitor m h p q` = 5).
      args: typeof argc === 'number' ? { min: argc, max: argc } : { min: 4, max: 5 },
      scope: d.scope,
      since: d.since,
      description: d.semantics,
      loadPhase: queued ? d.loadPhase : 'in-order',
      errors: d.errors ?? [],
    };
    if (typeof argc === 'string') info.argsNote = argc;
    if (aliases.length) info.aliases = aliases;
    if (d.default !== undefined) info.default = d.default;
    if (d.securityNote) info.securityNote = d.securityNote;
    if (d.generatedBySentinel) info.generatedBySentinel = true;
    if (SENTINEL_SECRETS.has(name)) info.secret = true;
    const fix = SENTINEL_CORRECTIONS.find((c) => c.before62 === !queued && c.name === name);
    if (fix) Object.assign(info, { errors: fix.errors, note: fix.note });
    directives[name] = info;
  }
  const g = ref.general;
  return {
    target: t.id,
    product: t.product,
    version: t.dataVersion,
    directives,
    queuedPhases: queued,
    lineOrdering: (g.lineOrdering as Record<string, Json>)[queued ? '6.2.0+' : '6.0.x'],
    defaultsOverridden: { port: '26379', 'protected-mode': 'no' },
    errors: {
      unknownOrWrongArgs: 'Unrecognized sentinel configuration statement.',
      notSentinelMode: 'sentinel directive while not in sentinel mode',
    },
    general: {
      caseInsensitivity: g.caseInsensitivity,
      configFileRequired: g.configFileRequired,
      enteringSentinelMode: g.enteringSentinelMode,
      masterNames: g.masterNames,
      nonSentinelTopLevelDirectives: g.nonSentinelTopLevelDirectives,
    },
    internalDefaults: g.internalDefaults,
  };
}

// ---------------------------------------------------------------------------------------------
// Stable output

function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys(value[k]);
    return out;
  }
  return value;
}

/** Sorted keys, one entry of `directives` per line, everything else compact. */
function stringify(file: Record<string, Json>): string {
  const sorted = sortKeys(file) as Record<string, Json>;
  const lines = Object.entries(sorted).map(([k, v]) => {
    if (k !== 'directives') return `${JSON.stringify(k)}:${JSON.stringify(v)}`;
    const entries = Object.entries(v as Record<string, Json>).map(
      ([name, info]) => `${JSON.stringify(name)}:${JSON.stringify(info)}`,
    );
    return `"directives":{\n${entries.join(',\n')}\n}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

export function generate(referenceDir: string): Map<string, string> {
  const ref = JSON.parse(readFileSync(join(referenceDir, 'directives.json'), 'utf8')) as RefDirectives;
  const sentinel = JSON.parse(readFileSync(join(referenceDir, 'sentinel.json'), 'utf8')) as RefSentinel;
  const files = new Map<DataId, Record<string, Json>>();
  for (const t of KNOWN_TARGETS) files.set(t.id, buildDirectivesFile(ref, t));
  const out = new Map<string, string>();
  for (const t of KNOWN_TARGETS) {
    const file = files.get(t.id)!;
    out.set(`directives-${t.id}.json`, stringify({ ...file, knownElsewhere: knownElsewhere(files, t) }));
    out.set(`sentinel-${t.id}.json`, stringify(buildSentinelFile(sentinel, t)));
  }
  return out;
}

function main(argv: string[]): void {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const referenceDir = resolve(opt('--reference') ?? join(repoRoot, '..', 'shared', 'reference'));
  const outDir = resolve(opt('--out') ?? join(repoRoot, 'server', 'src', 'knowledge', 'data'));
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of generate(referenceDir)) {
    writeFileSync(join(outDir, name), text);
    console.log(`${name} ${text.length} bytes`);
  }
}

main(process.argv.slice(2));
