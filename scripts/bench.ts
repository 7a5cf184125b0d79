// npm run bench: the performance budgets of DESIGN.md, measured. Prints one table and writes
// bench/results.json.
//
//   cold CLI      dist/cli.cjs on Debian's stock redis.conf vs `node -e ''`, interleaved runs,
//                 medians of wall time; CPU time (user+sys of the child) beside it
//   throughput    directive lines per second linting a 100k-line file (no comments), warmed up
//   ACL           a 10,000-user ACL file (scripts/bench-acl.ts)
//   5,000 files   one folder through the CLI, worker threads across the cores
//   LSP           keystroke → diagnostics, median and p95, and RSS after 1,000 edits (bench-lsp.ts)
//   memory        peak RSS of the CLI on a 100k-line file
//
// The machine this runs on may be busy: every timing also reports CPU time, the load average
// is recorded, and a "machine floor" (a fixed allocation-heavy JS loop) puts numbers in context.
// Environment: BENCH_RUNS (cold runs, default 20), BENCH_LINES (default 100000),
// BENCH_SKIP=lsp,files,… to leave parts out.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { lint } from '../server/src/linter/index.js';
import { parseTarget } from '../server/src/model/index.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.cjs');
const STOCK = ['/etc/redis/redis.conf', join(root, '..', 'shared', 'corpus', 'conf', 'redis-7.0.15-default.conf')].find(existsSync);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const LINES = Number(process.env.BENCH_LINES ?? 100_000);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** CPU time (ms) of all waited-for children so far: fields cutime+cstime of /proc/self/stat. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: state is field 3, cutime/cstime are fields 16 and 17.
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

/** Runs `node args`; wall ms and the child's CPU ms (10 ms resolution: averaged over runs). */
function timeNode(args: readonly string[], options: { cwd?: string } = {}): { wall: number; cpu: number | undefined; status: number | null; stderr: string } {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', ...options });
  const wall = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  return { wall, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore, status: result.status, stderr: result.stderr };
}

function ensureBuilt(): void {
  if (!existsSync(cli) || !existsSync(join(root, 'dist', 'server.cjs'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}

function mean(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length === values.length && known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : undefined;
}

interface ColdResult {
  readonly file: string;
  readonly runs: number;
  readonly nodeMs: number;
  readonly cliMs: number;
  readonly ratio: number;
  readonly nodeCpuMs?: number;
  readonly cliCpuMs?: number;
  readonly cpuRatio?: number;
}

function coldStart(): ColdResult | undefined {
  if (!STOCK) return undefined;
  for (let i = 0; i < 3; i++) timeNode([cli, STOCK]);
  const node: ReturnType<typeof timeNode>[] = [];
  const lint: ReturnType<typeof timeNode>[] = [];
  for (let i = 0; i < RUNS; i++) {
    node.push(timeNode(['-e', '']));
    lint.push(timeNode([cli, STOCK]));
  }
  const nodeMs = median(node.map((r) => r.wall));
  const cliMs = median(lint.map((r) => r.wall));
  const nodeCpu = mean(node.map((r) => r.cpu));
  const cliCpu = mean(lint.map((r) => r.cpu));
  return {
    file: STOCK, runs: RUNS, nodeMs: round(nodeMs), cliMs: round(cliMs), ratio: round(cliMs / nodeMs, 2),
    ...(nodeCpu !== undefined && cliCpu !== undefined ? { nodeCpuMs: round(nodeCpu), cliCpuMs: round(cliCpu), cpuRatio: round(cliCpu / nodeCpu, 2) } : {}),
  };
}

function directiveText(lines: number): string {
  const directives = ['maxmemory-policy allkeys-lru', 'timeout 300', 'tcp-keepalive 60', 'maxmemory 2gb', 'appendonly yes', 'hz 10', 'save 3600 1'];
  return `${Array.from({ length: lines }, (_, i) => directives[i % directives.length]).join('\n')}\n`;
}

interface ThroughputResult {
  readonly lines: number;
  readonly findings: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly linesPerSecond: number;
  readonly linesPerCpuSecond: number;
}

function throughput(lines: number): ThroughputResult {
  useNodeKnowledgeSource();
  const parsed = parseTarget('7.4');
  if (!parsed.ok) throw new Error(parsed.message);
  const target = parsed.target;
  const text = directiveText(lines);
  // Warm-up: the JIT and the knowledge caches, on the same shape of input.
  for (let i = 0; i < 3; i++) lint({ text: text.slice(0, 200_000), file: '/bench/warm.conf', kind: 'conf', target });
  const walls: number[] = [];
  const cpus: number[] = [];
  let findings = 0;
  for (let i = 0; i < 5; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    findings = lint({ text, file: '/bench/redis.conf', kind: 'conf', target }).findings.length;
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const ms = median(walls);
  const cpuMs = median(cpus);
  return { lines, findings, ms: round(ms), cpuMs: round(cpuMs), linesPerSecond: Math.round(lines / (ms / 1000)), linesPerCpuSecond: Math.round(lines / (cpuMs / 1000)) };
}

/** A fixed allocation-heavy loop (split lines into small retained objects): how fast this machine is right now. */
function machineFloor(lines: number): { ms: number; cpuMs: number; linesPerSecond: number } {
  const text = directiveText(lines);
  const build = () => {
    const out: unknown[] = [];
    for (let start = 0, line = 0; start < text.length; line++) {
      const newline = text.indexOf('\n', start);
      const space = text.indexOf(' ', start);
      out.push({ line, name: { value: text.slice(start, space), span: { start, end: space } }, args: [{ value: text.slice(space + 1, newline), span: { start: space + 1, end: newline } }], span: { start, end: newline } });
      start = newline + 1;
    }
    return out;
  };
  for (let i = 0; i < 3; i++) build();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 5; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    build();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const ms = median(walls);
  return { ms: round(ms), cpuMs: round(median(cpus)), linesPerSecond: Math.round(lines / (ms / 1000)) };
}

interface FilesResult {
  readonly files: number;
  readonly jobs: number;
  readonly ms: number;
  readonly cpuMs?: number;
  readonly filesPerSecond: number;
}

function manyFiles(count: number): FilesResult {
  const dir = mkdtempSync(join(tmpdir(), 'redis-lint-bench-'));
  try {
    const variants = [
      'port 6379\nbind 127.0.0.1 -::1\nprotected-mode yes\nrequirepass s3cr3t-Pa55-w0rd-long-enough\nmaxmemory 1gb\nmaxmemory-policy allkeys-lru\n',
      'port 6380\nbind 0.0.0.0\nprotected-mode no\nappendonly yes\nsave 3600 1 300 100\n',
      'include /etc/redis/common.conf\nport 7000\ncluster-enabled yes\n',
      'sentinel monitor m 10.0.0.1 6379 2\n',
      (STOCK && readFileSync(STOCK, 'utf8')) || 'port 6379\n',
    ];
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `redis-${String(i).padStart(5, '0')}.conf`), variants[i % variants.length]);
    const jobs = availableParallelism();
    timeNode([cli, '-f', 'json', '-j', String(jobs), dir]);
    const result = timeNode([cli, '-f', 'json', '-j', String(jobs), dir]);
    if (result.status !== 0 && result.status !== 1) throw new Error(`the CLI failed on ${count} files: ${result.stderr}`);
    return { files: count, jobs, ms: round(result.wall), ...(result.cpu === undefined ? {} : { cpuMs: round(result.cpu) }), filesPerSecond: Math.round(count / (result.wall / 1000)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Peak RSS (MB) of the CLI linting a `lines`-line file, read by a preloaded exit hook. */
function peakRss(lines: number): { lines: number; rssMb: number; ms: number } {
  const dir = mkdtempSync(join(tmpdir(), 'redis-lint-bench-'));
  try {
    writeFileSync(join(dir, 'big.conf'), directiveText(lines));
    const hook = join(dir, 'maxrss.cjs');
    writeFileSync(hook, "process.on('exit', () => process.stderr.write(`\\nmaxrss=${process.resourceUsage().maxRSS}\\n`));\n");
    const result = timeNode(['-r', hook, cli, join(dir, 'big.conf')]);
    const kb = Number(/maxrss=(\d+)/.exec(result.stderr)?.[1]);
    return { lines, rssMb: Math.round(kb / 1024), ms: round(result.wall) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  ensureBuilt();
  const load = loadavg().map((l) => round(l, 2));
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: availableParallelism(), loadavgBefore: load };
  const rows: Array<[string, string, string, string]> = [];
  const verdict = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? 'ok' : 'OVER');

  const floor = machineFloor(LINES);
  results.machineFloor = floor;
  rows.push([`machine floor (${LINES.toLocaleString('en')} lines → small objects)`, `${floor.ms} ms (cpu ${floor.cpuMs} ms) = ${floor.linesPerSecond.toLocaleString('en')} lines/s`, 'context', '']);

  if (!SKIP.has('cold')) {
    const cold = coldStart();
    results.cold = cold ?? null;
    if (cold) {
      const cpu = cold.cpuRatio === undefined ? '' : `; cpu ${cold.cliCpuMs} vs ${cold.nodeCpuMs} ms = ${cold.cpuRatio}×`;
      rows.push([`cold CLI on ${cold.file} (${cold.runs} interleaved runs)`, `${cold.cliMs} ms vs node -e '' ${cold.nodeMs} ms = ${cold.ratio}×${cpu}`, '≤ 1.5×', verdict(cold.ratio <= 1.5)]);
    } else rows.push(['cold CLI', 'skipped: no stock redis.conf', '≤ 1.5×', '']);
  }

  if (!SKIP.has('throughput')) {
    const speed = throughput(LINES);
    results.throughput = speed;
    rows.push([`lint ${LINES.toLocaleString('en')} directive lines (${speed.findings.toLocaleString('en')} findings)`, `${speed.ms} ms = ${speed.linesPerSecond.toLocaleString('en')} lines/s (cpu ${speed.cpuMs} ms = ${speed.linesPerCpuSecond.toLocaleString('en')}/s)`, '≥ 1,000,000/s', verdict(speed.linesPerSecond >= 1_000_000)]);
  }

  if (!SKIP.has('acl')) {
    const benchAclPath = join(root, 'scripts', 'bench-acl.ts');
    if (existsSync(benchAclPath)) {
      const { benchAcl } = (await import('./bench-acl.js')) as { benchAcl: (o?: { users?: number; runs?: number }) => Promise<{ users: number; ms: number; findings: number }> };
      try {
        const acl = await benchAcl();
        results.acl = acl;
        rows.push([`ACL file, ${acl.users.toLocaleString('en')} users`, `${acl.ms} ms (${acl.findings} findings)`, '< 200 ms', verdict(acl.ms < 200)]);
      } catch (error) {
        results.acl = { error: (error as Error).message };
        rows.push(['ACL file, 10,000 users', `failed: ${(error as Error).message}`, '< 200 ms', 'ERROR']);
      }
    }
  }

  if (!SKIP.has('files')) {
    const files = manyFiles(5_000);
    results.files = files;
    rows.push([`${files.files.toLocaleString('en')} files in a folder (-j ${files.jobs})`, `${files.ms} ms = ${files.filesPerSecond.toLocaleString('en')} files/s${files.cpuMs === undefined ? '' : ` (cpu ${files.cpuMs} ms)`}`, 'report', '']);
  }

  if (!SKIP.has('lsp')) {
    const { benchLsp } = await import('./bench-lsp.js');
    const lsp = await benchLsp({});
    results.lsp = lsp;
    rows.push([`LSP keystroke → diagnostics (${lsp.lines} lines, ${lsp.edits} edits)`, `median ${lsp.medianMs} ms, p95 ${lsp.p95Ms} ms`, '≤ 15 ms median', verdict(lsp.medianMs <= 15)]);
    rows.push([`LSP server RSS after ${lsp.memoryEdits} more edits`, `${lsp.rssMb ?? '?'} MB`, 'report', '']);
  }

  if (!SKIP.has('memory')) {
    const memory = peakRss(LINES);
    results.memory = memory;
    rows.push([`peak RSS of the CLI on a ${LINES.toLocaleString('en')}-line file`, `${memory.rssMb} MB (${memory.ms} ms)`, '< 150 MB', verdict(memory.rssMb < 150)]);
  }

  results.loadavgAfter = loadavg().map((l) => round(l, 2));
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(`redis-lint bench: node ${process.version}, ${availableParallelism()} cpus, load ${load.join(' ')} → ${(results.loadavgAfter as number[]).join(' ')}`);
  for (const row of rows) console.log(`${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2].padEnd(widths[2])}  ${row[3]}`);
  console.log('(bench/results.json)');
}

await main();
