// Checks across the files of one run (`redis-lint a.conf b.conf sentinel.conf`, a folder, a
// Compose file with several services): each worker returns the facts of its file with every
// location already turned into output positions (secrets masked); the main thread relates them
// (linter/cross-file.ts) and adds the findings to the reports.

import { basename } from 'node:path';
import { lintSet } from '../linter/cross-file.js';
import type { LintResult } from '../linter/index.js';
import type { Location } from '../linter/mapped.js';
import { mapFacts, nodeFacts, type Located, type NodeFacts } from '../model/cross-file/facts.js';
import type { LintModel, Span } from '../model/index.js';
import type { FileReport, ReportedFinding } from './format/types.js';
import { displayPath } from './format/positions.js';
import type { SeveritySetting } from '../linter/index.js';

/** An output position: what a ReportedFinding needs besides the rule and message. */
export type ReportedLocation = Pick<ReportedFinding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'frame' | 'lineText'>;

/** Facts as they cross threads: positions for output, and the report they belong to. */
export interface TaskFacts {
  readonly reportPath: string;
  readonly nodes: readonly NodeFacts<ReportedLocation>[];
}

/** A span of a (mapped) result as an output position. */
export type Locate = (result: LintResult, file: string, span: Span) => ReportedLocation;

export interface FactsSource {
  /** The result as shown (mapped onto what people wrote). */
  readonly result: LintResult;
  /** The model before mapping (its own files and offsets). */
  readonly model: LintModel;
  readonly toDisplay: (at: Located) => Location;
  readonly label: string;
  /** The file the facts are about, as shown. */
  readonly displayFile: string;
}

/** The facts of linted files, positions resolved with `locate`. */
export function taskFacts(reportPath: string, sources: readonly FactsSource[], locate: Locate): TaskFacts {
  const nodes: NodeFacts<ReportedLocation>[] = [];
  for (const source of sources) {
    const facts = nodeFacts(source.model, source.label, source.displayFile);
    if (!facts) continue;
    nodes.push(mapFacts(facts, (at) => {
      const shown = source.toDisplay(at);
      return locate(source.result, shown.file, shown.span);
    }));
  }
  return { reportPath, nodes };
}

/** A label for messages: the file name, and which service or key of a manifest. */
export function factsLabel(path: string, unit?: string): string {
  return unit ? `${basename(path)} (${unit})` : basename(path);
}

/**
 * Adds the cross-file findings to `reports` (matched by path). `settingsFor` gives the rule
 * settings of the file a finding lands in.
 */
export function addCrossFileFindings(
  reports: FileReport[],
  facts: readonly TaskFacts[],
  cwd: string,
  settingsFor: (reportPath: string) => Readonly<Record<string, SeveritySetting>> | undefined,
): FileReport[] {
  const owner = new Map<NodeFacts<ReportedLocation>, string>();
  const nodes: NodeFacts<ReportedLocation>[] = [];
  for (const entry of facts) {
    for (const node of entry.nodes) {
      owner.set(node, entry.reportPath);
      nodes.push(node);
    }
  }
  if (nodes.length < 2) return reports;
  const reportOf = new Map<ReportedLocation, string>();
  for (const node of nodes) {
    const path = owner.get(node) ?? '';
    const mark = (at: ReportedLocation | undefined) => {
      if (at) reportOf.set(at, path);
    };
    mark(node.anchor);
    mark(node.replicaOf?.at);
    mark(node.masterauth?.at);
    mark(node.masteruser?.at);
    mark(node.cluster?.at);
    mark(node.tls.at);
    for (const user of node.users ?? []) mark(user.at);
    for (const m of node.monitors) {
      mark(m.at);
      mark(m.authPass?.at);
      mark(m.authUser?.at);
    }
  }
  const findings = lintSet(nodes, {
    describe: (at) => `${displayPath(at.file, cwd)}:${at.line}`,
    settings: (at) => settingsFor(reportOf.get(at) ?? at.file),
  });
  if (findings.length === 0) return reports;
  const byReport = new Map<string, ReportedFinding[]>();
  for (const finding of findings) {
    const path = reportOf.get(finding.at) ?? finding.at.file;
    const list = byReport.get(path) ?? [];
    list.push({ ...finding.at, ruleId: finding.ruleId, severity: finding.severity, message: finding.message, fatal: false, fixable: false });
    byReport.set(path, list);
  }
  return reports.map((report) => {
    const extra = byReport.get(report.path);
    if (!extra) return report;
    const all = [...report.findings, ...extra].sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1));
    return { ...report, findings: all };
  });
}
