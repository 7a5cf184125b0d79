/** What the loader needs to know about a table directive, resolved for one target. */
export interface NumericFacts {
  readonly min: bigint;
  readonly max: bigint;
  /** uint, ulonglong and size_t configs are bounds-checked as unsigned values. */
  readonly unsigned: boolean;
  readonly memory: boolean;
  readonly percent: boolean;
  readonly octal: boolean;
}

export type ValueKind = 'bool' | 'numeric' | 'enum' | 'string' | 'sds' | 'special';

export interface DirectiveFacts {
  /** Canonical name. */
  readonly name: string;
  readonly kind: ValueKind;
  /** 7.0+ MULTI_ARG: any count, and a single argument is split again. */
  readonly multiArg: boolean;
  /** Value count the loader checks before parsing, and its message when unmet (6.x special cases: `Bad directive or wrong number of arguments`). */
  readonly args: { readonly min: number; readonly max?: number; readonly error: string };
  /** A case of its own in the 6.x loader (bind, save, dir…) rather than the config table. */
  readonly special6: boolean;
  readonly emptyIsNull: boolean;
  readonly sensitive: boolean;
  readonly numeric?: NumericFacts;
  /** In Redis's table order (its error message lists them in that order). */
  readonly enumValues?: readonly string[];
  readonly default?: string;
}

/** The target's release, for loader behaviour that differs between releases (PARSING.md). */
export interface LoaderRules {
  readonly product: 'redis' | 'valkey';
  /** Release line, e.g. `6.2`. */
  readonly line: string;
  /**
   * `6`: Redis 6.0/6.2's loader: bind, save, dir… are special cases with fixed argument counts
   * and 6.x parsing and texts; no include globs, module configs or duplicate-user check; an
   * included file is read as a text of its own. `7`: Redis 7.0+ and Valkey.
   */
  readonly loader: 6 | 7;
}

/** Everything the loader asks of the knowledge base for one target. */
export interface DirectiveCatalog {
  /** Table directive by lower-case name or alias. */
  lookup(key: string): { readonly facts: DirectiveFacts; readonly viaAlias: boolean } | undefined;
  /** Names Redis accepts and ignores (with exactly one value). */
  isDeprecatedIgnored(key: string): boolean;
  /** The closest known directive name, for "did you mean". */
  suggest(key: string): string | undefined;
  /** Whether the target reads `include` globs (7.0+). */
  readonly includeGlobs: boolean;
  /** Whether unknown names are only unknown to our data (target newer than the data). */
  readonly newerThanData: boolean;
  /** Top-level command names of the target, for rename-command. */
  commandNames(): ReadonlySet<string>;
  readonly rules: LoaderRules;
  /** Names of a `sentinel <sub>` line the target knows (canonical first, then aliases), lower-case. */
  sentinelNames(sub: string): readonly string[] | undefined;
  /** 6.2+ applies sentinel lines in phases (globals, monitors, the rest); 6.0 in file order. */
  readonly sentinelQueued: boolean;
}
