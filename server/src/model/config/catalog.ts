// Adapts the knowledge base's per-target directive table to what the loader needs.

import { loadKnowledge } from '../../knowledge/loader.js';
import { getDirectives, type DirectiveInfo } from '../../knowledge/directives.js';
import { getSentinel } from '../../knowledge/sentinel.js';
import { knownTarget, type Target } from '../../knowledge/targets.js';
import type { DirectiveCatalog, DirectiveFacts, LoaderRules, ValueKind } from './facts.js';

const LLONG_MAX = 2n ** 63n - 1n;
const SPECIAL_KINDS: Record<string, ValueKind> = {
  bool: 'bool', enum: 'enum', 'multi-enum': 'enum', string: 'string', sds: 'sds', special: 'special',
};

function toFacts(info: DirectiveInfo): DirectiveFacts {
  const kind = SPECIAL_KINDS[info.type] ?? 'numeric';
  const multiArg = info.flags.includes('MULTI_ARG');
  const special6 = info.handledBy === 'special';
  const facts: DirectiveFacts = {
    name: info.name,
    kind,
    multiArg,
    args: special6
      ? { ...info.args, error: info.argsError }
      : multiArg ? { min: 0, error: 'wrong number of arguments' } : { min: 1, max: 1, error: 'wrong number of arguments' },
    special6,
    emptyIsNull: info.emptyStringPolicy === 'EMPTY_STRING_IS_NULL',
    sensitive: info.secret === true,
    ...(info.enumValues ? { enumValues: info.enumValues } : {}),
    ...(info.default === undefined || info.default === null ? {} : { default: info.default }),
  };
  if (kind !== 'numeric' || info.min === undefined || info.max === undefined) return facts;
  const max = BigInt(info.max);
  // Only configs whose upper bound exceeds int64 (ULLONG_MAX) behave differently when
  // bounds-checked as unsigned; for the others both readings refuse the same values.
  return {
    ...facts,
    numeric: {
      min: BigInt(info.min), max, unsigned: max > LLONG_MAX,
      memory: info.acceptsMemoryUnits === true, percent: info.acceptsPercent === true, octal: info.type === 'octal',
    },
  };
}

interface RawAcl {
  readonly commands: ReadonlyArray<{ readonly name: string }>;
}

const LOADER_SPECIALS = new Set(['include', 'rename-command', 'user', 'loadmodule', 'sentinel']);
const catalogs = new WeakMap<object, DirectiveCatalog>();

function loaderRules(target: Target): LoaderRules {
  const { product, line } = knownTarget(target.dataId);
  return { product, line, loader: product === 'redis' && (line === '6.0' || line === '6.2') ? 6 : 7 };
}

export function catalogFor(target: Target): DirectiveCatalog {
  const table = getDirectives(target);
  const sentinel = getSentinel(target);
  const rules = loaderRules(target);
  const cached = catalogs.get(table);
  if (cached && cached.newerThanData === (target.newerThanData === true)) return cached;
  const facts = new Map<string, DirectiveFacts>();
  let commands: ReadonlySet<string> | undefined;
  const catalog: DirectiveCatalog = {
    lookup(key) {
      const match = table.lookup(key);
      // 6.x special-cased some settings in the loader (bind, save, dir…): they still set a value.
      if (!match || match.moduleConfig || match.info.handledBy === 'deprecated-list' || LOADER_SPECIALS.has(match.info.name)) return undefined;
      // Only the test suite builds with LOG_REQ_RES; release builds do not know these names.
      if (match.info.conditionalCompile?.includes('defined(LOG_REQ_RES)')) return undefined;
      let entry = facts.get(match.info.name);
      if (!entry) facts.set(match.info.name, (entry = toFacts(match.info)));
      return { facts: entry, viaAlias: match.alias !== undefined };
    },
    isDeprecatedIgnored: (key) => table.deprecatedIgnored(key),
    suggest: (key) => table.suggest(key),
    includeGlobs: rules.loader === 7,
    newerThanData: target.newerThanData === true,
    commandNames() {
      commands ??= new Set((loadKnowledge(`acl-${target.dataId}`) as RawAcl).commands.map((c) => c.name));
      return commands;
    },
    rules,
    sentinelNames(sub) {
      const match = sentinel.lookup(sub);
      return match && [match.info.name, ...(match.info.aliases ?? [])];
    },
    sentinelQueued: sentinel.queuedPhases,
  };
  catalogs.set(table, catalog);
  return catalog;
}
