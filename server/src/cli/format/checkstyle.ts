// Checkstyle XML, read by many CI tools (Jenkins warnings-ng, reviewdog, Bitbucket…).

import { displayPath } from './positions.js';
import type { FileReport, FormatContext } from './types.js';
import { xml } from './xml.js';

export function formatCheckstyle(reports: readonly FileReport[], ctx: FormatContext): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const report of reports) {
    const byFile = new Map<string, string[]>([[report.path, []]]);
    for (const f of report.findings) {
      const message = f.fatal ? `${f.message} (fatal: Redis refuses to start with this file)` : f.message;
      const line = `    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${xml(message)}" source="redis-lint.${xml(f.ruleId)}"/>`;
      const list = byFile.get(f.file);
      if (list) list.push(line);
      else byFile.set(f.file, [line]);
    }
    for (const [file, lines] of byFile) {
      out.push(`  <file name="${xml(displayPath(file, ctx.cwd))}">`, ...lines, '  </file>');
    }
  }
  out.push('</checkstyle>');
  return `${out.join('\n')}\n`;
}
