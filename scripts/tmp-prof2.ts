import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { parseAcl } from '../grammar/src/index.js';
import { generateAclFile } from './bench-acl.js';
import { aclContext, loadAclFile, splitAclFile } from '../server/src/model/acl/index.js';
useNodeKnowledgeSource();
const text = generateAclFile(10000);
const ctx = aclContext('redis-7.4');
loadAclFile(ctx, splitAclFile(generateAclFile(500)));
const mode = process.argv[2];
for (let r = 0; r < 5; r++) {
  let t = performance.now();
  const lines = mode === 'split' ? splitAclFile(text) : parseAcl(text).lines;
  const tp = performance.now() - t;
  t = performance.now(); loadAclFile(ctx, lines); const tl = performance.now() - t;
  console.log(mode, tp.toFixed(0), tl.toFixed(0));
}
