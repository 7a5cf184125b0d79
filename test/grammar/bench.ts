// Throughput check (not a test): `npx tsx test/grammar/bench.ts`.
import { parseAcl, parseConf } from '../../grammar/src/index.js';
import { parseConfWith } from '../../grammar/src/conf/parse-conf.js';

const typical = [
  'maxmemory-policy allkeys-lru', 'port 6379', 'tcp-keepalive 300', 'save 3600 1 300 100',
  'requirepass "s3cr3t pass"', 'bind 127.0.0.1 -::1', 'appendonly yes', 'dir /var/lib/redis',
];
const lines = 100_000;
const repeat = (line: (i: number) => string, n: number): string => Array.from({ length: n }, (_, i) => line(i)).join('\n') + '\n';

function measure(name: string, text: string, count: number, parse: (text: string) => unknown): void {
  for (let i = 0; i < 5; i++) parse(text);
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    parse(text);
    times.push(performance.now() - start);
  }
  const best = Math.min(...times);
  console.log(`${name}: best ${best.toFixed(1)} ms for ${count} lines = ${(count / best / 1000).toFixed(2)} M lines/s`);
}

// What splitting the text into lines and words costs on this machine right now.
measure('baseline split', repeat(() => 'maxmemory-policy allkeys-lru', lines), lines, (text) =>
  text.split('\n').map((line) => line.split(' ')),
);
measure('conf plain', repeat(() => 'maxmemory-policy allkeys-lru', lines), lines, parseConf);
measure('conf mixed', repeat((i) => typical[i % typical.length], lines), lines, parseConf);
measure('conf quoted', repeat(() => 'maxmemory-policy "allkeys-lru"', lines), lines, parseConf);
measure('conf plain, Chevrotain only', repeat(() => 'maxmemory-policy allkeys-lru', lines), lines, (t) => parseConfWith(t, false));
measure('acl 10k users', repeat((i) => `user u${i} on >pw${i} ~app:${i}:* &chan:${i} +@read -@dangerous +get`, 10_000), 10_000, parseAcl);
