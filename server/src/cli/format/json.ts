// DESIGN.md JSON contract: one entry per file with findings (included files get their own).

import type { FileReport, ReportedFinding } from './types.js';

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
    const byFile = new Map<string, ReportedFinding[]>([[report.path, []]]);
    for (const finding of report.findings) {
      const list = byFile.get(finding.file);
      if (list) list.push(finding);
      else byFile.set(finding.file, [finding]);
    }
    for (const [filePath, findings] of byFile) {
      out.push({
        filePath,
        messages: findings.map((f) => ({
          ruleId: f.ruleId,
          severity: SEVERITY_NUMBER[f.severity],
          line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
          message: f.message,
          fatal: f.fatal,
        })),
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
