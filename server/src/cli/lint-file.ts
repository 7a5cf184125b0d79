// Linting one file from start to end: read, lint, fix (or show the fix as a diff), and turn the
// result into plain data. Runs in the main thread or in a worker (see pool.ts), so its input and
// output are structured-clone friendly.

import { readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { fixesIn, fixUntilStable } from '../linter/fix.js';
import { holdsPassword, lintModel, maskSpans, secretsIn, type Finding, type LintOptions, type LintResult, type SuppressedFinding } from '../linter/index.js';
import { analyze, decodeText, type LintModel, type ModelKind, type Span, type Target } from '../model/index.js';
import { ensurePasswordEstimator } from './password-estimator.js';
import { detectKind } from './discover.js';
import { findingDetails, reportDetails } from './format/html-data.js';
import type { FileReport, ReportedFinding } from './format/types.js';
import { nodeFiles } from './node-files.js';
import { writeFileAtomic, WriteRefused } from './write-file.js';
import { hasExtras, kindWithArgs, lintDocument, type Defines } from './overrides.js';
import { isYamlPath, lintEmbedded, mergeReports } from './yaml.js';
import { factsLabel, taskFacts, type FactsSource, type ReportedLocation, type TaskFacts } from './cross-file.js';

export type FixMode = 'none' | 'write' | 'dry-run';
const RANK = { error: 2, warning: 1, info: 0 } as const;

export interface FileTask {
  /** Absolute path, or the --stdin-filename. */
  readonly path: string;
  /** The text, for --stdin; otherwise the file is read. */
  readonly text?: string;
  readonly kind?: ModelKind;
  readonly target: Target;
  readonly targetLabel: string;
  readonly root?: string;
  readonly lintOptions: Pick<LintOptions, 'rules' | 'requireSuppressionReason' | 'passwordPolicy'>;
  readonly fix: FixMode;
  /** Fix only findings at or above this severity (those that are shown). */
  readonly fixSeverity: keyof typeof RANK;
  /** The folder a fixed file (or the symbolic link to it) must stay inside. */
  readonly tree?: string;
  /** Name shown in diff headers (relative to the working directory). */
  readonly displayName: string;
  /** Fix previews and the permission matrix (--format html). */
  readonly details?: boolean;
  /** `--define VAR=VALUE` (overrides.ts). */
  readonly defines?: Defines;
  /** Arguments after `--`: redis-server options applied after the file (overrides.ts). */
  readonly serverArgs?: readonly string[];
  /** `--yaml-key`: values of YAML files that hold configs (yaml.ts). */
  readonly yamlKeys?: readonly string[];
  /** Several files are linted together: return their cross-file facts (cross-file.ts). */
  readonly crossFile?: boolean;
  /** A YAML file found by walking a folder: one we cannot read is skipped, not an error. */
  readonly quietYaml?: boolean;
}

/** A file's result before --severity and --baseline filtering (done by the caller). */
export type TaskResult = { readonly report: FileReport; readonly facts?: TaskFacts } | { readonly error: string; readonly internal?: boolean };

function errnoText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ENOENT: 'No such file or directory',
    EACCES: 'Permission denied',
    EISDIR: 'Is a directory',
    ELOOP: 'Too many levels of symbolic links',
    ENOTDIR: 'Not a directory',
    EBUSY: 'Device or resource busy',
    EROFS: 'Read-only file system',
    EPERM: 'Operation not permitted',
  };
  return (code && known[code]) ?? (error as Error).message;
}

function reported(result: LintResult, finding: Finding, path: string, suppressed?: ReportedFinding['suppressed']): ReportedFinding {
  const model = result.model;
  const file = finding.file === model.mainFile ? path : finding.file;
  const lines = model.lines(finding.file);
  const base = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    fatal: finding.fatal,
    file,
    fixable: finding.fix !== undefined,
    ...(suppressed ? { suppressed } : {}),
  };
  if (!lines) return { ...base, line: 1, column: 1, endLine: 1, endColumn: 1, lineText: '' };
  const start = lines.position(finding.span.start);
  const end = lines.position(finding.span.end);
  const lineStart = lines.lineStart(start.line);
  const lineEnd = lines.lineEnd(start.line);
  const secrets = secretsIn(model, finding.file);
  const spanStart = Math.min(Math.max(finding.span.start, lineStart), lineEnd);
  const spanEnd = Math.min(Math.max(finding.span.end, spanStart), lineEnd);
  const text = lines.text;
  return {
    ...base,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    frame: {
      before: maskSpans(text.slice(lineStart, spanStart), secrets, lineStart),
      marked: maskSpans(text.slice(spanStart, spanEnd), secrets, spanStart),
      after: maskSpans(text.slice(spanEnd, lineEnd), secrets, spanEnd).replace(/\r$/, ''),
    },
    lineText: maskSpans(text.slice(lineStart, lineEnd), secrets, lineStart).replace(/\r$/, ''),
  };
}

function toReport(task: FileTask, kind: ModelKind, result: LintResult, fix?: FileReport['fix']): FileReport {
  const model = result.model;
  const verdict = result.verdict;
  return {
    path: task.path,
    kind,
    target: task.targetLabel,
    findings: result.findings.map((f) => (task.details ? { ...reported(result, f, task.path), ...findingDetails(result, f) } : reported(result, f, task.path))),
    suppressed: result.suppressed.map((f: SuppressedFinding) =>
      reported(result, f, task.path, { kind: 'inSource', ...(f.suppressed.reason === undefined ? {} : { reason: f.suppressed.reason }) }),
    ),
    verdict: {
      accepted: verdict.accepted,
      reason: verdict.reason,
      ...(verdict.file ? { file: verdict.file === model.mainFile ? task.path : verdict.file } : {}),
      ...(verdict.line === undefined ? {} : { line: verdict.line }),
    },
    ...(fix ? { fix } : {}),
    ...(task.details ? reportDetails(model) : {}),
  };
}

function masked(result: LintResult): string {
  const model = result.model;
  return maskSpans(model.text(model.mainFile) ?? '', secretsIn(model, model.mainFile));
}

/** The output position of a span (a finding's position fields), secrets masked. */
function locate(result: LintResult, file: string, span: Span): ReportedLocation {
  const { line, column, endLine, endColumn, frame, lineText } = reported(result, { ruleId: '', severity: 'info', message: '', fatal: false, file, span }, result.model.mainFile);
  return { file, line, column, endLine, endColumn, lineText, ...(frame ? { frame } : {}) };
}

export function runTask(task: FileTask): TaskResult {
  let sources: FactsSource[] = [];
  const out = lintTask(task, (captured) => {
    sources = captured;
  });
  return task.crossFile && 'report' in out && sources.length > 0 ? { ...out, facts: taskFacts(task.path, sources, locate) } : out;
}

function lintTask(task: FileTask, capture: (sources: FactsSource[]) => void): TaskResult {
  let bytes: Uint8Array | undefined;
  let text = task.text;
  if (text === undefined) {
    try {
      bytes = readFileSync(task.path);
    } catch (error) {
      return { error: `${task.path}: cannot read: ${errnoText(error)}` };
    }
    text = decodeText(bytes);
  }
  const prepare = (model: LintModel) => {
    if (holdsPassword(model)) ensurePasswordEstimator();
  };
  if (isYamlPath(task.path)) {
    const embedded = lintEmbedded({
      path: task.path, text, target: task.target, files: nodeFiles, lintOptions: task.lintOptions, prepare,
      ...(task.root ? { root: task.root } : {}), ...(task.yamlKeys ? { yamlKeys: task.yamlKeys } : {}), ...(task.defines ? { defines: task.defines } : {}),
    });
    if ('error' in embedded) return task.quietYaml ? { report: mergeReports(task.path, task.targetLabel, []) } : { error: embedded.error };
    capture(embedded.results.map((r) => ({
      result: r.result, model: r.inner.model, toDisplay: (at) => r.remapper.location(at.file, at.span),
      label: factsLabel(task.path, r.unit.label), displayFile: task.path,
    })));
    const fix = task.fix === 'none' ? undefined : { fixed: 0, written: false, ...(task.fix === 'dry-run' ? { diff: '' } : {}) };
    return { report: { ...mergeReports(task.path, task.targetLabel, embedded.results.map((r) => toReport(r.unit.map ? task : { ...task, path: r.unit.file }, r.unit.kind, r.result))), ...(fix ? { fix } : {}) } };
  }
  const kind = kindWithArgs(task.kind ?? detectKind(task.path, text), task.serverArgs);
  let firstDocument: ReturnType<typeof lintDocument> | undefined;
  const lintText = (t: string) => {
    if (hasExtras(task)) {
      const document = lintDocument({ text: t, file: task.path, kind, target: task.target, files: nodeFiles, ...(task.root ? { root: task.root } : {}) }, task.lintOptions, task, prepare);
      firstDocument ??= document;
      return document.result;
    }
    const model = analyze({ text: t, file: task.path, kind, target: task.target, files: nodeFiles, ...(task.root ? { root: task.root } : {}) });
    if (holdsPassword(model)) ensurePasswordEstimator();
    return lintModel(model, task.lintOptions);
  };
  const first = lintText(text);
  const shown = firstDocument;
  capture([{
    result: first, model: first.model,
    toDisplay: (at) => (shown ? shown.remapper.location(at.file, at.span) : at), label: factsLabel(task.path), displayFile: task.path,
  }]);
  if (task.fix === 'none') return { report: toReport(task, kind, first) };

  const threshold = RANK[task.fixSeverity];
  const fixed = fixUntilStable(text, (t) => {
    const result = t === text ? first : lintText(t);
    return fixesIn(result.findings.filter((f) => RANK[f.severity] >= threshold), task.path);
  });
  if (fixed.fixed === 0) return { report: toReport(task, kind, first, { fixed: 0, written: false, ...(task.fix === 'dry-run' ? { diff: '' } : {}) }) };
  const after = lintText(fixed.text);

  if (task.fix === 'dry-run') {
    const name = task.displayName.replace(/\\/g, '/');
    const diff = createTwoFilesPatch(`a/${name}`, `b/${name}`, masked(first), masked(after), undefined, undefined, { context: 3 });
    // Drop the "Index:"/"=====" preamble: `--- a/x` / `+++ b/x` headers as git prints them.
    const body = diff.split('\n').filter((line, i) => !(i < 2 && (line.startsWith('Index:') || /^=+$/.test(line)))).join('\n');
    return { report: toReport(task, kind, first, { fixed: fixed.fixed, written: false, diff: body }) };
  }

  // --fix: only files whose bytes survive decoding unchanged are written back.
  const original = bytes ?? Buffer.from(text, 'utf8');
  if (!Buffer.from(text, 'utf8').equals(Buffer.from(original))) {
    return { report: toReport(task, kind, first, { fixed: 0, written: false, error: 'has bytes that are not valid UTF-8; not fixed, to keep them intact' }) };
  }
  try {
    writeFileAtomic(task.path, Buffer.from(fixed.text, 'utf8'), original, task.tree ?? task.path.replace(/[\\/][^\\/]*$/, ''));
  } catch (error) {
    const reason = error instanceof WriteRefused ? error.message : `cannot write: ${errnoText(error)}`;
    return { report: toReport(task, kind, first, { fixed: 0, written: false, error: reason }) };
  }
  return { report: toReport(task, kind, after, { fixed: fixed.fixed, written: true }) };
}
