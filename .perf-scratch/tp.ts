import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { lint } from '../server/src/linter/index.js';
import { analyze, parseTarget } from '../server/src/model/index.js';
import { parseConf } from '../grammar/src/index.js';
useNodeKnowledgeSource();
const directives = ['maxmemory-policy allkeys-lru', 'timeout 300', 'tcp-keepalive 60', 'maxmemory 2gb', 'appendonly yes', 'hz 10', 'save 3600 1'];
const N = Number(process.env.N ?? 100000);
const text = Array.from({ length: N }, (_, i) => directives[i % directives.length]).join('\n') + '\n';
const p = parseTarget('7.4'); if (!p.ok) throw 1;
for (let i = 0; i < 3; i++) lint({ text: text.slice(0, 100000), file: '/w.conf', kind: 'conf', target: p.target });
function t<T>(name: string, f: () => T): T { const c = process.cpuUsage(); const s = performance.now(); const r = f(); const cu = process.cpuUsage(c); console.log(name, (performance.now() - s).toFixed(0), 'ms wall', ((cu.user + cu.system) / 1000).toFixed(0), 'ms cpu'); return r; }
for (let k = 0; k < 3; k++) {
t('parse', () => parseConf(text));
t('analyze', () => analyze({ text, file: '/b.conf', kind: 'conf', target: p.target }));
const r = t('lint', () => lint({ text, file: '/b.conf', kind: 'conf', target: p.target }));
console.log(r.findings.length, 'findings');
}
console.log('rss', Math.round(process.memoryUsage().rss / 1e6));
