import { relative } from 'node:path';
import type { Finding } from '../../linter/index.js';
import type { FileReport } from './types.js';

export interface Located {
  readonly finding: Finding;
  /** 1-based, columns in UTF-16 code units. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function locate(report: FileReport, finding: Finding): Located {
  const lines = report.result.model.lines(finding.file);
  if (!lines) return { finding, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const start = lines.position(finding.span.start);
  const end = lines.position(finding.span.end);
  return { finding, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

export function displayPath(path: string, cwd: string): string {
  if (!path.startsWith('/')) return path;
  const rel = relative(cwd, path);
  return rel === '' ? path : rel.startsWith('../../') ? path : rel;
}
