// GitLab Code Quality report (a subset of the Code Climate issue format):
// https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format

import type { RuleMeta } from '../../linter/index.js';
import { allRules } from '../rule-catalog.js';
import { allFindings, displayPath, fingerprints, repoPath } from './positions.js';
import type { FileReport, FormatContext, ReportedFinding } from './types.js';

export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

const CATEGORY: Record<RuleMeta['category'], string> = {
  correctness: 'Bug Risk',
  security: 'Security',
  reliability: 'Bug Risk',
  deprecation: 'Compatibility',
  style: 'Style',
};

function severityOf(finding: ReportedFinding, meta: RuleMeta | undefined): GitlabSeverity {
  if (finding.fatal) return 'blocker';
  if (finding.severity === 'error') return meta?.category === 'security' ? 'critical' : 'major';
  return finding.severity === 'warning' ? 'minor' : 'info';
}

export function toGitlab(reports: readonly FileReport[], ctx: FormatContext) {
  const metas = new Map(allRules().map((r) => [r.id, r]));
  const findings = allFindings(reports).map((i) => i.finding);
  const pathOf = (f: ReportedFinding) => repoPath(f.file, ctx.cwd) ?? displayPath(f.file, ctx.cwd);
  const prints = fingerprints(findings, pathOf);
  return findings.map((finding, i) => {
    const meta = metas.get(finding.ruleId);
    return {
      type: 'issue',
      check_name: finding.ruleId,
      description: finding.fatal ? `${finding.message} (fatal: Redis refuses to start with this file)` : finding.message,
      categories: [meta ? CATEGORY[meta.category] : 'Bug Risk'],
      fingerprint: prints[i],
      severity: severityOf(finding, meta),
      location: { path: pathOf(finding), lines: { begin: finding.line, end: finding.endLine } },
    };
  });
}

export function formatGitlab(reports: readonly FileReport[], ctx: FormatContext): string {
  return `${JSON.stringify(toGitlab(reports, ctx), null, 2)}\n`;
}
