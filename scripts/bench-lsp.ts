// LSP latency: keystroke → publishDiagnostics on the stock redis.conf, measured from the
// `didChange` to the diagnostics of that version (any debounce included), over the built server
// (dist/server.cjs). Also the server's RSS after 1,000 more edits. Prints JSON.
//   npx tsx scripts/bench-lsp.ts            (BENCH_LSP_EDITS=200 BENCH_LSP_MEMORY_EDITS=1000)
// `benchLsp()` is exported for scripts/bench.ts.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LspClient, SERVER_BUNDLE } from '../test/lsp/client.js';

const root = join(import.meta.dirname, '..');

export interface LspBenchResult {
  readonly file: string;
  readonly lines: number;
  readonly edits: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly memoryEdits: number;
  readonly rssMb: number | undefined;
  readonly budgetMs: 15;
  readonly withinBudget: boolean;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
  } catch {
    return undefined;
  }
}

export function stockConf(): string | undefined {
  return ['/etc/redis/redis.conf', join(root, '..', 'shared', 'corpus', 'conf', 'redis-7.0.15-default.conf')].find(existsSync);
}

export async function benchLsp(options: { file?: string; edits?: number; memoryEdits?: number; nodeArgs?: readonly string[] } = {}): Promise<LspBenchResult> {
  const file = options.file ?? stockConf();
  if (!file) throw new Error('no stock redis.conf found (/etc/redis/redis.conf or ../shared/corpus)');
  if (!existsSync(SERVER_BUNDLE)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  const edits = options.edits ?? 200;
  const memoryEdits = options.memoryEdits ?? 1000;
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  // Keystrokes land at the end of directive lines (typing into a value), spread over the file.
  const targets = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^[a-z]/.test(l)).map(({ l, i }) => ({ line: i, end: l.replace(/\r$/, '').length }));
  const uri = 'file:///bench/redis.conf';
  const client = new LspClient({ server: SERVER_BUNDLE, ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}) });
  try {
    await client.initialize({});
    client.open(uri, text);
    await client.waitForDiagnostics(uri, 1);
    let version = 1;
    const typed = new Map<number, boolean>();
    const edit = (k: number): number => {
      const target = targets[k % targets.length];
      const on = typed.get(target.line) === true;
      typed.set(target.line, !on);
      version++;
      const change = on
        ? { range: { start: { line: target.line, character: target.end }, end: { line: target.line, character: target.end + 1 } }, text: '' }
        : { range: { start: { line: target.line, character: target.end }, end: { line: target.line, character: target.end } }, text: '0' };
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      return version;
    };
    const times: number[] = [];
    for (let k = 0; k < edits + 20; k++) {
      const from = client.notifications.length;
      const start = performance.now();
      const v = edit(k);
      await client.waitForDiagnostics(uri, v, from);
      if (k >= 20) times.push(performance.now() - start); // the first 20 warm the JIT up
    }
    for (let k = 0; k < memoryEdits; k++) {
      const from = client.notifications.length;
      const v = edit(edits + 20 + k);
      await client.waitForDiagnostics(uri, v, from);
    }
    const rss = rssMb(client.process.pid);
    const median = percentile(times, 0.5);
    const result: LspBenchResult = {
      file,
      lines: lines.length - (text.endsWith('\n') ? 1 : 0),
      edits,
      medianMs: Math.round(median * 100) / 100,
      p95Ms: Math.round(percentile(times, 0.95) * 100) / 100,
      maxMs: Math.round(Math.max(...times) * 100) / 100,
      memoryEdits,
      rssMb: rss,
      budgetMs: 15,
      withinBudget: median <= 15,
    };
    await client.shutdown();
    return result;
  } finally {
    client.kill();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const result = await benchLsp({
    edits: Number(process.env.BENCH_LSP_EDITS ?? 200),
    memoryEdits: Number(process.env.BENCH_LSP_MEMORY_EDITS ?? 1000),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
