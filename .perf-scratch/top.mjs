import { readFileSync } from 'node:fs';
const f = process.argv[2];
const p = JSON.parse(readFileSync(f, 'utf8'));
const self = new Map(); const byId = new Map();
for (const n of p.nodes) byId.set(n.id, n);
const dt = p.timeDeltas; const counts = new Map();
for (let i = 0; i < p.samples.length; i++) counts.set(p.samples[i], (counts.get(p.samples[i]) ?? 0) + (dt[i] ?? 0));
let total = 0;
for (const [id, t] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); total += t; }
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 40));
for (const [k, t] of rows) console.log((t / 1000).toFixed(1).padStart(8), 'ms', (100 * t / total).toFixed(1).padStart(5), '%', k);
