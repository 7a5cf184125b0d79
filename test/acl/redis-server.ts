// Test-only helpers to run the real redis-server on a private unix socket and talk RESP to it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REDIS_SERVER = '/usr/bin/redis-server';

/** Every server this process started: none may outlive the test run. */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** SIGTERM, then SIGKILL if the server has not exited within a few seconds. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

export function redisServerVersion(): string | undefined {
  if (!existsSync(REDIS_SERVER)) return undefined;
  const out = spawnSync(REDIS_SERVER, ['--version'], { encoding: 'utf8' }).stdout;
  return /v=(\S+)/.exec(out)?.[1];
}

export type Reply = string | number | null | Reply[] | { error: string };

/** A minimal RESP2 client: one request at a time, bulk strings in, parsed replies out. */
export class RespClient {
  private buffer = Buffer.alloc(0);
  private waiting: ((r: Reply) => void)[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const parsed = parseReply(this.buffer, 0);
        if (!parsed) break;
        this.buffer = this.buffer.subarray(parsed.end);
        this.waiting.shift()?.(parsed.value);
      }
    });
  }

  static open(path: string): Promise<RespClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(path, () => resolve(new RespClient(socket)));
      socket.once('error', reject);
    });
  }

  call(...args: string[]): Promise<Reply> {
    const parts = [`*${args.length}\r\n`];
    for (const a of args) parts.push(`$${Buffer.byteLength(a)}\r\n${a}\r\n`);
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.socket.write(parts.join(''));
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

function parseReply(buf: Buffer, at: number): { value: Reply; end: number } | undefined {
  const eol = buf.indexOf('\r\n', at);
  if (eol === -1) return undefined;
  const type = String.fromCharCode(buf[at]);
  const line = buf.toString('utf8', at + 1, eol);
  switch (type) {
    case '+':
      return { value: line, end: eol + 2 };
    case '-':
      return { value: { error: line }, end: eol + 2 };
    case ':':
      return { value: Number(line), end: eol + 2 };
    case '$': {
      const n = Number(line);
      if (n === -1) return { value: null, end: eol + 2 };
      if (buf.length < eol + 2 + n + 2) return undefined;
      return { value: buf.toString('utf8', eol + 2, eol + 2 + n), end: eol + 2 + n + 2 };
    }
    case '*': {
      const n = Number(line);
      const items: Reply[] = [];
      let end = eol + 2;
      for (let i = 0; i < n; i++) {
        const item = parseReply(buf, end);
        if (!item) return undefined;
        items.push(item.value);
        end = item.end;
      }
      return { value: items, end };
    }
    default:
      throw new Error(`unexpected RESP type ${type}`);
  }
}

export interface RunningServer {
  readonly dir: string;
  readonly socketPath: string;
  readonly process: ChildProcess;
  readonly client: RespClient;
  stop(): Promise<void>;
}

/** Starts redis-server in a fresh temp dir, listening only on a unix socket. */
export async function startServer(extraArgs: string[] = [], dir = mkdtempSync(join(tmpdir(), 'redis-lint-acl-'))): Promise<RunningServer> {
  const socketPath = join(dir, 's.sock');
  const args = ['--port', '0', '--unixsocket', socketPath, '--dir', dir, '--save', '', '--appendonly', 'no', ...extraArgs];
  const child = track(spawn(REDIS_SERVER, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }));
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 10_000;
  while (!existsSync(socketPath)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  // The socket file appears at bind(), a moment before listen(): retry a refused connection.
  let client: RespClient | undefined;
  while (!client) {
    try {
      client = await RespClient.open(socketPath);
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`cannot connect to redis-server:\n${output}`, { cause: error });
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  return {
    dir,
    socketPath,
    process: child,
    client,
    async stop() {
      client.close();
      await terminate(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs redis-server once on a config and reports how it ends: FATAL at load, exit at startup, or running. */
export async function runConfig(
  confText: string,
): Promise<{ kind: 'load-error' | 'startup-error' | 'started' | 'crashed'; output: string; exitCode: number | null; signal: string | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'redis-lint-conf-'));
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dir, 'test.conf'), confText);
  const socketPath = join(dir, 's.sock');
  const child = track(
    spawn(REDIS_SERVER, ['./test.conf', '--port', '0', '--unixsocket', socketPath, '--save', '', '--appendonly', 'no', '--dir', dir], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const giveUp = setTimeout(() => child.kill('SIGKILL'), 10_000);
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const result = await new Promise<{ exitCode: number | null; signal: string | null; started: boolean }>((resolve) => {
    const timer = setInterval(() => {
      if (/ready to accept connections/i.test(output)) {
        clearInterval(timer);
        child.removeAllListeners('exit');
        child.once('exit', (code, signal) => resolve({ exitCode: code, signal, started: true }));
        void terminate(child);
      }
    }, 10);
    child.once('exit', (code, signal) => {
      clearInterval(timer);
      resolve({ exitCode: code, signal, started: /ready to accept connections/i.test(output) });
    });
  });
  clearTimeout(giveUp);
  rmSync(dir, { recursive: true, force: true });
  const kind = result.started
    ? 'started'
    : result.signal
      ? 'crashed'
      : output.includes('FATAL CONFIG FILE ERROR')
        ? 'load-error'
        : 'startup-error';
  return { kind, output, exitCode: result.exitCode, signal: result.signal };
}
