// The default terminal format: `file:line:col severity message rule-id`, then the line with a
// caret range under it. Secrets in the shown line are already ****.

import { styleText } from 'node:util';
import type { Severity } from '../../linter/index.js';
import { displayPath } from './positions.js';
import type { FileReport, FormatContext, ReportedFinding } from './types.js';

const MAX_FRAME = 160;

type Style = Parameters<typeof styleText>[0];

function paint(ctx: FormatContext, style: Style, text: string): string {
  return ctx.color ? styleText(style, text) : text;
}

/** Control characters become one visible character each, so carets stay aligned. */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '\u00b7');
}

function codeFrame(finding: ReportedFinding, ctx: FormatContext): string[] {
  if (!finding.frame) return [];
  let { before, marked, after } = finding.frame;
  if (before.length > MAX_FRAME / 2) before = `…${before.slice(-MAX_FRAME / 2)}`;
  if (marked.length > MAX_FRAME) marked = `${marked.slice(0, MAX_FRAME)}…`;
  if (after.length > MAX_FRAME / 2) after = `${after.slice(0, MAX_FRAME / 2)}…`;
  const gutter = String(finding.line);
  const pad = ' '.repeat(gutter.length);
  const caretPrefix = visible(before).replace(/[^\t]/g, ' ');
  const carets = '^'.repeat(Math.max(1, marked.length));
  return [
    `  ${paint(ctx, 'dim', `${gutter} |`)} ${visible(before)}${visible(marked)}${visible(after)}`,
    `  ${paint(ctx, 'dim', `${pad} |`)} ${caretPrefix}${paint(ctx, finding.severity === 'error' ? 'red' : 'yellow', carets)}`,
  ];
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

export function formatText(reports: readonly FileReport[], ctx: FormatContext): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const report of reports) {
    for (const finding of report.findings) {
      const file = displayPath(finding.file, ctx.cwd);
      const fatal = finding.fatal ? ' (fatal)' : '';
      out.push(
        `${paint(ctx, 'bold', `${file}:${finding.line}:${finding.column}`)} ${paint(ctx, SEVERITY_STYLE[finding.severity], finding.severity)}${fatal} ${finding.message} ${paint(ctx, 'dim', finding.ruleId)}`,
      );
      out.push(...codeFrame(finding, ctx));
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
      else infos++;
    }
    const verdict = report.verdict;
    if (!verdict.accepted && report.findings.some((f) => f.fatal)) {
      const where = verdict.file && verdict.line !== undefined ? ` at ${displayPath(verdict.file, ctx.cwd)}:${verdict.line}` : '';
      out.push(paint(ctx, 'red', `${displayPath(report.path, ctx.cwd)}: ${report.target} would refuse to start${where}: ${verdict.reason}`));
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
