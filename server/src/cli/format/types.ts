import type { Finding, LintResult } from '../../linter/index.js';
import type { ModelKind } from '../../model/index.js';

/** One linted input and what the linter found in it (and in the files it includes). */
export interface FileReport {
  /** Absolute path, or the --stdin-filename. */
  readonly path: string;
  readonly kind: ModelKind;
  readonly result: LintResult;
  /** Findings that pass the --severity filter. */
  readonly findings: readonly Finding[];
}

export interface FormatContext {
  readonly cwd: string;
  readonly color: boolean;
  /** Shown in summaries: `redis-7.0`. */
  readonly targetLabel: string;
}
