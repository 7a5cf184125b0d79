// The properties every input must keep, shared by the CI fuzz suite (lint-properties.test.ts,
// fixed seed, bounded runs) and `npm run fuzz` (scripts/fuzz.ts, random seed, many runs).
// They throw plain Errors (no test framework), so the script can run them too.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { fixesIn, fixUntilStable } from '../../server/src/linter/fix.js';
import { lint, type Finding, type LintResult } from '../../server/src/linter/index.js';
import { parseTarget, type ModelKind, type Span, type Target } from '../../server/src/model/index.js';
import { bytesFile, nearValidFile, validFile, type FuzzInput } from './arbitraries.js';

export const FILE = '/fuzz/redis.conf';

export function fuzzTarget(version = '7.4'): Target {
  const parsed = parseTarget(version);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.target;
}

function lintText(input: FuzzInput, text: string, target: Target): LintResult {
  return lint({ text, file: FILE, kind: input.kind, target });
}

function checkSpan(what: string, span: Span, text: string | undefined): void {
  if (text === undefined) throw new Error(`${what}: points into a file the model does not have`);
  if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
    throw new Error(`${what}: span ${span.start}-${span.end} outside the text (length ${text.length})`);
  }
}

/** Every span a finding carries (its own, related ones, fix edits) lies inside its file's text. */
function checkSpans(result: LintResult): void {
  const all: readonly Finding[] = [...result.findings, ...result.suppressed];
  for (const finding of all) {
    checkSpan(`${finding.ruleId} span`, finding.span, result.model.text(finding.file));
    for (const related of finding.related ?? []) checkSpan(`${finding.ruleId} related`, related.span, result.model.text(related.file));
    for (const edit of finding.fix?.edits ?? []) checkSpan(`${finding.ruleId} fix`, edit.span, result.model.text(finding.file));
  }
}

/** What a lint returns, as plain data (the model holds functions and caches). */
function plain(result: LintResult): unknown {
  return { findings: result.findings, suppressed: result.suppressed, verdict: result.verdict };
}

/** Findings as a multiset of rule id + message, numbers ignored (fixes move lines). */
function multiset(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.ruleId}: ${f.message.replace(/\d+/g, 'N')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The properties: `lint` does not throw (for any kind), spans lie inside their texts, linting is
 * deterministic, and applying every fix gives text that lints without new findings (by rule id
 * and message) and without a fatal finding it did not have.
 */
export function checkInput(input: FuzzInput, target: Target): void {
  const first = lintText(input, input.text, target);
  checkSpans(first);
  const again = lintText(input, input.text, target);
  if (!isDeepStrictEqual(plain(first), plain(again))) throw new Error('linting the same text twice gave different results');

  const fixed = fixUntilStable(input.text, (text) => fixesIn((text === input.text ? first : lintText(input, text, target)).findings, FILE));
  if (fixed.fixed === 0) return;
  const after = lintText(input, fixed.text, target);
  checkSpans(after);
  const before = multiset(first.findings);
  const grown = [...multiset(after.findings)].filter(([key, count]) => count > (before.get(key) ?? 0)).map(([key]) => key);
  if (grown.length > 0) throw new Error(`fixes introduced findings: ${grown.join(' | ')}\n--- fixed text ---\n${JSON.stringify(fixed.text)}`);
  const fatalBefore = first.findings.some((f) => f.fatal);
  if (!fatalBefore && after.findings.some((f) => f.fatal)) throw new Error(`fixes made the file fatal\n--- fixed text ---\n${JSON.stringify(fixed.text)}`);
  if (first.verdict.accepted && !after.verdict.accepted) throw new Error(`fixes made Redis refuse the file: ${after.verdict.reason}`);
}

export interface Family {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<FuzzInput>;
}

/** The input families, for one target. */
export function families(target: Target): Family[] {
  const kinds: ModelKind[] = ['conf', 'sentinel', 'acl'];
  return [
    ...kinds.map((kind) => ({ name: `valid ${kind} lines`, arbitrary: validFile(target, kind) })),
    ...kinds.map((kind) => ({ name: `near-valid ${kind} lines`, arbitrary: nearValidFile(target, kind) })),
    ...kinds.map((kind) => ({ name: `arbitrary bytes as ${kind}`, arbitrary: bytesFile(kind) })),
  ];
}

export function property(family: Family, target: Target): fc.IPropertyWithHooks<[FuzzInput]> {
  return fc.property(family.arbitrary, (input) => checkInput(input, target));
}
