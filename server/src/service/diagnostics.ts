// Findings → diagnostics: rule id as code with a link to its page, related places, tags.
// Messages are the linter's own (already scrubbed of secrets); nothing is added that could
// carry a value from the file.

import { RULES_BY_ID, type Finding } from '../linter/index.js';
import { toRange, type AnalyzedDocument } from './document.js';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Location,
  type Range,
} from './types.js';
import { basename, isAbsolutePath, pathToUri } from './uri.js';

export const DIAGNOSTIC_SOURCE = 'redis-lint';
export const RULE_DOCS_BASE = 'https://github.com/redis-lint/redis-lint/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Rules whose findings mark text that has no effect (editors fade it). */
const UNNECESSARY = new Set(['overridden-setting']);

export interface DiagnosticsOptions {
  /** At most this many (the first by position); a binary file can yield tens of thousands. */
  readonly max?: number;
}

export function computeDiagnostics(doc: AnalyzedDocument, options: DiagnosticsOptions = {}): Diagnostic[] {
  if (doc.ignored) return [];
  const findings = options.max !== undefined && doc.result.findings.length > options.max ? doc.result.findings.slice(0, options.max) : doc.result.findings;
  return findings.map((finding) => findingToDiagnostic(doc, finding));
}

export function findingToDiagnostic(doc: AnalyzedDocument, finding: Finding): Diagnostic {
  const tags: DiagnosticTag[] = [];
  if (UNNECESSARY.has(finding.ruleId)) tags.push(DiagnosticTag.Unnecessary);
  if (RULES_BY_ID.get(finding.ruleId)?.meta.category === 'deprecation') tags.push(DiagnosticTag.Deprecated);

  const related: DiagnosticRelatedInformation[] = (finding.related ?? []).map((r) => ({
    location: locationOf(doc, r.file, r.span),
    message: r.message,
  }));

  let range: Range;
  let message = finding.message;
  let elsewhere: string | undefined;
  if (finding.file === doc.file) {
    range = toRange(doc.lines, finding.span);
  } else {
    // A finding inside an included file: shown on the `include` line that leads to it, with
    // the real place as related information.
    elsewhere = finding.file;
    range = includeLineRange(doc, finding.file);
    const where = locationOf(doc, finding.file, finding.span);
    message = `${basename(finding.file)}:${where.range.start.line + 1}: ${finding.message}`;
    related.unshift({ location: where, message: 'where the problem is' });
  }

  return {
    range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message,
    ...(tags.length > 0 ? { tags } : {}),
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    data: { fatal: finding.fatal, ...(elsewhere === undefined ? {} : { elsewhere }) },
  };
}

/** Where a span of any file of the model is, as a Location. */
export function locationOf(doc: AnalyzedDocument, file: string, span: { start: number; end: number }): Location {
  if (file === doc.file) return { uri: doc.uri, range: toRange(doc.lines, span) };
  const lines = doc.result.model.lines(file);
  const range = lines ? toRange(lines, span) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { uri: isAbsolutePath(file) ? pathToUri(file) : file, range };
}

/** The `include` directive of this document through which `file` was read (or the first line). */
function includeLineRange(doc: AnalyzedDocument, file: string): Range {
  const config = doc.result.model.config;
  let current = file;
  for (let depth = 0; config && depth < 100; depth++) {
    const from = config.source(current)?.includedFrom;
    if (!from) break;
    if (from.file === doc.file) return toRange(doc.lines, from.span);
    current = from.file;
  }
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
