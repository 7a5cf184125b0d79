import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { analyze, parseTarget } from '../server/src/model/index.js';
import { RULES } from '../server/src/rules/index.js';
import { generateAclFile } from './bench-acl.js';
import { splitAclFile } from '../server/src/model/acl/index.js';
useNodeKnowledgeSource();
const p = parseTarget('7.4'); if (!p.ok) throw 1;
const text = generateAclFile(10000);
const cpu = (f: () => void) => { const a = process.cpuUsage(); const t = performance.now(); f(); const b = process.cpuUsage(a); return [Math.round((b.user + b.system) / 1000), Math.round(performance.now() - t)]; };
const res: Record<string, number[][]> = { split: [], analyze: [], rules: [] };
for (let i = 0; i < 8; i++) {
  res.split.push(cpu(() => splitAclFile(text)));
  let model: ReturnType<typeof analyze>;
  res.analyze.push(cpu(() => { model = analyze({ text, file: '/u.acl', kind: 'acl', target: p.target }); }));
  res.rules.push(cpu(() => { for (const r of RULES) if (r.meta.kinds.includes('acl')) r.check({ model, report() {} }); }));
}
for (const [k, v] of Object.entries(res)) console.log(k, 'cpu min', Math.min(...v.map((x) => x[0])), 'wall min', Math.min(...v.map((x) => x[1])));
