// A live server's lint result as the same plain report the file path produces, with each
// finding naming the setting or user it is about instead of a line.

import { holdsPassword, lintModel, maskSpans, secretsIn, type Finding, type LintOptions, type LintResult } from '../../linter/index.js';
import { formatTarget, type Target } from '../../model/index.js';
import { analyzeLive, liveAclContext, parseAclList, subjectAt, type LiveConfig, type LiveSnapshot } from '../../model/live/index.js';
import { fixPreview, permissionMatrix } from '../format/html-data.js';
import type { HtmlReport } from '../format/html.js';
import type { ReportedFinding } from '../format/types.js';
import { ensurePasswordEstimator } from '../password-estimator.js';
import { SKIPPED_RULE_IDS } from './file-only.js';

export type LiveFinding = ReportedFinding & { readonly subject: string; readonly fixPreview?: ReturnType<typeof fixPreview> };

export interface LiveReport extends HtmlReport {
  readonly findings: readonly LiveFinding[];
  /** The synthesized config with secrets masked (`--print-config`). */
  readonly maskedConfig: string;
  readonly live: LiveConfig;
}

function subjectText(subject: ReturnType<typeof subjectAt>): string {
  if (!subject) return '(server)';
  return subject.kind === 'user' ? `user ${subject.name}` : subject.name;
}

function reported(result: LintResult, live: LiveConfig, finding: Finding, display: string, details: boolean): LiveFinding {
  const model = result.model;
  const lines = model.lines(finding.file);
  const subject = subjectText(subjectAt(live, model, finding.file, finding.span.start));
  const base = {
    ruleId: finding.ruleId, severity: finding.severity, message: finding.message, fatal: finding.fatal,
    file: display, fixable: finding.fix !== undefined, subject,
    ...(details && finding.fix ? { fixPreview: fixPreview(result, finding) } : {}),
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
    line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1,
    frame: {
      before: maskSpans(text.slice(lineStart, spanStart), secrets, lineStart),
      marked: maskSpans(text.slice(spanStart, spanEnd), secrets, spanStart),
      after: maskSpans(text.slice(spanEnd, lineEnd), secrets, spanEnd),
    },
    lineText: maskSpans(text.slice(lineStart, lineEnd), secrets, lineStart),
  };
}

export interface LiveLintInput {
  readonly snapshot: LiveSnapshot;
  readonly target: Target;
  /** How outputs name the server (its address without password). */
  readonly display: string;
  readonly lintOptions?: LintOptions;
  /** Fix previews and the permission matrix (for --format html). */
  readonly details?: boolean;
}

/** Lints a running server with every rule that applies to it (see file-only.ts). */
export function lintLive(input: LiveLintInput): LiveReport {
  const { model, live } = analyzeLive(input.snapshot, input.target, input.display);
  // Password strength needs the estimator: load it only when there is a password to judge.
  if (holdsPassword(model)) ensurePasswordEstimator();
  const result = lintModel(model, input.lintOptions ?? {});
  const findings = result.findings.filter((f) => !SKIPPED_RULE_IDS.has(f.ruleId)).map((f) => reported(result, live, f, input.display, input.details === true));
  const ctx = liveAclContext(input.snapshot, input.target);
  const users = input.snapshot.aclList ? parseAclList(ctx, input.snapshot.aclList).flatMap((u) => (u.user ? [u.user] : [])) : [];
  const notes = live.skipped.filter((s) => !s.reason.startsWith('users read')).map((s) => `${s.name}: not checked (${s.reason})`);
  return {
    path: input.display,
    kind: 'conf',
    target: formatTarget(input.target),
    findings,
    suppressed: [],
    verdict: { accepted: true, reason: '' },
    ...(input.details && users.length > 0 ? { permissions: permissionMatrix(ctx, users) } : {}),
    notes,
    maskedConfig: maskSpans(live.text, secretsIn(model, live.mainFile)),
    live,
  };
}
