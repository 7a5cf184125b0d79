// Runs the rules over the model and returns plain findings, with severities applied and
// secrets scrubbed. No I/O here: callers pass file access and print the result.

import { analyze, WORK, type AnalyzeInput, type LintModel, type Verdict } from '../model/index.js';
import { RULES, RULES_BY_ID, type Finding, type RelatedLocation, type ReportOptions, type Rule, type Severity } from '../rules/index.js';
import { scrub, secretValues } from './redact.js';
import { applySuppressions, LINTER_RULES, type SuppressedFinding } from './suppressions.js';

export type SeveritySetting = Severity | 'off';

export interface LintOptions {
  /** Per-rule severity or `off`; fatal findings stay errors whatever is set here. */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  /** Run only these rules (the rule tester uses it). */
  readonly only?: readonly string[];
  /** A suppression comment without ` -- reason` does not apply (config `requireSuppressionReason`). */
  readonly requireSuppressionReason?: boolean;
  /** Password strength settings from the config file, for the password rules. */
  readonly passwordPolicy?: PasswordPolicy;
}

export interface PasswordPolicy {
  /** Shortest acceptable password, in characters. */
  readonly minLength?: number;
  /** Lowest acceptable zxcvbn score (0–4). */
  readonly minScore?: number;
}

export interface LintResult {
  readonly model: LintModel;
  /** What to show: suppressed findings are not here. */
  readonly findings: readonly Finding[];
  /** Findings a `# redis-lint-disable…` comment hid (fatal ones still count in `verdict`). */
  readonly suppressed: readonly SuppressedFinding[];
  readonly verdict: Verdict;
}

export function lintModel(model: LintModel, options: LintOptions = {}): LintResult {
  const findings: Finding[] = [];
  const secrets = secretValues(model);
  const rules: readonly Rule[] = options.only ? options.only.map((id) => RULES_BY_ID.get(id)).filter((r): r is Rule => !!r) : RULES;
  for (const rule of rules) {
    if (!rule.meta.kinds.includes(model.kind)) continue;
    const setting = options.rules?.[rule.meta.id];
    WORK.ruleChecks++;
    rule.check({
      model,
      report(span, message, extra = NO_EXTRA) {
        const fatal = extra.fatal ?? false;
        if (setting === 'off' && !fatal) return;
        WORK.findings++;
        const severity: Severity = fatal ? 'error' : setting && setting !== 'off' ? setting : extra.severity ?? rule.meta.severity;
        // Built without spreads: a rule may report tens of thousands of findings (overridden-setting).
        const finding: Mutable<Finding> = { ruleId: rule.meta.id, severity, message: scrub(message, secrets), fatal, file: extra.file ?? model.mainFile, span };
        if (extra.fix) finding.fix = extra.fix;
        if (extra.related) finding.related = secrets.length === 0 ? extra.related.map(copyRelated) : extra.related.map((r) => ({ ...r, message: scrub(r.message, secrets) }));
        findings.push(finding);
      },
    });
  }
  findings.sort(compareFindings);
  const onlyLinterRule = (id: string) => !options.only || options.only.includes(id);
  const applied = applySuppressions(model, findings, {
    knownRules: KNOWN_RULE_IDS,
    report: LINTER_RULES.some((r) => onlyLinterRule(r.id)),
    scrub: (text) => scrub(text, secrets),
    ...(options.rules ? { settings: options.rules } : {}),
    ...(options.requireSuppressionReason ? { requireReason: true } : {}),
  });
  const shown = options.only ? applied.findings.filter((f) => options.only?.includes(f.ruleId)) : applied.findings;
  shown.sort(compareFindings);
  return { model, findings: shown, suppressed: applied.suppressed, verdict: model.verdict };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const NO_EXTRA: ReportOptions = {};
const copyRelated = (r: RelatedLocation): RelatedLocation => ({ ...r });

const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([...RULES.map((r) => r.meta.id), ...LINTER_RULES.map((r) => r.id)]);

export function lint(input: AnalyzeInput, options: LintOptions = {}): LintResult {
  return lintModel(analyze(input), options);
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export { maskSpans, secretsIn, MASK } from './redact.js';
export type { Finding, Severity, Rule, RuleMeta, Fix } from '../rules/index.js';
export { RULES, RULES_BY_ID } from '../rules/index.js';
export { holdsPassword } from '../rules/shared/passwords.js';
export { loadZxcvbnEstimator, registerZxcvbn, ZXCVBN_MODULES } from '../rules/shared/zxcvbn-estimator.js';
export { checkConfig, type CheckConfigInput } from './check-config.js';
export { LINTER_RULES, UNUSED_SUPPRESSION, type SuppressedFinding } from './suppressions.js';
