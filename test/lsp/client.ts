// A minimal LSP client over stdio for end-to-end tests: frames JSON-RPC messages, matches
// responses to requests, records notifications and answers the server's requests.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { serverBundleOptions } from '../../client-vscode/bundle-options.mjs';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** What `npm run build` produces (scripts/bench-lsp.ts uses it). */
export const SERVER_BUNDLE = join(REPO, 'dist', 'server.cjs');

let testBundle: string | undefined;

/**
 * The server bundled as scripts/build.mjs bundles dist/server.cjs, with the knowledge data
 * beside it, in a folder of this test process (so that parallel test files, and
 * `npm run build` cleaning dist/, never race). Runs from any working directory.
 */
export function serverBundle(): string {
  if (testBundle) return testBundle;
  const base = join(REPO, 'build', 'lsp-test');
  mkdirSync(base, { recursive: true });
  // Folders of earlier runs (older than an hour) go.
  for (const name of readdirSync(base)) {
    const old = join(base, name);
    try {
      if (Date.now() - statSync(old).mtimeMs > 3_600_000) rmSync(old, { recursive: true, force: true });
    } catch {
      // another process removed it
    }
  }
  const dir = join(base, String(process.pid));
  mkdirSync(dir, { recursive: true });
  cpSync(join(REPO, 'server/src/knowledge/data'), join(dir, 'knowledge'), { recursive: true });
  const outfile = join(dir, 'server.cjs');
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
  buildSync({ ...serverBundleOptions(REPO, pkg.version), outfile });
  testBundle = outfile;
  return outfile;
}

export interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

type Waiter = { predicate: (m: Message) => boolean; resolve: (m: Message) => void; reject: (e: Error) => void; timer: NodeJS.Timeout };

export interface ClientOptions {
  /** Answer to `workspace/configuration` items (default: null for each). */
  readonly configuration?: (item: { scopeUri?: string; section?: string }) => unknown;
  readonly args?: readonly string[];
  /** The server script (default: the test bundle, see serverBundle()). */
  readonly server?: string;
  readonly cwd?: string;
  /** Node options for the server process (`--cpu-prof`…). */
  readonly nodeArgs?: readonly string[];
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly notifications: Message[] = [];
  readonly serverRequests: Message[] = [];
  stderr = '';
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private waiters: Waiter[] = [];
  private exited: Promise<number | null>;

  constructor(private readonly options: ClientOptions = {}) {
    const server = options.server ?? serverBundle();
    if (!existsSync(server)) throw new Error(`${server} is missing: run npm run build`);
    this.process = spawn(process.execPath, [...(options.nodeArgs ?? []), server, ...(options.args ?? ['--stdio'])], { cwd: options.cwd ?? REPO, stdio: 'pipe' });
    this.process.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
  }

  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  waitExit(timeoutMs = 5000): Promise<number | null> {
    return Promise.race([this.exited, new Promise<null>((_, reject) => setTimeout(() => reject(new Error('server did not exit')), timeoutMs))]);
  }

  writeRaw(bytes: string | Buffer): void {
    this.process.stdin.write(bytes);
  }

  send(message: Omit<Message, 'jsonrpc'>): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  notify(method: string, params?: unknown): void {
    this.send({ method, ...(params === undefined ? {} : { params }) });
  }

  request<T = unknown>(method: string, params?: unknown, timeoutMs = 15000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (m) => {
          clearTimeout(timer);
          if (m.error) reject(Object.assign(new Error(`${method}: ${m.error.message}`), { code: m.error.code }));
          else resolve(m.result as T);
        },
        reject,
      });
      this.send({ id, method, ...(params === undefined ? {} : { params }) });
    });
  }

  /** The next notification (already received or future) matching `predicate`. */
  waitFor(predicate: (m: Message) => boolean, timeoutMs = 15000, from = 0): Promise<Message> {
    const seen = this.notifications.slice(from).find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          reject(new Error(`no matching notification within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** Diagnostics published for `uri` after `from` notifications, optionally for one version. */
  waitForDiagnostics(uri: string, version?: number, from = 0, timeoutMs = 15000): Promise<PublishDiagnostics> {
    return this.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnostics).uri === uri && (version === undefined || (m.params as PublishDiagnostics).version === version),
      timeoutMs,
      from,
    ).then((m) => m.params as PublishDiagnostics);
  }

  async initialize(capabilities: Record<string, unknown> = {}, initializationOptions?: unknown): Promise<InitializeResultLike> {
    const result = await this.request<InitializeResultLike>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities,
      ...(initializationOptions === undefined ? {} : { initializationOptions }),
    });
    this.notify('initialized', {});
    return result;
  }

  open(uri: string, text: string, languageId = 'redis-conf', version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async shutdown(): Promise<number | null> {
    if (!this.alive) return this.process.exitCode;
    await this.request('shutdown');
    this.notify('exit');
    return this.waitExit();
  }

  kill(): void {
    if (this.alive) this.process.kill();
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`bad header from server: ${header}`);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined && message.id !== undefined && message.id !== null) {
      this.serverRequests.push(message);
      this.answerServer(message);
      return;
    }
    if (message.method !== undefined) {
      this.notifications.push(message);
      for (const waiter of [...this.waiters]) {
        if (!waiter.predicate(message)) continue;
        clearTimeout(waiter.timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(message);
      }
      return;
    }
    const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
    if (pending) {
      this.pending.delete(message.id as number);
      pending.resolve(message);
    }
  }

  private answerServer(message: Message): void {
    let result: unknown = null;
    if (message.method === 'workspace/configuration') {
      const items = (message.params as { items: Array<{ scopeUri?: string; section?: string }> }).items;
      result = items.map((item) => this.options.configuration?.(item) ?? null);
    }
    this.send({ id: message.id, result });
  }
}

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  severity: number;
  code: string;
  source: string;
  message: string;
  codeDescription?: { href: string };
  tags?: number[];
  relatedInformation?: Array<{ location: { uri: string; range: Range }; message: string }>;
}
export interface PublishDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
export interface InitializeResultLike {
  capabilities: Record<string, unknown>;
  serverInfo?: { name: string; version?: string };
}
export interface TextEdit {
  range: Range;
  newText: string;
}

/** Applies LSP text edits (non-overlapping) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: Position) => Math.min((starts[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const edit of sorted) out = out.slice(0, offset(edit.range.start)) + edit.newText + out.slice(offset(edit.range.end));
  return out;
}
