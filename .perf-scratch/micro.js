const directives = ['maxmemory-policy allkeys-lru', 'timeout 300', 'tcp-keepalive 60', 'maxmemory 2gb', 'appendonly yes', 'hz 10', 'save 3600 1'];
const text = Array.from({ length: 100000 }, (_, i) => directives[i % directives.length]).join('\n') + '\n';
function run() {
  const out = [];
  let line = 0;
  for (let s = 0; ; line++) {
    const nl = text.indexOf('\n', s); const e = nl === -1 ? text.length : nl;
    const sp = text.indexOf(' ', s);
    if (sp > s && sp < e) out.push({ kind: 'directive', line, name: { value: text.slice(s, sp), span: { start: s, end: sp }, quoted: false }, key: text.slice(s, sp), args: [{ value: text.slice(sp + 1, e), span: { start: sp + 1, end: e }, quoted: false }], span: { start: s, end: e } });
    if (nl === -1) break; s = nl + 1;
  }
  return out;
}
for (let i = 0; i < 5; i++) run();
const c = process.cpuUsage(); const t = performance.now();
let keep = [];
for (let i = 0; i < 10; i++) keep.push(run());
const cu = process.cpuUsage(c);
console.log('per 100k lines', (cu.user + cu.system) / 10000, 'ms cpu', (performance.now() - t) / 10, 'ms wall');
