import { it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import './support/knowledge.js';
import { lint } from '../server/src/linter/index.js';
import { parseTarget, LineIndex } from '../server/src/model/index.js';
const MINE = new Set(process.env.MINE!.split(','));
it('scratch', () => {
  const t = parseTarget(process.env.TGT ?? '7.0'); if (!t.ok) throw new Error();
  for (const f of process.env.FILES!.split(',')) {
    const text = readFileSync(f, 'utf8');
    const kind = f.endsWith('.acl') ? 'acl' : f.includes('sentinel') ? 'sentinel' : 'conf';
    const r = lint({ text, file: f, kind, target: t.target });
    const li = new LineIndex(text);
    console.log('=== ' + f);
    for (const x of r.findings) if (MINE.has(x.ruleId)) console.log(`  ${li.position(x.span.start).line + 1}: ${x.severity} ${x.ruleId}: ${x.message.slice(0, 140)}`);
  }
});
