// npm run bench: cold CLI start as a ratio to `node -e ''` (interleaved runs, medians), and
// lint throughput in directive lines per second. Prints a table and writes bench/results.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { lint } from '../server/src/linter/index.js';
import { parseTarget } from '../server/src/model/index.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.cjs');
const STOCK = ['/etc/redis/redis.conf', join(root, '..', 'shared', 'corpus', 'conf', 'redis-7.0.15-default.conf')].find(existsSync);
const runs = Number(process.env.BENCH_RUNS ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeCommand(args: string[]): number {
  const start = performance.now();
  spawnSync(process.execPath, args, { stdio: 'ignore' });
  return performance.now() - start;
}

function coldStart(): { node: number; cli: number; ratio: number } | undefined {
  if (!STOCK) return undefined;
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const node: number[] = [];
  const lintTimes: number[] = [];
  for (let i = 0; i < 3; i++) timeCommand([cli, STOCK]);
  for (let i = 0; i < runs; i++) {
    node.push(timeCommand(['-e', '']));
    lintTimes.push(timeCommand([cli, STOCK]));
  }
  const result = { node: median(node), cli: median(lintTimes) };
  return { ...result, ratio: result.cli / result.node };
}

function throughput(lines: number): { lines: number; seconds: number; linesPerSecond: number } {
  useNodeKnowledgeSource();
  const directives = ['maxmemory-policy allkeys-lru', 'timeout 300', 'tcp-keepalive 60', 'maxmemory 2gb', 'appendonly yes', 'hz 10', 'save 3600 1'];
  const text = Array.from({ length: lines }, (_, i) => directives[i % directives.length]).join('\n') + '\n';
  const parsed = parseTarget('7.4');
  if (!parsed.ok) throw new Error(parsed.message);
  const target = parsed.target;
  lint({ text: text.slice(0, 10_000), file: '/bench/warm.conf', kind: 'conf', target });
  const start = performance.now();
  lint({ text, file: '/bench/redis.conf', kind: 'conf', target });
  const seconds = (performance.now() - start) / 1000;
  return { lines, seconds, linesPerSecond: Math.round(lines / seconds) };
}

const cold = coldStart();
const speed = throughput(Number(process.env.BENCH_LINES ?? 100_000));
const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
const results = { date: new Date().toISOString(), stock: STOCK, cold, throughput: speed, rssMb: rss };
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const rows: Array<[string, string, string]> = [];
if (cold) {
  rows.push([`cold CLI on ${STOCK}`, `${cold.cli.toFixed(0)} ms vs node -e '' ${cold.node.toFixed(0)} ms = ${cold.ratio.toFixed(2)}x`, 'budget <= 1.5x']);
} else {
  rows.push(['cold CLI', 'skipped: no stock redis.conf found', '']);
}
rows.push([`lint ${speed.lines} directive lines`, `${speed.linesPerSecond.toLocaleString('en')} lines/s (${speed.seconds.toFixed(2)} s)`, 'budget >= 1,000,000/s']);
rows.push(['peak RSS of this process', `${rss} MB`, 'budget < 150 MB on 100k lines']);
const width = Math.max(...rows.map((r) => r[0].length));
for (const [name, value, budget] of rows) console.log(`${name.padEnd(width)}  ${value}  ${budget}`);
void readFileSync;
