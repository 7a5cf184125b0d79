// Adapts the knowledge base's per-target directive data to what the loader needs.

import { loadKnowledge } from '../../knowledge/loader.js';
import type { Target } from '../../knowledge/targets.js';
import type { DirectiveCatalog, DirectiveFacts, ValueKind } from './facts.js';

interface RawDirective {
  readonly name: string;
  readonly type: string;
  readonly aliases?: readonly string[];
  readonly flags?: readonly string[];
  readonly handledBy?: string;
  readonly min?: string;
  readonly max?: string;
  readonly acceptsMemoryUnits?: boolean;
  readonly acceptsPercent?: boolean;
  readonly enumValues?: readonly string[];
  readonly emptyStringPolicy?: string;
  readonly default?: string | null;
  readonly ignored?: boolean;
  readonly secret?: boolean;
}

interface RawDirectives {
  readonly directives: Readonly<Record<string, RawDirective>>;
}

interface RawAcl {
  readonly commands: ReadonlyArray<{ readonly name: string }>;
}

const LLONG_MAX = 2n ** 63n - 1n;

function kindOf(raw: RawDirective): ValueKind {
  switch (raw.type) {
    case 'bool':
      return 'bool';
    case 'enum':
    case 'multi-enum':
      return 'enum';
    case 'string':
      return 'string';
    case 'sds':
      return 'sds';
    case 'special':
      return 'special';
    default:
      return 'numeric';
  }
}

function toFacts(raw: RawDirective): DirectiveFacts {
  const kind = kindOf(raw);
  const facts: DirectiveFacts = {
    name: raw.name,
    kind,
    multiArg: raw.flags?.includes('MULTI_ARG') ?? false,
    emptyIsNull: raw.emptyStringPolicy === 'EMPTY_STRING_IS_NULL',
    sensitive: raw.secret === true || (raw.flags?.includes('SENSITIVE') ?? false),
    ...(raw.enumValues ? { enumValues: raw.enumValues } : {}),
    ...(raw.default === undefined || raw.default === null ? {} : { default: raw.default }),
  };
  if (kind !== 'numeric' || raw.min === undefined || raw.max === undefined) return facts;
  const max = BigInt(raw.max);
  return {
    ...facts,
    numeric: {
      min: BigInt(raw.min),
      max,
      unsigned: max > LLONG_MAX,
      memory: raw.acceptsMemoryUnits === true,
      percent: raw.acceptsPercent === true,
      octal: raw.type === 'octal',
    },
  };
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

const SPECIAL_NAMES = ['include', 'rename-command', 'user', 'loadmodule', 'sentinel'];
const cache = new WeakMap<object, DirectiveCatalog>();

export function catalogFor(target: Target): DirectiveCatalog {
  const raw = loadKnowledge(`directives-${target.dataId}`) as RawDirectives;
  const cached = cache.get(raw);
  if (cached && !target.newerThanData) return cached;
  const table = new Map<string, { facts: DirectiveFacts; viaAlias: boolean }>();
  const ignored = new Set<string>();
  for (const entry of Object.values(raw.directives)) {
    if (entry.ignored || entry.handledBy === 'deprecated-list') {
      ignored.add(entry.name);
      continue;
    }
    if (entry.handledBy !== 'table') continue;
    const facts = toFacts(entry);
    table.set(entry.name, { facts, viaAlias: false });
    for (const alias of entry.aliases ?? []) table.set(alias, { facts, viaAlias: true });
  }
  const names = [...table.keys(), ...SPECIAL_NAMES];
  let commands: ReadonlySet<string> | undefined;
  const catalog: DirectiveCatalog = {
    lookup: (key) => table.get(key),
    isDeprecatedIgnored: (key) => ignored.has(key),
    suggest(key) {
      const limit = key.length <= 4 ? 1 : key.length <= 10 ? 2 : 3;
      let best: string | undefined;
      let bestDistance = limit + 1;
      for (const name of names) {
        const distance = editDistance(key, name, limit);
        if (distance < bestDistance) [best, bestDistance] = [name, distance];
      }
      return best;
    },
    includeGlobs: !(target.product === 'redis' && (target.line === '6.0' || target.line === '6.2')),
    newerThanData: target.newerThanData === true,
    commandNames() {
      commands ??= new Set((loadKnowledge(`acl-${target.dataId}`) as RawAcl).commands.map((c) => c.name));
      return commands;
    },
  };
  if (!target.newerThanData) cache.set(raw, catalog);
  return catalog;
}
