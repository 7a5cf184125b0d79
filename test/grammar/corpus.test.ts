// Real files and snippets with redis-server's recorded verdicts (../shared/corpus): the grammar must
// reject a line with a quoting error exactly where Redis did, and nowhere else.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ConfDocument } from '../../grammar/src/index.js';
import { parseAcl, parseConf } from '../../grammar/src/index.js';
import { parseAclWith } from '../../grammar/src/acl/parse-acl.js';
import { parseConfWith } from '../../grammar/src/conf/parse-conf.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const unbalanced = 'Unbalanced quotes in configuration line';

/** What the grammar says about Redis's verdict: accepted, or rejected at 1-based `line` for `reason`. */
function expectAgrees(doc: ConfDocument, verdict: { accepted: boolean; line: number | null; reason: string }): void {
  const firstInvalid = doc.lines.find((l) => l.kind === 'invalid');
  if (verdict.reason === unbalanced) {
    expect(firstInvalid?.line).toBe(verdict.line! - 1);
  } else if (verdict.accepted || verdict.line === null) {
    expect(firstInvalid).toBeUndefined();
  } else if (firstInvalid) {
    // Redis stops at the first bad line, which here was not a quoting error.
    expect(firstInvalid.line).toBeGreaterThan(verdict.line - 1);
  }
}

describe.skipIf(!existsSync(corpus))('corpus', () => {
  it('config files: quoting errors where redis-server found them, same AST on both paths', () => {
    const rows = readFileSync(corpus + 'oracle.tsv', 'utf8').trim().split('\n').slice(1);
    const confRows = rows.filter((row) => !row.startsWith('acl/'));
    expect(confRows.length).toBeGreaterThan(50);
    for (const row of confRows) {
      const [file, , accepted, line, reason] = row.split('\t');
      const text = readFileSync(corpus + file, 'utf8');
      const doc = parseConf(text);
      expect(parseConfWith(text, false)).toEqual(doc);
      expectAgrees(doc, { accepted: accepted === 'yes', line: line ? Number(line) : null, reason });
    }
  });

  it('config snippets: quoting errors where redis-server found them', () => {
    const cases = readFileSync(corpus + 'config-cases.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(cases.filter((c) => c.reason === unbalanced).length).toBeGreaterThan(0);
    for (const c of cases) {
      const doc = parseConf(c.text);
      expect(parseConfWith(c.text, false)).toEqual(doc);
      expectAgrees(doc, c);
    }
  });

  it('ACL files: same AST on both paths; files Redis accepted have only `user <name>` lines', () => {
    const accepted = new Set(
      readFileSync(corpus + 'oracle.tsv', 'utf8')
        .split('\n')
        .filter((row) => row.startsWith('acl/') && row.split('\t')[2] === 'yes')
        .map((row) => row.split('\t')[0]),
    );
    expect(accepted.size).toBeGreaterThan(5);
    for (const dir of ['acl', 'hardened']) {
      for (const name of readdirSync(corpus + dir).filter((n) => n.endsWith('.acl'))) {
        const text = readFileSync(`${corpus}${dir}/${name}`, 'utf8');
        const doc = parseAcl(text);
        expect(parseAclWith(text, false)).toEqual(doc);
        if (!accepted.has(`${dir}/${name}`)) continue;
        for (const line of doc.lines) expect([line.keyword.value, line.username?.value !== undefined]).toEqual(['user', true]);
      }
    }
  });
});
