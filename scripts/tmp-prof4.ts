import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { analyze, parseTarget } from '../server/src/model/index.js';
import { RULES } from '../server/src/rules/index.js';
import { generateAclFile } from './bench-acl.js';
useNodeKnowledgeSource();
const p = parseTarget('7.4'); if (!p.ok) throw 1;
const n = Number(process.argv[2] ?? 10000);
const text = generateAclFile(n);
const run = () => {
  const t0 = performance.now();
  const model = analyze({ text, file: '/u.acl', kind: 'acl', target: p.target });
  const t1 = performance.now();
  let count = 0;
  const times: Record<string, number> = {};
  for (const rule of RULES) {
    if (!rule.meta.kinds.includes('acl')) continue;
    const s = performance.now();
    rule.check({ model, report() { count++; } });
    times[rule.meta.id] = Math.round(performance.now() - s);
  }
  return { analyze: Math.round(t1 - t0), rules: Math.round(performance.now() - t1), count, times };
};
run();
for (let i = 0; i < 3; i++) console.log(JSON.stringify(run()));
