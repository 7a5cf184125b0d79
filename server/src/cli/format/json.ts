// DESIGN.md JSON contract: one entry per file with findings (included files get their own).

import type { Finding } from '../../linter/index.js';
import { locate } from './positions.js';
import type { FileReport } from './types.js';

const SEVERITY_NUMBER = { error: 2, warning: 1, info: 0 } as const;

export interface JsonFileResult {
  filePath: string;
  messages: Array<{
    ruleId: string;
    severity: 0 | 1 | 2;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    message: string;
    fatal: boolean;
  }>;
  errorCount: number;
  warningCount: number;
}

export function toJson(reports: readonly FileReport[]): JsonFileResult[] {
  const out: JsonFileResult[] = [];
  for (const report of reports) {
    const byFile = new Map<string, Finding[]>([[report.path, []]]);
    for (const finding of report.findings) {
      const file = finding.file === report.result.model.mainFile ? report.path : finding.file;
      const list = byFile.get(file);
      if (list) list.push(finding);
      else byFile.set(file, [finding]);
    }
    for (const [filePath, findings] of byFile) {
      const messages = findings.map((finding) => {
        const at = locate(report, finding);
        return {
          ruleId: finding.ruleId,
          severity: SEVERITY_NUMBER[finding.severity],
          line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn,
          message: finding.message,
          fatal: finding.fatal,
        };
      });
      out.push({
        filePath,
        messages,
        errorCount: findings.filter((f) => f.severity === 'error').length,
        warningCount: findings.filter((f) => f.severity === 'warning').length,
      });
    }
  }
  return out;
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(toJson(reports), null, 2)}\n`;
}
