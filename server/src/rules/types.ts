import type { Span } from '../model/index.js';

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'correctness' | 'security' | 'reliability' | 'deprecation' | 'style';

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  /** Short imperative text for a quick fix: "Set protected-mode yes". */
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

export interface RelatedLocation {
  readonly file: string;
  readonly span: Span;
  readonly message: string;
}

/** One problem found in one file. Positions are offsets into that file's text. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** The target Redis version refuses to load or start with this file. */
  readonly fatal: boolean;
  /** Path of the file the span belongs to (an included file, not always the linted one). */
  readonly file: string;
  readonly span: Span;
  readonly fix?: Fix;
  readonly related?: readonly RelatedLocation[];
  /** Set when several targets are linted at once: which ones the finding applies to. */
  readonly targets?: readonly string[];
}

export type FileKind = 'conf' | 'sentinel' | 'acl';

export interface RuleMeta {
  /** Permanent kebab-case id; never reused (see CONTRIBUTING.md). */
  readonly id: string;
  readonly category: Category;
  /** Default severity of non-fatal findings; fatal findings are always errors. */
  readonly severity: Severity;
  readonly fixable: boolean;
  /** One sentence for `redis-lint rules` and SARIF. */
  readonly description: string;
  readonly kinds: readonly FileKind[];
}

export interface ReportOptions {
  readonly file?: string;
  readonly fatal?: boolean;
  readonly severity?: Severity;
  readonly fix?: Fix;
  readonly related?: readonly RelatedLocation[];
}

export interface RuleContext {
  readonly model: import('../model/index.js').LintModel;
  report(span: import('../model/index.js').Span, message: string, options?: ReportOptions): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/**
 * Rules over a set of files linted together (rules/cross-file/): they compare what each config
 * says about itself (model/cross-file/facts.ts). Locations are opaque: the caller says how to
 * name them in messages and where the findings go.
 */
export interface SetContext {
  readonly nodes: readonly import('../model/cross-file/facts.js').NodeFacts<unknown>[];
  readonly topology: import('../model/cross-file/topology.js').Topology<unknown>;
  /** `redis-master.conf:4`, for messages. */
  describe(at: unknown): string;
  report(at: unknown, message: string, related?: ReadonlyArray<{ readonly at: unknown; readonly message: string }>): void;
}

export interface SetRule extends Rule {
  /** Runs once over all files linted together; `check` does nothing for a single file. */
  checkSet(context: SetContext): void;
}
