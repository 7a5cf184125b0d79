// Every rule has a doc page and a test file named by its id (DESIGN.md), and every doc page
// belongs to a rule.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../server/src/rules/index.js';

const root = join(import.meta.dirname, '..', '..');
const HEADINGS = ['## What it finds', '## Why it matters', '## How to fix', '## Examples'];
/** Findings the linter itself reports (not rule modules). */
const LINTER_IDS = new Set(['unused-suppression']);

describe('rule parity', () => {
  it('ids are unique kebab-case', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  for (const rule of RULES) {
    const id = rule.meta.id;
    it(`${id} has a doc page with the required sections`, () => {
      const doc = join(root, 'docs', 'rules', `${id}.md`);
      expect(existsSync(doc), `docs/rules/${id}.md`).toBe(true);
      const text = readFileSync(doc, 'utf8');
      expect(text.split('\n')[0]).toBe(`# ${id}`);
      for (const heading of HEADINGS) expect(text, heading).toContain(heading);
    });
    it(`${id} has a test file`, () => {
      expect(existsSync(join(root, 'test', 'rules', `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
    });
  }

  it('every doc page belongs to a rule', () => {
    const ids = new Set([...RULES.map((r) => r.meta.id), ...LINTER_IDS]);
    const orphans = readdirSync(join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).filter((id) => !ids.has(id));
    expect(orphans).toEqual([]);
  });
});
