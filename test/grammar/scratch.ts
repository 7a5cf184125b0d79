import { parseConf, parseAcl } from '../../grammar/src/index.ts';
const lines = ['maxmemory-policy allkeys-lru', 'port 6379', 'tcp-keepalive 300', 'save 3600 1 300 100', 'requirepass "s3cr3t pass"', 'bind 127.0.0.1 -::1', 'appendonly yes', 'dir /var/lib/redis'];
const N = 100_000;
const text = Array.from({ length: N }, (_, i) => lines[i % lines.length]).join('\n') + '\n';
const plain = Array.from({ length: N }, () => 'maxmemory-policy allkeys-lru').join('\n') + '\n';
function bench(name: string, t: string, n: number, f: (s: string) => unknown) {
  for (let i = 0; i < 5; i++) f(t);
  const runs = 10; const t0 = performance.now();
  for (let i = 0; i < runs; i++) f(t);
  const ms = (performance.now() - t0) / runs;
  console.log(`${name}: ${ms.toFixed(1)} ms per ${n} lines = ${(n / ms * 1000 / 1e6).toFixed(2)} M lines/s`);
}
bench('plain', plain, N, parseConf);
bench('mixed', text, N, parseConf);
const acl = Array.from({ length: 10000 }, (_, i) => `user u${i} on >pw${i} ~app:${i}:* &chan +@read -@dangerous +get`).join('\n');
bench('acl 10k', acl, 10000, parseAcl);
const m0 = process.memoryUsage().heapUsed; const d = parseConf(text); const m1 = process.memoryUsage().heapUsed;
console.log('heap delta MB for 100k lines', ((m1 - m0) / 1e6).toFixed(1), d.lines.length);
