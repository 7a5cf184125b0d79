// Real redis-server processes for the remote and HTML suites: each on a private unix socket in
// its own temporary directory, no TCP port, nothing written outside that directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '../support/knowledge.js';
import { main, type Io } from '../../server/src/cli/main.js';
import { redisServerVersion, RespClient, type Reply } from '../acl/redis-server.js';

export const inCI = process.env.CI === 'true';
export const REDIS_VERSION = redisServerVersion();

/** Why the live suites cannot run here, or undefined. Under CI=true a missing server is a failure. */
export function skipReason(suite: string): string | undefined {
  if (REDIS_VERSION) return undefined;
  if (inCI) throw new Error(`redis-server is not installed (/usr/bin/redis-server): the ${suite} suite is required under CI=true`);
  const reason = `[${suite}] skipped: /usr/bin/redis-server is not installed (apt-get install redis-server)`;
  console.warn(reason);
  return reason;
}

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

export interface RunningRedis {
  readonly dir: string;
  readonly socket: string;
  /** `unix://<socket>` */
  readonly url: string;
  /** The options given after the config file, as config lines (for the static side of comparisons). */
  readonly overrideLines: readonly string[];
  readonly output: () => string;
  call(...args: string[]): Promise<Reply>;
  /** Calls as a given user on a fresh connection. */
  callAs(user: string, password: string, ...args: string[]): Promise<Reply>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** A config file to start from (written to <dir>/redis.conf; `{dir}` is replaced by the directory). */
  readonly conf?: string;
  /** More `--name value` options after the defaults. */
  readonly args?: readonly string[];
  /** Password for the helper's own connection (requirepass servers). */
  readonly password?: string;
  readonly user?: string;
  readonly timeoutMs?: number;
}

/** The command-line options every test server gets after its file: nothing listens on TCP or leaves the directory. */
export function defaultOverrides(dir: string, socket: string): string[] {
  return [
    '--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--dir', dir, '--daemonize', 'no',
    '--tls-port', '0', '--tls-replication', 'no', '--tls-cluster', 'no',
    '--logfile', '', '--pidfile', join(dir, 'redis.pid'), '--syslog-enabled', 'no',
  ];
}

function quote(value: string): string {
  return value === '' || /[\s"'\\]/.test(value) ? `"${value.replace(/["\\]/g, '\\$&')}"` : value;
}

/** `--name value …` as the config lines Redis turns them into. */
export function argsAsLines(args: readonly string[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < args.length; i += 2) lines.push(`${args[i].replace(/^--/, '')} ${quote(args[i + 1] ?? '')}`);
  return lines;
}

async function connect(socket: string, deadline: number, child: ChildProcess, output: () => string): Promise<RespClient> {
  for (;;) {
    try {
      return await RespClient.open(socket);
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`cannot connect to redis-server:\n${output()}`, { cause: error });
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

async function auth(client: RespClient, user: string | undefined, password: string | undefined): Promise<void> {
  if (password === undefined) return;
  const reply = await client.call(...(user ? ['AUTH', user, password] : ['AUTH', password]));
  if (typeof reply === 'object' && reply && 'error' in reply) throw new Error(`AUTH failed: ${reply.error}`);
}

export async function startRedis(options: StartOptions = {}): Promise<RunningRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'redis-lint-remote-'));
  const socket = join(dir, 's.sock');
  const overrides = [...defaultOverrides(dir, socket), ...(options.args ?? [])];
  const argv: string[] = [];
  if (options.conf !== undefined) {
    writeFileSync(join(dir, 'redis.conf'), options.conf.split('{dir}').join(dir));
    argv.push(join(dir, 'redis.conf'));
  }
  argv.push(...overrides);
  const child = spawn('/usr/bin/redis-server', argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let text = '';
  child.stdout?.on('data', (d) => (text += d));
  child.stderr?.on('data', (d) => (text += d));
  const output = () => text;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  while (!existsSync(socket)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`redis-server did not start:\n${text}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const client = await connect(socket, deadline, child, output);
  await auth(client, options.user, options.password);
  const stop = async () => {
    client.close();
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return {
    dir, socket, url: `unix://${socket}`, overrideLines: argsAsLines(overrides), output,
    call: (...args) => client.call(...args),
    async callAs(user, password, ...args) {
      const other = await RespClient.open(socket);
      try {
        const reply = await other.call('AUTH', user, password);
        if (typeof reply === 'object' && reply && 'error' in reply) return reply;
        return await other.call(...args);
      } finally {
        other.close();
      }
    },
    stop,
  };
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process (same code as the bundle), with its own environment. */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: () => Buffer.alloc(0),
    cwd,
    isTty: false,
    env,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
