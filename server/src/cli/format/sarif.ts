// SARIF 2.1.0 for GitHub code scanning (and any SARIF viewer): every rule in tool.driver.rules
// with descriptions, help and a docs link; results with repository-relative URIs under
// %SRCROOT%, 1-based regions in UTF-16 columns, ruleIndex, stable partialFingerprints, and the
// findings hidden by a suppression comment or the baseline as suppressed results.

import { pathToFileURL } from 'node:url';
import type { RuleMeta, Severity } from '../../linter/index.js';
import { allRules, docsUrl, readRuleDoc } from '../rule-catalog.js';
import { allFindings, fingerprints, repoPath } from './positions.js';
import type { FileReport, FormatContext, ReportedFinding } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub's scale: ≥9 critical, ≥7 high, ≥4 medium, else low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.5', info: '3.0' };
export const FINGERPRINT_KEY = 'redisLint/v1';
export const SRCROOT = '%SRCROOT%';

function pascal(id: string): string {
  return id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function sarifRule(meta: RuleMeta, ctx: FormatContext) {
  const doc = readRuleDoc(ctx.docsDir, meta.id);
  const fix = meta.fixable ? ' redis-lint --fix can fix it.' : '';
  return {
    id: meta.id,
    name: pascal(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: `${meta.description} Category: ${meta.category}; default severity: ${meta.severity}; applies to ${meta.kinds.join(', ')} files.${fix}` },
    helpUri: docsUrl(meta.id),
    help: doc ? { text: doc, markdown: doc } : { text: `See ${docsUrl(meta.id)}`, markdown: `See [${meta.id}](${docsUrl(meta.id)}).` },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: {
      tags: [meta.category],
      precision: 'very-high',
      'problem.severity': meta.severity === 'info' ? 'recommendation' : meta.severity,
      ...(meta.category === 'security' ? { 'security-severity': SECURITY_SEVERITY[meta.severity] } : {}),
    },
  };
}

function encodePath(path: string): string {
  return path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}

function artifactLocation(file: string, cwd: string) {
  const relative = repoPath(file, cwd);
  if (relative !== undefined) return { uri: encodePath(relative), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(file).href };
}

export function toSarif(reports: readonly FileReport[], ctx: FormatContext) {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const items = allFindings(reports, true);
  const findings = items.map((i) => i.finding);
  const prints = fingerprints(findings, (f) => repoPath(f.file, ctx.cwd) ?? f.file);
  const results = findings.map((finding: ReportedFinding, i) => {
    const ruleIndex = index.get(finding.ruleId);
    return {
      ruleId: finding.ruleId,
      ...(ruleIndex === undefined ? {} : { ruleIndex }),
      level: LEVEL[finding.severity],
      message: { text: finding.fatal ? `${finding.message} (fatal: Redis refuses to start with this file)` : finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(finding.file, ctx.cwd),
            region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
      ...(finding.suppressed
        ? {
            suppressions: [
              {
                kind: finding.suppressed.kind,
                ...(finding.suppressed.reason ? { justification: finding.suppressed.reason } : {}),
              },
            ],
          }
        : {}),
      properties: { fatal: finding.fatal, fixable: finding.fixable },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'redis-lint',
            version: ctx.version,
            ...(/^\d+\.\d+\.\d+/.test(ctx.version) ? { semanticVersion: ctx.version } : {}),
            informationUri: 'https://github.com/redis-lint/redis-lint',
            rules: rules.map((r) => sarifRule(r, ctx)),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits' as const,
        results,
      },
    ],
  };
}

export function formatSarif(reports: readonly FileReport[], ctx: FormatContext): string {
  return `${JSON.stringify(toSarif(reports, ctx), null, 2)}\n`;
}
