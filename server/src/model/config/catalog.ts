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

/** Suggestions remembered per catalog (the language server keeps catalogs for its lifetime). */
const MAX_SUGGESTIONS = 10_000;

/**
 * Whether some directive name can be close enough to `name` to be suggested: names are ASCII
 * letters, digits, `-` and `.`, so each other character costs an edit, and the knowledge base
 * never suggests beyond 3 edits. A line of binary garbage skips the edit distances entirely.
 */
function plausibleName(name: string): boolean {
  let foreign = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i) | 0x20;
    const ok = (code >= 0x61 && code <= 0x7a) || (name.charCodeAt(i) >= 0x30 && name.charCodeAt(i) <= 0x39) || name.charCodeAt(i) === 0x2d || name.charCodeAt(i) === 0x2e;
    if (!ok && ++foreign > 3) return false;
  }
  return true;
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
  const suggestions = new Map<string, string | undefined>();
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
    suggest: (key) => {
      // Suggestions cost an edit distance against every directive: cache them per name (files
      // repeat a misspelling), and skip names no directive can be within reach of.
      if (suggestions.has(key)) return suggestions.get(key);
      const suggestion = plausibleName(key) ? table.suggest(key) : undefined;
      if (suggestions.size >= MAX_SUGGESTIONS) suggestions.clear();
      suggestions.set(key, suggestion);
      return suggestion;
    },
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
