// GitHub Actions workflow commands: one `::error file=…,line=…::message` annotation per finding.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions

import type { Severity } from '../../linter/index.js';
import { displayPath } from './positions.js';
import type { FileReport, FormatContext } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping of a command's message (the data after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value (`file=`, `title=`…): also `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(reports: readonly FileReport[], ctx: FormatContext): string {
  const out: string[] = [];
  for (const report of reports) {
    for (const f of report.findings) {
      const file = displayPath(f.file, ctx.cwd).split('\\').join('/');
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      const message = f.fatal ? `${f.message} (fatal: Redis refuses to start with this file)` : f.message;
      out.push(`::${COMMAND[f.severity]} ${props}::${escapeData(message)}`);
    }
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
