// Pathological inputs, each with its own explicit time budget (generous: CI machines are slow
// and loaded; the point is "finishes, linearly", not a benchmark). Every case checks that
// linting neither throws nor hangs, and that every finding's span lies inside its file's text.
// Include chains, cycles, globs, symbolic-link loops and unreadable files use real files on
// disk through the CLI's FileAccess (server/src/cli/node-files.ts).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import '../support/knowledge.js';
import { nodeFiles } from '../../server/src/cli/node-files.js';
import { lint, type LintResult } from '../../server/src/linter/index.js';
import { decodeText, parseTarget, type ModelKind, type Target } from '../../server/src/model/index.js';
import { run } from '../cli/helpers.js';

function target(version = '7.4'): Target {
  const parsed = parseTarget(version);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.target;
}

/** Lints `text` as `kind` and checks every finding's span against the text of its file. */
function lintChecked(text: string, kind: ModelKind = 'conf', options: { file?: string; version?: string; disk?: boolean } = {}): LintResult {
  const result = lint({ text, file: options.file ?? '/hostile/redis.conf', kind, target: target(options.version), ...(options.disk ? { files: nodeFiles } : {}) });
  for (const finding of result.findings) {
    const fileText = result.model.text(finding.file);
    expect(fileText, `finding ${finding.ruleId} in a file the model does not know: ${finding.file}`).toBeDefined();
    expect(finding.span.start).toBeGreaterThanOrEqual(0);
    expect(finding.span.start).toBeLessThanOrEqual(finding.span.end);
    expect(finding.span.end).toBeLessThanOrEqual((fileText ?? '').length);
  }
  return result;
}

function lintAllKinds(text: string): void {
  for (const kind of ['conf', 'sentinel', 'acl'] as ModelKind[]) lintChecked(text, kind);
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) {
    try {
      chmodSync(dir, 0o755);
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

function tempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'redis-lint-hostile-')));
  dirs.push(dir);
  return dir;
}

const ids = (result: LintResult) => result.findings.map((f) => f.ruleId);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('pathological text', () => {
  it('a 10 MB single line of one word', () => lintAllKinds('a'.repeat(10 * 1024 * 1024)), 60_000);

  it('a 1 MB single line of 500,000 arguments', () => {
    const result = lintChecked(`save ${'1 '.repeat(512 * 1024)}x\n`);
    expect(ids(result)).toContain('invalid-value');
  }, 60_000);

  it('one million empty lines, and one million CRLF lines', () => {
    lintAllKinds('\n'.repeat(1_000_000));
    lintAllKinds('\r\n'.repeat(1_000_000));
  }, 90_000);

  it('2 MB of invalid UTF-8, decoded as the CLI reads files', () => {
    const bytes = new Uint8Array(2 * 1024 * 1024);
    let state = 7;
    for (let i = 0; i < bytes.length; i++) {
      state = (state * 1103515245 + 12345) >>> 0;
      // Mostly bytes that never start a valid sequence, with newlines and spaces among them.
      const r = state >>> 24;
      bytes[i] = r < 8 ? 0x0a : r < 40 ? 0x20 : 0x80 | (r & 0x7f);
    }
    const text = decodeText(bytes);
    expect(text).toContain('\uFFFD');
    lintChecked(text);
    lintChecked(text, 'acl');
  }, 180_000);

  it('NUL bytes: a UTF-16 file, and a 1 MB line of NULs', () => {
    const utf16 = decodeText(Buffer.from('\uFEFFport 6379\nrequirepass s3cr3t-value\n'.repeat(20_000), 'utf16le'));
    expect(ids(lintChecked(utf16))).toContain('nul-byte');
    lintAllKinds(`port 6379\n${'\0'.repeat(1024 * 1024)}\nhz 10\n`);
  }, 60_000);

  it('a byte-order mark before every kind of first line', () => {
    for (const first of ['# comment', 'port 6379', 'user alice on', '', '"quoted" x', 'sentinel monitor m 1.2.3.4 6379 2']) lintAllKinds(`\uFEFF${first}\nport 1\n`);
    expect(ids(lintChecked('\uFEFFport 6379\n'))).toContain('unknown-directive');
  }, 30_000);

  it('mixed CRLF, LF and lone CR line endings at scale', () => {
    const endings = ['\r\n', '\n', '\r', '\r\r\n', '\n\r'];
    const text = Array.from({ length: 20_000 }, (_, i) => `${i % 3 ? 'timeout' : 'hz'} ${i % 50}${endings[i % endings.length]}`).join('');
    lintAllKinds(text);
  }, 120_000);

  it('quotes nested and unbalanced at scale', () => {
    lintAllKinds(`${'"\'"\\"'.repeat(200_000)}\n${'user a "(\n'.repeat(10_000)}${'requirepass "a\\"b\'c"d"\n'.repeat(10_000)}`);
    lintAllKinds(`save ${'"'.repeat(200_000)}\n${"'".repeat(200_001)}\n`);
  }, 180_000);

  it('an ACL line with 100,000 rules, in an ACL file and in redis.conf, for 7.0 and 7.4', () => {
    const rules = Array.from({ length: 100_000 }, (_, i) => ['+get|x', '~k', '&c', '>p', '-set', '+@read', '%R~r'][i % 7] + i).join(' ');
    for (const version of ['7.0', '7.4']) {
      lintChecked(`user alice on ${rules}\n`, 'acl', { version });
      lintChecked(`user alice on ${rules}\n`, 'conf', { version });
    }
  }, 180_000);

  it('20,000 users: in redis.conf all named alike, in an ACL file all different', () => {
    lintChecked('user alice on >pw ~* +@all\n'.repeat(20_000));
    lintChecked(Array.from({ length: 20_000 }, (_, i) => `user u${i} on #${'0'.repeat(64)} ~k${i} +get\n`).join(''), 'acl');
  }, 180_000);
});

describe('pathological file trees (on disk, through nodeFiles)', () => {
  it('10,000 chained includes', () => {
    const dir = tempDir();
    const count = 10_000;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `c${i}.conf`), i + 1 < count ? `include ${join(dir, `c${i + 1}.conf`)}\nhz ${1 + (i % 400)}\n` : 'port 6380\n');
    const result = lintChecked(`include ${join(dir, 'c0.conf')}\n`, 'conf', { file: join(dir, 'redis.conf'), disk: true });
    expect(result.model.config?.files.size).toBe(count + 1);
    expect(result.model.config?.effective('port')?.values).toEqual(['6380']);
    expect(result.verdict.accepted).toBe(true);
  }, 120_000);

  it('include cycles: a file including itself, and a cycle 10,000 files long', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'self.conf'), `include ${join(dir, 'self.conf')}\n`);
    expect(ids(lintChecked(`include ${join(dir, 'self.conf')}\n`, 'conf', { file: join(dir, 'a.conf'), disk: true }))).toContain('include-cycle');
    const count = 10_000;
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `r${i}.conf`), `include ${join(dir, `r${(i + 1) % count}.conf`)}\n`);
    const result = lintChecked(`include ${join(dir, 'r0.conf')}\n`, 'conf', { file: join(dir, 'b.conf'), disk: true });
    expect(ids(result).filter((id) => id === 'include-cycle')).toHaveLength(1);
    expect(result.verdict.accepted).toBe(false);
  }, 120_000);

  it('an include glob matching 5,000 files, and one matching itself', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'conf.d'));
    for (let i = 0; i < 5_000; i++) writeFileSync(join(dir, 'conf.d', `f${String(i).padStart(5, '0')}.conf`), `hz ${1 + (i % 400)}\n`);
    const result = lintChecked(`include ${join(dir, 'conf.d', '*.conf')}\n`, 'conf', { file: join(dir, 'redis.conf'), disk: true });
    expect(result.model.config?.files.size).toBe(5_001);
    expect(ids(result).filter((id) => id === 'overridden-setting')).toHaveLength(4_999);
    writeFileSync(join(dir, 'conf.d', 'loop.conf'), `include ${join(dir, 'conf.d', '*.conf')}\n`);
    expect(ids(lintChecked(`include ${join(dir, 'conf.d', 'loop.conf')}\n`, 'conf', { file: join(dir, 'redis.conf'), disk: true }))).toContain('include-cycle');
  }, 120_000);

  it('symbolic-link loops: as an include, in an include glob, and as a file given to the CLI', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'loop-b.conf'), join(dir, 'loop-a.conf'));
    symlinkSync(join(dir, 'loop-a.conf'), join(dir, 'loop-b.conf'));
    mkdirSync(join(dir, 'd'));
    symlinkSync(join(dir, 'd'), join(dir, 'd', 'again'));
    writeFileSync(join(dir, 'd', 'x.conf'), 'hz 10\n');
    const result = lintChecked(`include ${join(dir, 'loop-a.conf')}\ninclude ${join(dir, 'd', '*', '*.conf')}\n`, 'conf', { file: join(dir, 'redis.conf'), disk: true });
    const notFound = result.findings.find((f) => f.ruleId === 'include-not-found');
    expect(notFound?.message).toMatch(/too many levels of symbolic links/i);
    writeFileSync(join(dir, 'redis.conf'), `include ${join(dir, 'loop-a.conf')}\n`);
    const cli = await run([join(dir, 'loop-a.conf'), join(dir, 'redis.conf'), '--format', 'json'], { cwd: dir });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/loop-a\.conf.*(symbolic links|ELOOP)/i);
    // Whatever happens to one input, the others are still reported.
    expect(JSON.parse(cli.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([join(dir, 'redis.conf')]);
  }, 60_000);

  it('unreadable files: a folder, a path through a file, and (not as root) chmod 000', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.conf'));
    writeFileSync(join(dir, 'plain.conf'), 'hz 10\n');
    const result = lintChecked(`include ${join(dir, 'folder.conf')}\ninclude ${join(dir, 'plain.conf', 'x.conf')}\n`, 'conf', { file: join(dir, 'redis.conf'), disk: true });
    const messages = result.findings.filter((f) => f.ruleId === 'include-not-found').map((f) => f.message).join('\n');
    expect(messages).toMatch(/is a directory/i);
    expect(messages).toMatch(/not a directory/i);
  }, 30_000);

  // As root, chmod 000 does not stop reading, so the CLI runs as `nobody` (root may start a
  // process under another uid). Without root and without `nobody`, the plain chmod is used.
  it('unreadable files: chmod 000 on an include and on a linted file (run as nobody when root)', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'secret.conf'), 'requirepass hidden-value-123\n');
    writeFileSync(join(dir, 'redis.conf'), `include ${join(dir, 'secret.conf')}\nport 6379\n`);
    chmodSync(join(dir, 'secret.conf'), 0o000);
    const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.cjs');
    const tsx = join(import.meta.dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const entry = join(import.meta.dirname, '..', '..', 'server', 'src', 'cli', 'bin.ts');
    // The built bundle when present (faster), else the sources through tsx.
    const args = (files: string[]) => (existsFile(cli) ? [cli, ...files] : [tsx, entry, ...files]);
    const options = { encoding: 'utf8' as const, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' }, ...(isRoot ? { uid: 65534, gid: 65534 } : {}) };
    const viaInclude = spawnSync(process.execPath, args([join(dir, 'redis.conf')]), options);
    if (viaInclude.error && (viaInclude.error as NodeJS.ErrnoException).code === 'EPERM') return; // cannot switch users here
    expect(viaInclude.stdout).toMatch(/permission denied/i);
    expect(viaInclude.stdout + viaInclude.stderr).not.toContain('hidden-value-123');
    const direct = spawnSync(process.execPath, args([join(dir, 'secret.conf')]), options);
    expect(direct.status).toBe(2);
    expect(direct.stderr).toMatch(/secret\.conf: cannot read: Permission denied/);
  }, 120_000);
});

function existsFile(path: string): boolean {
  try {
    return realpathSync(path) !== '';
  } catch {
    return false;
  }
}
