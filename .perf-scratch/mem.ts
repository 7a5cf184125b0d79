import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { lint } from '../server/src/linter/index.js';
import { analyze, parseTarget } from '../server/src/model/index.js';
import { parseConf } from '../grammar/src/index.js';
useNodeKnowledgeSource();
const directives = ['maxmemory-policy allkeys-lru', 'timeout 300', 'tcp-keepalive 60', 'maxmemory 2gb', 'appendonly yes', 'hz 10', 'save 3600 1'];
const N = 100000;
const text = Array.from({ length: N }, (_, i) => directives[i % directives.length]).join('\n') + '\n';
const p = parseTarget('7.4'); if (!p.ok) throw 1;
lint({ text: text.slice(0, 100000), file: '/w.conf', kind: 'conf', target: p.target });
const g = globalThis.gc!;
g(); let base = process.memoryUsage().heapUsed;
const keep: unknown[] = [];
function m(name: string, f: () => unknown) { g(); const b = process.memoryUsage().heapUsed; const c = process.cpuUsage(); keep.push(f()); const cu = process.cpuUsage(c); g(); console.log(name, ((process.memoryUsage().heapUsed - b) / N).toFixed(0), 'B/line retained', ((cu.user+cu.system)/1000).toFixed(0), 'ms cpu'); }
m('parse', () => parseConf(text));
m('analyze', () => analyze({ text, file: '/b.conf', kind: 'conf', target: p.target }));
m('lint', () => lint({ text, file: '/b.conf', kind: 'conf', target: p.target }));
