// No output ever shows a secret (DESIGN.md "Secrets"). A unique random token is planted in every
// secret-bearing setting — requirepass, masterauth, Valkey's primaryauth, tls-key-file-pass,
// tls-client-key-file-pass, `user` lines (`>pw`, `#hash`, `<pw`, `!hash`), ACL files, sentinel
// auth-pass and sentinel-pass, passwords in remote addresses — also on lines Redis refuses
// (unbalanced quotes, text after a quote, wrong argument counts, invalid ACL rules). Then every
// output is collected: each CLI format, --fix-dry-run diffs, --fix, baselines, standard input,
// YAML-embedded configs, `acl explain` and `acl dryrun`, `upgrade`, `remote` (a live
// redis-server when there is one), and the language server's diagnostics, hover, symbols,
// hints, code actions, links, completions and logs. Each output is searched for each token.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FORMATS } from '../../server/src/cli/options.js';
import { run, tempTree } from '../cli/helpers.js';
import { LspClient } from '../lsp/client.js';

/** label → token. Tokens are distinct, random, and look like what people use. */
const SECRETS = new Map<string, string>();

function token(label: string): string {
  const value = `${randomBytes(6).toString('hex')}Zq${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x')}`;
  SECRETS.set(label, value);
  // The acl-plaintext-password fix writes `#<SHA-256>` for `>password`: a secret as well.
  SECRETS.set(`${label} (as its SHA-256 hash)`, createHash('sha256').update(value).digest('hex'));
  return value;
}

function hash(label: string): string {
  const value = randomBytes(32).toString('hex');
  SECRETS.set(label, value);
  return value;
}

/** The outputs collected: name → text (all of them, and those of the running test). */
const OUTPUTS = new Map<string, string>();
let current = new Map<string, string>();

function record(name: string, ...texts: unknown[]): void {
  const text = texts.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join('\n');
  OUTPUTS.set(name, (OUTPUTS.get(name) ?? '') + text);
  current.set(name, (current.get(name) ?? '') + text);
}

/** Every planted secret found in the outputs (by default, the running test's), as `label in output`. */
function leaks(outputs: ReadonlyMap<string, string> = current): string[] {
  const found: string[] = [];
  for (const [output, text] of outputs) {
    for (const [label, secret] of SECRETS) {
      if (text.includes(secret)) found.push(`${label} in ${output}`);
      // A password hashed by the plaintext fix is still the same secret in another form.
      else if (text.includes(secret.slice(0, 12))) found.push(`${label} (its first 12 characters) in ${output}`);
    }
  }
  return found;
}

const FILES: Record<string, string> = {
  'redis.conf': [
    'port 6379',
    'bind 0.0.0.0',
    `requirepass ${token('requirepass')}`,
    `masterauth ${token('masterauth')}`,
    `tls-key-file-pass ${token('tls-key-file-pass')}`,
    `tls-client-key-file-pass ${token('tls-client-key-file-pass')}`,
    `user alice on >${token('user >pw')} #${hash('user #hash')} ~* +@all`,
    `user bob on >${token('user >pw (bob)')} <${token('user <pw of a password never set')} !${hash('user !hash')} ~* +get`,
    `user carol on >${token('user >pw before an unknown command')} +nosuchcommand`,
    `user dave on >${token('user >pw before an unmatched (')} (~x +get`,
    `user erin on #${token('user #not-a-hash')} ~*`,
    `user alice on >${token('user >pw of a duplicate user')}`,
    `requirepass "${token('requirepass with an unbalanced quote')}`,
    `masterauth "${token('masterauth with text after the quote')}"x`,
    `requirepass ${token('requirepass, first of two values')} ${token('requirepass, second of two values')}`,
    `tls-key-file-pass '${token('tls-key-file-pass single-quoted')}'`,
    `Requirepass "${token('requirepass in another case, escaped')}\\x41"`,
    'include other.conf',
    'aclfile users-conf.acl',
    '',
  ].join('\n'),
  'other.conf': `requirepass ${token('requirepass in an included file')}\nmasterauth ${token('masterauth in an included file')}\n`,
  'users-conf.acl': `user default on >${token('aclfile >pw')} ~* +@all\nuser zed on #${token('aclfile #bad')} +@nosuch\n`,
  'valkey.conf': `primaryauth ${token('primaryauth (valkey)')}\nrequirepass ${token('requirepass (valkey)')}\nmasterauth ${token('masterauth alias (valkey)')}\n`,
  'sentinel.conf': [
    'port 26379',
    'sentinel monitor mymaster 127.0.0.1 6379 2',
    `sentinel auth-pass mymaster ${token('sentinel auth-pass')}`,
    `sentinel sentinel-pass ${token('sentinel sentinel-pass')}`,
    `sentinel auth-pass mymaster "${token('sentinel auth-pass, unbalanced quote')}`,
    `sentinel auth-pass nosuchmaster ${token('sentinel auth-pass of an unknown master')}`,
    `requirepass ${token('requirepass in sentinel.conf')}`,
    '',
  ].join('\n'),
  'users.acl': [
    `user default on >${token('ACL file >pw (default)')} ~* +@all`,
    `user eve on #${hash('ACL file #hash')} <${token('ACL file <pw')} +@read ~*`,
    `user frank on >${token('ACL file >pw before an unknown command')} +nosuch ~*`,
    `user gina on >${token('ACL file >pw before an unmatched (')} (+get`,
    `user hank on !${hash('ACL file !hash')} >${token('ACL file >pw of a weak-looking user')} nopass`,
    `user ivan on #${token('ACL file #not-a-hash')} ~*`,
    '',
  ].join('\n'),
  'k8s.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: { name: redis }',
    'data:',
    '  redis.conf: |',
    `    requirepass ${token('requirepass in a YAML ConfigMap')}`,
    `    masterauth "${token('masterauth in YAML, unbalanced')}`,
    '',
  ].join('\n'),
};

const LINTED = ['redis.conf', 'sentinel.conf', 'users.acl', 'k8s.yaml'];

describe('no output shows a secret', () => {
  let dir: string;

  beforeAll(() => {
    dir = tempTree(FILES);
  });

  beforeEach(() => {
    current = new Map();
  });

  afterAll(() => {
    const found = leaks(OUTPUTS);
    if (found.length > 0) console.error(`secrets leaked:\n  ${found.join('\n  ')}`);
  });

  it('the planted secrets are secrets to the linter (each is masked in the text format)', async () => {
    const result = await run(['-f', 'json', ...LINTED], { cwd: dir });
    expect(result.stderr).toBe('');
    const reports = JSON.parse(result.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    expect(reports.length).toBeGreaterThanOrEqual(LINTED.length);
    // Each file has findings on its secret lines: the secrets were read as such, not skipped.
    for (const report of reports) expect(report.messages.length, report.filePath).toBeGreaterThan(0);
    record('json (the first run)', result.stdout);
    expect(leaks()).toEqual([]);
  }, 60_000);

  it('every --format, for every kind of file, at every severity', async () => {
    const runs: string[][] = FORMATS.map((format) => ['--format', format, ...LINTED]);
    runs.push(['--format', 'text', '--severity', 'info', ...LINTED], ['--format', 'json', '--severity', 'info', ...LINTED]);
    runs.push(['--format', 'text', '--redis-version', 'valkey-8.0', 'valkey.conf', 'redis.conf'], ['--format', 'html', '--redis-version', 'valkey-8.0', 'valkey.conf']);
    for (const argv of runs) {
      const result = await run(argv, { cwd: dir });
      record(argv.join(' '), result.stdout, result.stderr);
      expect(result.code, result.stderr).toBe(1);
    }
    expect(leaks()).toEqual([]);
  }, 180_000);

  it('--fix-dry-run diffs and --fix', async () => {
    const dry = await run(['--fix-dry-run', ...LINTED, 'valkey.conf'], { cwd: dir });
    record('--fix-dry-run', dry.stdout, dry.stderr);
    expect(dry.stdout).toContain('+++ b/');
    const copy = tempTree(FILES);
    const fixed = await run(['--fix', ...LINTED, 'valkey.conf'], { cwd: copy });
    record('--fix (its own output)', fixed.stdout, fixed.stderr);
    const valkey = await run(['--fix', '--redis-version', 'valkey-8.0', 'valkey.conf'], { cwd: copy });
    record('--fix valkey (its own output)', valkey.stdout, valkey.stderr);
    expect(leaks()).toEqual([]);
  }, 120_000);

  it('baselines, standard input, a config file, and one file per worker thread', async () => {
    const written = await run(['--write-baseline', 'baseline.json', ...LINTED], { cwd: dir });
    record('--write-baseline (output)', written.stdout, written.stderr);
    record('--write-baseline (the file)', readFileSync(join(dir, 'baseline.json'), 'utf8'));
    const used = await run(['--baseline', 'baseline.json', '-f', 'sarif', ...LINTED], { cwd: dir });
    record('--baseline, sarif', used.stdout, used.stderr);
    for (const name of ['redis.conf', 'users.acl', 'sentinel.conf']) {
      const stdin = await run(['--stdin', '--stdin-filename', name, '-f', 'json'], { cwd: dir, stdin: FILES[name] });
      record(`--stdin ${name}`, stdin.stdout, stdin.stderr);
    }
    const many: Record<string, string> = {};
    for (let i = 0; i < 20; i++) many[`m${i}.conf`] = FILES['redis.conf'].replace('include other.conf', '');
    const tree = tempTree(many);
    const pool = await run(['-j', '2', '-f', 'json', '.'], { cwd: tree });
    record('20 files (worker threads when bundled)', pool.stdout, pool.stderr);
    expect(leaks()).toEqual([]);
  }, 120_000);

  it('acl explain and acl dryrun, on ACL files and redis.conf, including refused files', async () => {
    const calls = [
      ['acl', 'explain', '--aclfile', 'users.acl'],
      ['acl', 'explain', '--aclfile', 'users.acl', '--format', 'json'],
      ['acl', 'explain', '--aclfile', 'users.acl', 'eve'],
      ['acl', 'explain', '--config', 'redis.conf'],
      ['acl', 'explain', '--config', 'redis.conf', '--format', 'json'],
      ['acl', 'dryrun', '--aclfile', 'users.acl', 'eve', 'get', 'k'],
      ['acl', 'dryrun', '--aclfile', 'users.acl', 'eve', 'set', 'k', 'v'],
      ['acl', 'dryrun', '--aclfile', 'users.acl', 'nobody', 'get', 'k'],
      ['acl', 'dryrun', '--config', 'redis.conf', 'alice', 'config', 'get', 'requirepass'],
    ];
    for (const argv of calls) {
      const result = await run(argv, { cwd: dir });
      record(argv.join(' '), result.stdout, result.stderr);
    }
    // A file Redis accepts, so that explain shows users (and their ACL LIST lines) in full.
    const good = tempTree({ 'ok.acl': `user default on >${token('acl explain: accepted file >pw')} ~* +@all\nuser ok on #${hash('acl explain: accepted file #hash')} ~k* +get\n` });
    for (const format of ['text', 'json']) {
      const result = await run(['acl', 'explain', '--aclfile', 'ok.acl', '--format', format], { cwd: good });
      record(`acl explain (accepted file, ${format})`, result.stdout, result.stderr);
      expect(result.stdout).toContain('ok');
    }
    expect(leaks()).toEqual([]);
  }, 120_000);

  it('upgrade reports', async () => {
    for (const format of ['text', 'json']) {
      const result = await run(['upgrade', '--from', '6.2', '--to', '7.4', '--format', format, 'redis.conf'], { cwd: dir });
      record(`upgrade ${format}`, result.stdout, result.stderr);
    }
    expect(leaks()).toEqual([]);
  }, 60_000);

  describe('remote', () => {
    let server: ChildProcess | undefined;
    let port = 0;
    const password = token('remote: requirepass of the live server');
    const masterauth = token('remote: masterauth of the live server');
    const userPassword = token('remote: ACL user password on the live server');

    beforeAll(async () => {
      port = await freePort();
      const available = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
      if (!available) return;
      const conf = join(dir, 'live.conf');
      writeFileSync(conf, `port ${port}\nbind 127.0.0.1\nsave ""\nappendonly no\ndir ${dir}\nrequirepass ${password}\nmasterauth ${masterauth}\nuser app on >${userPassword} ~app:* +get\n`);
      server = spawn('redis-server', [conf], { stdio: 'ignore' });
      await waitForPort(port);
    }, 30_000);

    afterAll(() => {
      server?.kill();
    });

    it('addresses with passwords, also when the server is unreachable', async () => {
      const closed = await freePort();
      const secret = token('remote: password in an unreachable address');
      for (const address of [`redis://:${secret}@127.0.0.1:${closed}`, `redis://bob:${secret}@127.0.0.1:${closed}/0`, `redis://127.0.0.1:${closed}?password=${secret}`]) {
        const result = await run(['remote', '--timeout', '2000', address], { cwd: dir });
        record(`remote unreachable ${address.replace(secret, 'SECRET')}`, result.stdout, result.stderr);
        expect(result.code).toBe(2);
      }
      expect(leaks()).toEqual([]);
    }, 60_000);

    it('a live server: every format, --print-config, --compare, a wrong password', async () => {
      if (!server) return; // no redis-server here
      const address = `redis://:${password}@127.0.0.1:${port}`;
      for (const args of [['-f', 'text'], ['-f', 'json'], ['-f', 'html'], ['--print-config'], ['--compare', 'redis.conf'], ['--compare', 'redis.conf', '-f', 'json']]) {
        const result = await run(['remote', ...args, address], { cwd: dir });
        record(`remote ${args.join(' ')}`, result.stdout, result.stderr);
        expect(result.stderr).not.toMatch(/internal error/);
      }
      const viaEnv = await run(['remote', '-f', 'json', `redis://127.0.0.1:${port}`], { cwd: dir, env: { REDIS_LINT_PASSWORD: password } });
      record('remote, password from the environment', viaEnv.stdout, viaEnv.stderr);
      const wrong = token('remote: a wrong password');
      const refused = await run(['remote', `redis://:${wrong}@127.0.0.1:${port}`], { cwd: dir });
      record('remote, wrong password', refused.stdout, refused.stderr);
      expect(refused.code).toBe(2);
      expect(leaks()).toEqual([]);
    }, 120_000);
  });

  it('the language server: diagnostics, hover, symbols, hints, code actions, links, completion, logs', async () => {
    const client = new LspClient({ cwd: dir });
    try {
      await client.initialize({ textDocument: { publishDiagnostics: { relatedInformation: true } }, window: { workDoneProgress: true } });
      for (const name of ['redis.conf', 'sentinel.conf', 'users.acl', 'valkey.conf', 'other.conf']) {
        const uri = pathToFileURL(join(dir, name)).href;
        const text = FILES[name];
        const languageId = name.endsWith('.acl') ? 'redis-acl' : name.startsWith('sentinel') ? 'redis-sentinel' : 'redis-conf';
        const from = client.notifications.length;
        client.open(uri, text, languageId);
        const published = await client.waitForDiagnostics(uri, 1, from);
        record(`lsp publishDiagnostics ${name}`, published);
        const lines = text.split('\n');
        const end = { line: lines.length, character: 0 };
        for (let line = 0; line < lines.length; line++) {
          for (let character = 0; character <= lines[line].length; character += 3) {
            const position = { line, character };
            record(`lsp hover ${name}`, await client.request('textDocument/hover', { textDocument: { uri }, position }));
            if (character % 9 === 0) record(`lsp completion ${name}`, await client.request('textDocument/completion', { textDocument: { uri }, position }));
          }
        }
        record(`lsp documentSymbol ${name}`, await client.request('textDocument/documentSymbol', { textDocument: { uri } }));
        record(`lsp inlayHint ${name}`, await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end } }));
        record(`lsp documentLink ${name}`, await client.request('textDocument/documentLink', { textDocument: { uri } }));
        record(`lsp foldingRange ${name}`, await client.request('textDocument/foldingRange', { textDocument: { uri } }));
        record(`lsp pull diagnostics ${name}`, await client.request('textDocument/diagnostic', { textDocument: { uri } }));
        const actions = await client.request<Array<{ title: string; diagnostics?: unknown; command?: unknown }>>('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end },
          context: { diagnostics: (published.diagnostics ?? []) as unknown[] },
        });
        // Edits rewrite the document itself (which holds the secrets); titles and the rest must not show them.
        record(`lsp codeAction ${name}`, actions.map((a) => ({ title: a.title, diagnostics: a.diagnostics, command: a.command })));
      }
      // A change that breaks a line holding a secret, and one that adds a new secret.
      const uri = pathToFileURL(join(dir, 'redis.conf')).href;
      const typed = token('typed into the editor');
      const from = client.notifications.length;
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `requirepass "${typed}\nmasterauth ${typed} x\n` }] });
      record('lsp publishDiagnostics after a change', await client.waitForDiagnostics(uri, 2, from));
      record('lsp notifications (logs, progress, diagnostics)', client.notifications);
      record('lsp server requests', client.serverRequests);
      await client.shutdown();
      record('lsp stderr', client.stderr);
    } finally {
      client.kill();
    }
    expect(leaks()).toEqual([]);
  }, 300_000);

  it('the files really hold the planted secrets (so that finding none means something)', () => {
    const all = Object.values(FILES).join('\n');
    const planted = [...SECRETS].filter(([label]) => !/^(remote|typed|acl explain)|SHA-256/.test(label));
    expect(planted.length).toBeGreaterThan(30);
    for (const [label, secret] of planted) expect(all.includes(secret), label).toBe(true);
    const copy = tempTree();
    copyFileSync(join(dir, 'redis.conf'), join(copy, 'redis.conf'));
    expect(readFileSync(join(copy, 'redis.conf'), 'utf8')).toContain(SECRETS.get('requirepass') ?? '?');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number): Promise<void> {
  const { connect } = await import('node:net');
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`redis-server did not listen on ${port}`);
}
