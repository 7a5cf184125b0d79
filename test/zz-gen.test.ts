import { it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { applyFixes, runRule } from './support/rule-tester.js';
it('gen', () => {
  const cases = JSON.parse(readFileSync('/tmp/gen/cases.json', 'utf8'));
  const out: Record<string, unknown> = {};
  for (const c of cases) {
    try {
      const r = runRule(c.rule, { text: c.text, ...(c.target ? { target: c.target } : {}), ...(c.kind ? { kind: c.kind } : {}) });
      out[c.key] = { expected: r.expected, actual: r.actual, messages: r.findings.map((f) => f.message), severities: r.findings.map((f) => f.severity), output: applyFixes(r.text, r.findings), ok: JSON.stringify(r.expected) === JSON.stringify(r.actual) };
    } catch (e) {
      out[c.key] = { error: String(e) };
    }
  }
  writeFileSync('/tmp/gen/actual.json', JSON.stringify(out, null, 1));
});
