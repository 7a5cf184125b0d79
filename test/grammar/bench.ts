// Grammar throughput, not a test: `npx tsx test/grammar/bench.ts` (or bundle it with esbuild and
// run it with node for numbers closer to the shipped CLI). Prints the best of several runs, in
// wall time and in process CPU time (all threads, GC included), which a busy machine distorts less.
// With `node --expose-gc`, it collects garbage before each run.
import { existsSync, readFileSync } from 'node:fs';
import { parseAcl, parseConf } from '../../grammar/src/index.js';
import { parseConfWith } from '../../grammar/src/conf/parse-conf.js';

const typical = [
  'maxmemory-policy allkeys-lru',
  'port 6379',
  'tcp-keepalive 300',
  'save 3600 1 300 100',
  'requirepass "s3cr3t pass"',
  'bind 127.0.0.1 -::1',
  'appendonly yes',
  'dir /var/lib/redis',
];
const repeat = (line: (i: number) => string, n: number): string => Array.from({ length: n }, (_, i) => line(i)).join('\n') + '\n';

const gc = (globalThis as { gc?: () => void }).gc;

function measure(name: string, text: string, lines: number, parse: (text: string) => unknown, runs = 10): void {
  for (let i = 0; i < 5; i++) parse(text);
  let best = Infinity;
  let bestCpu = Infinity;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const start = performance.now();
    const cpu = process.cpuUsage();
    parse(text);
    const used = process.cpuUsage(cpu);
    best = Math.min(best, performance.now() - start);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
  }
  const rate = (ms: number) => `${(lines / ms / 1000).toFixed(2)} M lines/s`;
  console.log(`${name.padEnd(36)} wall ${best.toFixed(2).padStart(7)} ms ${rate(best)}   cpu ${bestCpu.toFixed(2).padStart(7)} ms ${rate(bestCpu)}`);
}

// How fast this machine is right now: just splitting the same text into lines and words.
const plain100k = repeat(() => 'maxmemory-policy allkeys-lru', 100_000);
measure('baseline: split lines and words', plain100k, 100_000, (t) => t.split('\n').map((l) => l.split(' ')));
measure('conf 10k plain lines', repeat(() => 'maxmemory-policy allkeys-lru', 10_000), 10_000, parseConf, 50);
measure('conf 10k typical lines (1/8 quoted)', repeat((i) => typical[i % typical.length], 10_000), 10_000, parseConf, 50);
measure('conf 100k plain lines', plain100k, 100_000, parseConf);
measure('conf 100k typical lines', repeat((i) => typical[i % typical.length], 100_000), 100_000, parseConf);
measure('conf 100k simple quoted lines', repeat(() => 'maxmemory-policy "allkeys-lru"', 100_000), 100_000, parseConf);
measure('conf 100k escaped lines (Chevrotain)', repeat(() => 'maxmemory-policy "allkeys\\x2dlru"', 100_000), 100_000, parseConf);
measure('conf 100k plain, no fast path', plain100k, 100_000, (t) => parseConfWith(t, false));
measure('acl 10k users', repeat((i) => `user u${i} on >pw${i} ~app:${i}:* &chan:${i} +@read -@dangerous +get`, 10_000), 10_000, parseAcl);
const stock = '/work/shared/corpus/conf/redis-7.0.15-default.conf';
if (existsSync(stock)) {
  const text = readFileSync(stock, 'utf8');
  measure('stock redis.conf 7.0.15 (all lines)', text, text.split('\n').length, parseConf, 200);
}
