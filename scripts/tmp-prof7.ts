import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { analyze, parseTarget } from '../server/src/model/index.js';
import { RULES } from '../server/src/rules/index.js';
import { generateAclFile } from './bench-acl.js';
useNodeKnowledgeSource();
const p = parseTarget('7.4'); if (!p.ok) throw 1;
const text = generateAclFile(10000);
const model0 = analyze({ text, file: '/u.acl', kind: 'acl', target: p.target });
const rules = RULES.filter((r) => r.meta.id.startsWith('acl-') && r.meta.kinds.includes('acl'));
for (let i = 0; i < 10; i++) {
  const model = { ...model0 };
  const t = performance.now();
  for (const r of rules) r.check({ model, report() {} });
  if (i === 9) console.log(Math.round(performance.now() - t));
}
