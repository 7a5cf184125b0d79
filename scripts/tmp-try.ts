import { readFileSync } from 'node:fs';
import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { lint } from '../server/src/linter/index.js';
import { LineIndex, parseTarget } from '../server/src/model/index.js';
useNodeKnowledgeSource();
const [file, version = '7.0', kind = 'acl'] = process.argv.slice(2);
const p = parseTarget(version); if (!p.ok) throw new Error();
const text = readFileSync(file, 'utf8');
const r = lint({ text, file, kind: kind as 'acl', target: p.target });
const li = new LineIndex(text);
for (const f of r.findings) { const a = li.position(f.span.start); console.log(`${a.line+1}:${a.character+1}-${a.character+1+f.span.end-f.span.start} ${f.severity} ${f.ruleId}: ${f.message}`); }
