import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import type { FileReport, ReportedFinding } from './types.js';

/** A path for people: relative to `cwd` when inside it (or one level up), else absolute. */
export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel === '' ? path : rel.startsWith(`..${sep}..${sep}`) ? path : rel;
}

/** A path relative to `cwd` with forward slashes, or undefined when the file is outside `cwd`. */
export function repoPath(path: string, cwd: string): string | undefined {
  if (!isAbsolute(path)) return path.replace(/\\/g, '/').replace(/^\.\//, '');
  const rel = relative(cwd, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/**
 * Stable identities for findings that survive edits elsewhere in the file: path (as given by
 * `pathOf`, relative to the repository) + rule id + the masked, blank-collapsed line content +
 * the occurrence of that triple. No line number (moving a line keeps its identity) and no secret
 * (the line is masked). Unique within one output.
 */
export function fingerprints(findings: readonly ReportedFinding[], pathOf: (finding: ReportedFinding) => string): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const line = finding.lineText.trim().replace(/[ \t]+/g, ' ');
    const key = `${pathOf(finding)}\0${finding.ruleId}\0${line}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
  });
}

/** Every finding of every report, with the report it came from. */
export function allFindings(reports: readonly FileReport[], withSuppressed = false): Array<{ report: FileReport; finding: ReportedFinding }> {
  const out: Array<{ report: FileReport; finding: ReportedFinding }> = [];
  for (const report of reports) {
    for (const finding of report.findings) out.push({ report, finding });
    if (withSuppressed) for (const finding of report.suppressed) out.push({ report, finding });
  }
  return out;
}
