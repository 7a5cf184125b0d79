// The default terminal format: `file:line:col severity message rule-id`, then the line with a
// caret range under it. Secrets in the shown line are replaced by ****.

import { styleText } from 'node:util';
import { maskSpans, secretsIn, type Finding } from '../../linter/index.js';
import { displayPath, locate } from './positions.js';
import type { FileReport, FormatContext } from './types.js';

const MAX_FRAME = 160;

type Style = Parameters<typeof styleText>[0];

function paint(ctx: FormatContext, style: Style, text: string): string {
  return ctx.color ? styleText(style, text) : text;
}

/** Control characters become one visible character each, so carets stay aligned. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '\u00b7');
}

function codeFrame(report: FileReport, finding: Finding, ctx: FormatContext): string[] {
  const lines = report.result.model.lines(finding.file);
  if (!lines) return [];
  const lineNumber = lines.lineOf(finding.span.start);
  const lineStart = lines.lineStart(lineNumber);
  const lineEnd = lines.lineEnd(lineNumber);
  const secrets = secretsIn(report.result.model, finding.file);
  const spanEnd = Math.min(finding.span.end, lineEnd);
  let before = maskSpans(lines.text.slice(lineStart, finding.span.start), secrets, lineStart);
  let marked = maskSpans(lines.text.slice(finding.span.start, spanEnd), secrets, finding.span.start);
  let after = maskSpans(lines.text.slice(spanEnd, lineEnd), secrets, spanEnd);
  after = after.replace(/\r$/, '');
  if (before.length > MAX_FRAME / 2) before = `…${before.slice(-MAX_FRAME / 2)}`;
  if (marked.length > MAX_FRAME) marked = `${marked.slice(0, MAX_FRAME)}…`;
  if (after.length > MAX_FRAME / 2) after = `${after.slice(0, MAX_FRAME / 2)}…`;
  const gutter = String(lineNumber + 1);
  const pad = ' '.repeat(gutter.length);
  const caretPrefix = visible(before).replace(/[^\t]/g, ' ');
  const carets = '^'.repeat(Math.max(1, marked.length));
  return [
    `  ${paint(ctx, 'dim', `${gutter} |`)} ${visible(before)}${visible(marked)}${visible(after)}`,
    `  ${paint(ctx, 'dim', `${pad} |`)} ${caretPrefix}${paint(ctx, finding.severity === 'error' ? 'red' : 'yellow', carets)}`,
  ];
}

const SEVERITY_STYLE: Record<Finding['severity'], Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

export function formatText(reports: readonly FileReport[], ctx: FormatContext): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    for (const finding of report.findings) {
      const at = locate(report, finding);
      const file = displayPath(finding.file === report.result.model.mainFile ? report.path : finding.file, ctx.cwd);
      const fatal = finding.fatal ? ' (fatal)' : '';
      out.push(
        `${paint(ctx, 'bold', `${file}:${at.line}:${at.column}`)} ${paint(ctx, SEVERITY_STYLE[finding.severity], finding.severity)}${fatal} ${finding.message} ${paint(ctx, 'dim', finding.ruleId)}`,
      );
      out.push(...codeFrame(report, finding, ctx));
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
      else infos++;
    }
    const verdict = report.result.verdict;
    if (!verdict.accepted && report.findings.some((f) => f.fatal)) {
      const where = verdict.file && verdict.line !== undefined ? ` at ${displayPath(verdict.file === report.result.model.mainFile ? report.path : verdict.file, ctx.cwd)}:${verdict.line}` : '';
      out.push(paint(ctx, 'red', `${displayPath(report.path, ctx.cwd)}: ${ctx.targetLabel} would refuse to start${where}: ${verdict.reason}`));
    }
  }
  const total = errors + warnings + infos;
  if (total > 0) {
    const parts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`];
    if (infos > 0) parts.push(`${infos} info`);
    out.push('', paint(ctx, errors > 0 ? 'red' : 'yellow', `${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${reports.length} file${reports.length === 1 ? '' : 's'}`));
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
