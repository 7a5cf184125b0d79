// Facts about `sentinel <sub-directive> …` lines for one target, from data/sentinel-<target>.json.
import { loadKnowledge } from './loader.js';
import type { DataId, Product, Target } from './targets.js';

/** `pre-monitor`, `monitor`, `post-monitor` (6.2+ queues lines in that order) or `in-order` (6.0). */
export type SentinelLoadPhase = 'pre-monitor' | 'monitor' | 'post-monitor' | 'in-order';

export interface SentinelDirectiveInfo {
  /** The sub-directive, e.g. `monitor` (Valkey 8: `primary-reboot-down-after-period`). */
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly syntax: string;
  /** Words after `sentinel`, counting the sub-directive itself (`monitor m h p q` = 5). */
  readonly args: { readonly min: number; readonly max: number };
  readonly argsNote?: string;
  readonly scope: 'global' | 'per-master';
  readonly since: string;
  readonly description: string;
  readonly loadPhase: SentinelLoadPhase;
  /** Messages this line can fail with at load. */
  readonly errors: readonly string[];
  readonly default?: string | number;
  readonly securityNote?: string;
  /** State Sentinel writes itself; not meant to be edited. */
  readonly generatedBySentinel?: boolean;
  /** The last argument is a password. */
  readonly secret?: boolean;
  /** Where the data was corrected against the source or the real server. */
  readonly note?: string;
}

export interface SentinelMatch {
  readonly info: SentinelDirectiveInfo;
  readonly alias?: string;
}

export interface SentinelTable {
  readonly target: DataId;
  readonly product: Product;
  readonly version: string;
  /** Case-insensitive. */
  lookup(subDirective: string): SentinelMatch | undefined;
  all(): readonly SentinelDirectiveInfo[];
  /** 6.2+: globals, then `monitor` lines, then the rest; 6.0 applies lines in file order. */
  readonly queuedPhases: boolean;
  readonly lineOrdering: string;
  /** In sentinel mode these start from other defaults: port 26379, protected-mode no. */
  readonly defaultsOverridden: Readonly<Record<string, string>>;
  readonly errors: {
    /** Unknown sub-directive, or a known one with the wrong count. */
    readonly unknownOrWrongArgs: string;
    /** Any `sentinel …` line with arguments in a non-sentinel server. */
    readonly notSentinelMode: string;
  };
  readonly general: Readonly<Record<string, string>>;
  readonly internalDefaults: Readonly<Record<string, string | number>>;
}

type SentinelFile = Omit<SentinelTable, 'lookup' | 'all'> & { directives: Record<string, SentinelDirectiveInfo> };

const tables = new WeakMap<object, SentinelTable>();

export function getSentinel(target: Target | DataId): SentinelTable {
  const id = typeof target === 'string' ? target : target.dataId;
  const file = loadKnowledge(`sentinel-${id}`) as SentinelFile;
  let table = tables.get(file);
  if (!table) {
    const byName = new Map<string, SentinelMatch>();
    const infos = Object.values(file.directives);
    for (const info of infos) {
      byName.set(info.name, { info });
      for (const alias of info.aliases ?? []) byName.set(alias, { info, alias });
    }
    const { directives: _directives, ...facts } = file;
    table = {
      ...facts,
      lookup: (name) => byName.get(name) ?? byName.get(name.toLowerCase()),
      all: () => infos,
    };
    tables.set(file, table);
  }
  return table;
}
