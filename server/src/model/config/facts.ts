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
  readonly multiArg: boolean;
  readonly emptyIsNull: boolean;
  readonly sensitive: boolean;
  readonly numeric?: NumericFacts;
  /** In Redis's table order (its error message lists them in that order). */
  readonly enumValues?: readonly string[];
  readonly default?: string;
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
}
