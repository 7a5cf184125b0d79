import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { analyze, parseTarget } from '../server/src/model/index.js';
import { lint } from '../server/src/linter/index.js';
import { parseAcl } from '../grammar/src/index.js';
import { generateAclFile } from '../scripts/bench-acl.js';
import { aclContext, loadAclFile } from '../server/src/model/acl/index.js';
useNodeKnowledgeSource();
const p = parseTarget('7.4'); if (!p.ok) throw 1;
const text = generateAclFile(10000);
for (let i = 0; i < 3; i++) lint({ text: generateAclFile(200), file: '/w.acl', kind: 'acl', target: p.target });
for (let r = 0; r < 3; r++) {
let t = performance.now(); const doc = parseAcl(text); const tp = performance.now() - t;
t = performance.now(); loadAclFile(aclContext('redis-7.4'), doc.lines); const tl = performance.now() - t;
t = performance.now(); analyze({ text, file: '/u.acl', kind: 'acl', target: p.target }); const ta = performance.now() - t;
t = performance.now(); lint({ text, file: '/u.acl', kind: 'acl', target: p.target }); const tli = performance.now() - t;
console.log({ tp, tl, ta, tli });
}
