// The properties every input must keep, shared by the CI fuzz suite (lint-properties.test.ts,
// fixed seed, bounded runs) and `npm run fuzz` (scripts/fuzz.ts, random seed, many runs).
// They throw plain Errors (no test framework), so the script can run them too.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { fixesIn, fixUntilStable } from '../../server/src/linter/fix.js';
import { lint, UNUSED_SUPPRESSION, type Finding, type LintResult } from '../../server/src/linter/index.js';
import { scrub, secretValues } from '../../server/src/linter/redact.js';
import { getDirectives } from '../../server/src/knowledge/directives.js';
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

/** Directive aliases of the target (`masterauth` → `primaryauth`): a fix may rename one. */
const aliasPatterns = new Map<string, Array<[RegExp, string]>>();
function aliases(target: Target): Array<[RegExp, string]> {
  let list = aliasPatterns.get(target.dataId);
  if (!list) {
    list = [];
    for (const info of getDirectives(target).all()) for (const alias of info.aliases ?? []) list.push([new RegExp(`\\b${alias.replace(/[-.]/g, '\\$&')}\\b`, 'g'), info.name]);
    aliasPatterns.set(target.dataId, list);
  }
  return list;
}

/**
 * A finding's message with what a fix legitimately changes made equal: numbers (fixes move
 * lines), the sigil of a masked secret (hashing `>pw` gives `#****`), directive aliases.
 */
function normalized(message: string, target: Target): string {
  let out = message.replace(/\d+/g, 'N').replace(/[><#!]?\*{4}/g, '****');
  for (const [pattern, name] of aliases(target)) out = out.replace(pattern, name);
  return out;
}

function counts<T>(items: readonly T[]): Map<T, number> {
  const map = new Map<T, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

/**
 * Findings a fix introduced: a rule reporting more often than before, or reporting something new
 * (rule id + normalized message) while reporting no less often (a fix that removes one finding
 * may let the rule name a different cause for another, e.g. the next redundant ACL rule).
 */
function introduced(first: LintResult, after: LintResult, target: Target): string[] {
  const before = first.findings;
  const idsBefore = counts(before.map((f) => f.ruleId));
  const idsAfter = counts(after.findings.map((f) => f.ruleId));
  // A fix may also solve a problem a comment suppressed: the comment is then reported unused.
  const solved = Math.max(0, first.suppressed.length - after.suppressed.length);
  idsBefore.set(UNUSED_SUPPRESSION, (idsBefore.get(UNUSED_SUPPRESSION) ?? 0) + solved);
  const out: string[] = [];
  for (const [id, count] of idsAfter) if (count > (idsBefore.get(id) ?? 0)) out.push(`${id} ×${count} (was ×${idsBefore.get(id) ?? 0})`);
  // Compared under the same redaction: a fix that hashes a password stops it being a secret.
  const secrets = secretValues(first.model);
  const keyOf = (f: Finding) => `${f.ruleId}: ${normalized(scrub(f.message, secrets), target)}`;
  const messagesBefore = counts(before.map(keyOf));
  for (const [key, count] of counts(after.findings.map(keyOf))) {
    const id = key.slice(0, key.indexOf(':'));
    if (count > (messagesBefore.get(key) ?? 0) && (idsAfter.get(id) ?? 0) >= (idsBefore.get(id) ?? 0) && id !== UNUSED_SUPPRESSION) out.push(key);
  }
  return [...new Set(out)];
}

/**
 * The properties: `lint` does not throw (for any kind), spans lie inside their texts, linting is
 * deterministic, and applying every fix gives text that lints without new findings (see
 * `introduced`), without a fatal finding it did not have, and that Redis still accepts if it did.
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
  const grown = introduced(first, after, target);
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
