// Runs the rules over the model and returns plain findings, with severities applied and
// secrets scrubbed. No I/O here: callers pass file access and print the result.

import { analyze, type AnalyzeInput, type LintModel, type Verdict } from '../model/index.js';
import { RULES, RULES_BY_ID, type Finding, type Rule, type Severity } from '../rules/index.js';
import { scrub, secretValues } from './redact.js';

export type SeveritySetting = Severity | 'off';

export interface LintOptions {
  /** Per-rule severity or `off`; fatal findings stay errors whatever is set here. */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  /** Run only these rules (the rule tester uses it). */
  readonly only?: readonly string[];
}

export interface LintResult {
  readonly model: LintModel;
  readonly findings: readonly Finding[];
  readonly verdict: Verdict;
}

export function lintModel(model: LintModel, options: LintOptions = {}): LintResult {
  const findings: Finding[] = [];
  const secrets = secretValues(model);
  const rules: readonly Rule[] = options.only ? options.only.map((id) => RULES_BY_ID.get(id)).filter((r): r is Rule => !!r) : RULES;
  for (const rule of rules) {
    if (!rule.meta.kinds.includes(model.kind)) continue;
    const setting = options.rules?.[rule.meta.id];
    rule.check({
      model,
      report(span, message, extra = {}) {
        const fatal = extra.fatal ?? false;
        if (setting === 'off' && !fatal) return;
        const severity: Severity = fatal ? 'error' : setting && setting !== 'off' ? setting : extra.severity ?? rule.meta.severity;
        findings.push({
          ruleId: rule.meta.id,
          severity,
          message: scrub(message, secrets),
          fatal,
          file: extra.file ?? model.mainFile,
          span,
          ...(extra.fix ? { fix: extra.fix } : {}),
          ...(extra.related ? { related: extra.related.map((r) => ({ ...r, message: scrub(r.message, secrets) })) } : {}),
        });
      },
    });
  }
  findings.sort(compareFindings);
  return { model, findings, verdict: model.verdict };
}

export function lint(input: AnalyzeInput, options: LintOptions = {}): LintResult {
  return lintModel(analyze(input), options);
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export { maskSpans, secretsIn, MASK } from './redact.js';
export type { Finding, Severity, Rule } from '../rules/index.js';
export { RULES, RULES_BY_ID } from '../rules/index.js';
export { checkConfig, type CheckConfigInput } from './check-config.js';
