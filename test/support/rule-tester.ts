// Runs one rule on annotated cases and compares ids and exact ranges both ways.

import { describe, expect, it } from 'vitest';
import './knowledge.js';
import { lint, type Finding } from '../../server/src/linter/index.js';
import { LineIndex, parseTarget, type FileAccess, type ModelKind } from '../../server/src/model/index.js';
import { parseAnnotated, type ExpectedFinding } from './annotations.js';
import type { Deployment } from '../../server/src/model/embedded/deployment.js';

export interface RuleCase {
  /** Annotated text (see annotations.ts). */
  readonly text: string;
  readonly name?: string;
  readonly kind?: ModelKind;
  readonly target?: string;
  readonly files?: FileAccess;
  readonly root?: string;
  /** Where the config runs (container rules): as a manifest around it would say. */
  readonly deployment?: Deployment;
  /** Exact messages, in finding order. */
  readonly messages?: readonly string[];
  /** Whether the findings are fatal (all of them). */
  readonly fatal?: boolean;
  /** The text after applying every fix of the rule's findings (fixable rules). */
  readonly output?: string;
}

export function applyFixes(text: string, findings: readonly Finding[]): string {
  const edits = findings.flatMap((f) => f.fix?.edits ?? []).sort((a, b) => b.span.start - a.span.start);
  let out = text;
  let limit = Infinity;
  for (const edit of edits) {
    if (edit.span.end > limit) continue; // overlapping edits: keep the later one only
    out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
    limit = edit.span.start;
  }
  return out;
}

export function runRule(ruleId: string, testCase: RuleCase) {
  const { text, expected } = parseAnnotated(testCase.text);
  const parsed = parseTarget(testCase.target ?? '7.0');
  if (!parsed.ok) throw new Error(parsed.message);
  const result = lint(
    {
      text, file: '/test/redis.conf', kind: testCase.kind ?? 'conf', target: parsed.target,
      ...(testCase.files ? { files: testCase.files } : {}),
      ...(testCase.root ? { root: testCase.root } : {}),
      ...(testCase.deployment ? { deployment: testCase.deployment } : {}),
    },
    { only: [ruleId] },
  );
  const lines = new LineIndex(text);
  const actual: ExpectedFinding[] = result.findings
    .filter((f) => f.file === '/test/redis.conf')
    .map((f) => {
      const at = lines.position(f.span.start);
      return { ruleId: f.ruleId, line: at.line, start: at.character, end: at.character + (f.span.end - f.span.start) };
    });
  return { text, expected, actual, findings: result.findings, result };
}

export function ruleTester(ruleId: string, cases: { valid: readonly RuleCase[]; invalid: readonly RuleCase[] }): void {
  describe(ruleId, () => {
    cases.valid.forEach((testCase, i) => {
      it(`valid #${i + 1}${testCase.name ? `: ${testCase.name}` : ''}`, () => {
        const { actual } = runRule(ruleId, testCase);
        expect(actual).toEqual([]);
      });
    });
    cases.invalid.forEach((testCase, i) => {
      it(`invalid #${i + 1}${testCase.name ? `: ${testCase.name}` : ''}`, () => {
        const { expected, actual, findings, text } = runRule(ruleId, testCase);
        expect(expected.length).toBeGreaterThan(0);
        expect(actual).toEqual(expected);
        if (testCase.messages) expect(findings.map((f) => f.message)).toEqual(testCase.messages);
        if (testCase.fatal !== undefined) expect(findings.map((f) => f.fatal)).toEqual(findings.map(() => testCase.fatal));
        if (testCase.output !== undefined) expect(applyFixes(text, findings)).toBe(testCase.output);
      });
    });
  });
}
