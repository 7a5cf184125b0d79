import type { Severity } from '../../linter/index.js';
import type { ModelKind } from '../../model/index.js';

/**
 * One finding, as plain data (it crosses worker threads): positions are 1-based with columns in
 * UTF-16 code units, and every piece of source text in it has its secrets shown as ****.
 */
export interface ReportedFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly fatal: boolean;
  /** The linted path (absolute, or the --stdin-filename) for the main file; an included file's absolute path. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The source line split around the marked range (secrets masked), for code frames. */
  readonly frame?: { readonly before: string; readonly marked: string; readonly after: string };
  /** The whole source line, secrets masked: what baselines and fingerprints match on. */
  readonly lineText: string;
  readonly fixable: boolean;
  /** Hidden by a `# redis-lint-disable…` comment (`inSource`) or by the --baseline (`external`). */
  readonly suppressed?: { readonly kind: 'inSource' | 'external'; readonly reason?: string };
}

/** One linted input and what the linter found in it (and in the files it includes). */
export interface FileReport {
  /** Absolute path, or the --stdin-filename. */
  readonly path: string;
  readonly kind: ModelKind;
  /** `redis-7.4`: the target this file was linted for. */
  readonly target: string;
  /** Findings to show: at or above --severity, not suppressed, not in the baseline. */
  readonly findings: readonly ReportedFinding[];
  /** Findings hidden by a suppression comment or by the baseline (SARIF lists them as suppressed). */
  readonly suppressed: readonly ReportedFinding[];
  /** Redis's verdict; `file` uses the same naming as findings. */
  readonly verdict: { readonly accepted: boolean; readonly reason: string; readonly file?: string; readonly line?: number };
  /** With --fix / --fix-dry-run. */
  readonly fix?: { readonly fixed: number; readonly written: boolean; readonly diff?: string; readonly error?: string };
}

export interface FormatContext {
  readonly cwd: string;
  readonly color: boolean;
  /** Folder with the rules' documentation pages (SARIF embeds them as rule help), if found. */
  readonly docsDir?: string;
  readonly version: string;
}
