import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { parseTarget, LineIndex } from '../server/src/model/index.js';
import { parseAcl } from '../grammar/src/index.js';
import { RULES } from '../server/src/rules/index.js';
import { generateAclFile } from './bench-acl.js';
import { aclContext, loadAclFile, splitAclFile } from '../server/src/model/acl/index.js';
import { aclFileProblems } from '../server/src/model/acl-file-problems.js';
import { analyze } from '../server/src/model/index.js';
import { lintModel } from '../server/src/linter/index.js';
useNodeKnowledgeSource();
const p = parseTarget('7.4'); if (!p.ok) throw 1;
const text = generateAclFile(Number(process.argv[2] ?? 10000));
const ctx = aclContext('redis-7.4');
const cpu = (f: () => void) => { const a = process.cpuUsage(); const t = performance.now(); f(); const b = process.cpuUsage(a); return [Math.round((b.user + b.system) / 1000), Math.round(performance.now() - t)]; };
const res: Record<string, number[][]> = {};
const add = (k: string, v: number[]) => (res[k] ??= []).push(v);
for (let i = 0; i < 8; i++) {
  let doc: ReturnType<typeof parseAcl>;
  add('split', cpu(() => splitAclFile(text)));
  add('parseAcl', cpu(() => { doc = parseAcl(text); }));
  add('lineIndex', cpu(() => { new LineIndex(text); }));
  add('loadAclFile', cpu(() => { loadAclFile(ctx, doc.lines); }));
  let model: ReturnType<typeof analyze>;
  add('analyze', cpu(() => { model = analyze({ text, file: '/u.acl', kind: 'acl', target: p.target }); }));
  add('myrules', cpu(() => { for (const r of RULES) if (r.meta.kinds.includes('acl')) r.check({ model, report() {} }); }));
  add('lint(all)', cpu(() => { lintModel(analyze({ text, file: '/u.acl', kind: 'acl', target: p.target })); }));
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(12), 'cpu min', Math.min(...v.map((x) => x[0])), 'wall min', Math.min(...v.map((x) => x[1])));
