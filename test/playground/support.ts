// Helpers for the playground's browser tests: a static server for playground/dist on 127.0.0.1,
// Debian's chromium through playwright-core, and node-side linting to compare with.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { useNodeKnowledgeSource } from '../../server/src/knowledge/loader-node.js';
import { parseTarget } from '../../server/src/knowledge/targets.js';
import { ensurePasswordEstimator } from '../../server/src/cli/password-estimator.js';
import { lint } from '../../server/src/linter/index.js';
import type { ModelKind } from '../../server/src/model/index.js';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'playground/dist');
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const CI = process.env.CI === 'true';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here (undefined = they can). Under CI=true a reason is a failure. */
export function browserUnavailable(): string | undefined {
  if (!existsSync(CHROMIUM)) return `no chromium at ${CHROMIUM} (apt-get install -y chromium)`;
  return undefined;
}

/** What is wrong with playground/dist (missing, or older than the sources), if anything: a failure. */
export function distProblem(): string | undefined {
  if (!existsSync(join(DIST, 'sizes.json'))) return 'playground/dist is missing (npm run playground:build)';
  const built = statSync(join(DIST, 'sizes.json')).mtimeMs;
  const newer = ['playground', 'grammar/src', 'server/src'].map((dir) => newestUnder(join(ROOT, dir))).find((f) => f.mtime > built);
  if (newer) return `playground/dist is older than ${newer.path.slice(ROOT.length + 1)} (npm run playground:build)`;
  return undefined;
}

/** The most recently modified source file under `dir` (playground/dist, cli/ and lsp/ aside). */
function newestUnder(dir: string): { path: string; mtime: number } {
  let best = { path: dir, mtime: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (/^(dist|node_modules|cli|lsp)$/.test(entry.name)) continue;
      const inner = newestUnder(path);
      if (inner.mtime > best.mtime) best = inner;
    } else if (/\.(ts|mjs|js|json|html|css)$/.test(entry.name)) {
      const mtime = statSync(path).mtimeMs;
      if (mtime > best.mtime) best = { path, mtime };
    }
  }
  return best;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticServer {
  readonly origin: string;
  /** Every path asked for, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 (a free port), the way a static host does. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--headless'],
  });
}

/** A finding as the page's test hook and the CLI's JSON show it. */
export interface PlainFinding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly fatal: boolean;
}

let knowledgeReady = false;

/** The playground's file name per kind (the page lints under these names). */
export function fileNameFor(kind: ModelKind): string {
  return kind === 'acl' ? 'users.acl' : kind === 'sentinel' ? 'sentinel.conf' : 'redis.conf';
}

/** `lint()` in node on the same text, with the CLI's password estimator, as CLI JSON positions (1-based, UTF-16 columns). */
export function nodeLint(text: string, kind: ModelKind, target: string): PlainFinding[] {
  if (!knowledgeReady) {
    useNodeKnowledgeSource();
    // As the CLI (and the page) do for files holding a password; it judges nothing else.
    ensurePasswordEstimator();
    knowledgeReady = true;
  }
  const parsed = parseTarget(target);
  if (!parsed.ok) throw new Error(parsed.message);
  const file = fileNameFor(kind);
  const result = lint({ text, file, kind, target: parsed.target });
  return result.findings.map((f) => {
    const lines = result.model.lines(f.file);
    if (!lines || f.file !== file) throw new Error(`finding in another file: ${f.file}`);
    const start = lines.position(f.span.start);
    const end = lines.position(f.span.end);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      message: f.message,
      fatal: f.fatal,
    };
  });
}

/** What the page exposes as `window.__redisLint` (playground/src/main.ts). */
export interface PlaygroundHook {
  readonly version: string;
  readonly ready: Promise<void>;
  readonly targets: readonly string[];
  lint(text: string, kind?: ModelKind, target?: string): Promise<PlainFinding[]>;
  state(): { text: string; kind: ModelKind; target: string };
  findings(): PlainFinding[];
  isCurrent(): boolean;
  lintCount(): number;
  setText(text: string): void;
  shareLink(includeSecrets?: boolean): Promise<string>;
}

declare global {
  interface Window {
    __redisLint: PlaygroundHook;
  }
}
