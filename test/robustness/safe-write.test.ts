// `--fix` writes safely (server/src/cli/write-file.ts): a temporary file in the same folder
// renamed over the original (atomic: a reader sees the old file or the new one), with the mode,
// owner, line endings and final-newline state kept; it never follows a symbolic link out of the
// linted tree, and on any error the original is left byte for byte as it was.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, WriteRefused } from '../../server/src/cli/write-file.js';
import { onlyRules, REPO, run, tempTree } from '../cli/helpers.js';

const CONFIG = onlyRules(['overridden-setting']);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** No `.x.redis-lint-….tmp` file left behind in `dir`. */
function noTempFiles(dir: string): void {
  expect(readdirSync(dir).filter((name) => name.includes('.redis-lint-'))).toEqual([]);
}

async function fix(dir: string, ...files: string[]) {
  return run(['--fix', ...files], { cwd: dir });
}

describe('--fix writes safely', () => {
  it('replaces the file by renaming a complete new one over it (a new inode, nothing left over)', async () => {
    const dir = tempTree({ '.redis-lint.json': CONFIG, 'redis.conf': 'port 1\nport 2\n' });
    const before = statSync(join(dir, 'redis.conf')).ino;
    const result = await fix(dir, 'redis.conf');
    expect(result.stderr).toContain('fixed 1 problem in 1 file');
    expect(readFileSync(join(dir, 'redis.conf'), 'utf8')).toBe('port 2\n');
    expect(statSync(join(dir, 'redis.conf')).ino).not.toBe(before);
    noTempFiles(dir);
  }, 60_000);

  it('keeps the mode (special bits included) and, as root, the owner', async () => {
    const dir = tempTree({ '.redis-lint.json': CONFIG, 'redis.conf': 'port 1\nport 2\n' });
    const path = join(dir, 'redis.conf');
    chmodSync(path, 0o2640);
    if (isRoot) chownSync(path, 4321, 4322);
    await fix(dir, 'redis.conf');
    const stats = statSync(path);
    expect(stats.mode & 0o7777).toBe(0o2640);
    if (isRoot) expect([stats.uid, stats.gid]).toEqual([4321, 4322]);
    expect(readFileSync(path, 'utf8')).toBe('port 2\n');
  }, 60_000);

  it('keeps CRLF line endings, a missing final newline, and a byte-order mark', async () => {
    const dir = tempTree({
      '.redis-lint.json': CONFIG,
      'crlf.conf': 'port 1\r\nhz 10\r\nport 2\r\n',
      'no-newline.conf': 'port 1\nport 2',
      'bom.conf': '\uFEFF# config\nport 1\nport 2\n',
      'mixed.conf': 'port 1\r\nhz 1\nport 2\r\n',
    });
    await fix(dir, 'crlf.conf', 'no-newline.conf', 'bom.conf', 'mixed.conf');
    expect(readFileSync(join(dir, 'crlf.conf'), 'utf8')).toBe('hz 10\r\nport 2\r\n');
    expect(readFileSync(join(dir, 'no-newline.conf'), 'utf8')).toBe('port 2');
    expect(readFileSync(join(dir, 'bom.conf'), 'utf8')).toBe('\uFEFF# config\nport 2\n');
    expect(readFileSync(join(dir, 'mixed.conf'), 'utf8')).toBe('hz 1\nport 2\r\n');
  }, 60_000);

  it('writes through a symbolic link inside the tree (the link stays a link)', async () => {
    const dir = tempTree({ '.redis-lint.json': CONFIG, 'real/redis.conf': 'port 1\nport 2\n' });
    symlinkSync(join(dir, 'real', 'redis.conf'), join(dir, 'link.conf'));
    const result = await fix(dir, 'link.conf');
    expect(result.stderr).not.toMatch(/not fixed/);
    expect(lstatSync(join(dir, 'link.conf')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'redis.conf'), 'utf8')).toBe('port 2\n');
  }, 60_000);

  it('refuses a symbolic link that leaves the tree, a file with hard links, and non-files; all untouched', async () => {
    const outside = tempTree({ 'target.conf': 'port 1\nport 2\n' });
    const dir = tempTree({ '.redis-lint.json': CONFIG, 'linked.conf': 'port 1\nport 2\n' });
    symlinkSync(join(outside, 'target.conf'), join(dir, 'escape.conf'));
    linkSync(join(dir, 'linked.conf'), join(dir, 'hardlink.conf'));
    const result = await fix(dir, 'escape.conf', 'linked.conf');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/escape\.conf: not fixed: .*symbolic link to .*outside the linted tree/);
    expect(result.stderr).toMatch(/linked\.conf: not fixed: .*2 hard links/);
    expect(readFileSync(join(outside, 'target.conf'), 'utf8')).toBe('port 1\nport 2\n');
    expect(readFileSync(join(dir, 'linked.conf'), 'utf8')).toBe('port 1\nport 2\n');
    noTempFiles(dir);
    noTempFiles(outside);
    // A whole folder given: whatever discovery makes of the link, nothing outside is written.
    await fix(dir, '.');
    expect(readFileSync(join(outside, 'target.conf'), 'utf8')).toBe('port 1\nport 2\n');
    expect(readFileSync(join(dir, 'linked.conf'), 'utf8')).toBe('port 1\nport 2\n');
  }, 60_000);

  it('leaves a file it cannot represent untouched (bytes that are not UTF-8)', async () => {
    const bytes = Buffer.concat([Buffer.from('port 1\nport 2\n# caf'), Buffer.from([0xe9, 0x0a])]);
    const dir = tempTree({ '.redis-lint.json': CONFIG, 'latin1.conf': bytes });
    const result = await fix(dir, 'latin1.conf');
    expect(result.stderr).toMatch(/latin1\.conf: not fixed: .*not valid UTF-8/);
    expect(readFileSync(join(dir, 'latin1.conf')).equals(bytes)).toBe(true);
  }, 60_000);
});

describe('writeFileAtomic on errors', () => {
  it('refuses when the file changed since it was read, leaving the new content', () => {
    const dir = tempTree({ 'redis.conf': 'port 3\n' });
    const path = join(dir, 'redis.conf');
    expect(() => writeFileAtomic(path, Buffer.from('port 2\n'), Buffer.from('port 1\nport 2\n'), dir)).toThrow(WriteRefused);
    expect(readFileSync(path, 'utf8')).toBe('port 3\n');
    noTempFiles(dir);
  });

  it('refuses a folder, a FIFO and a missing file without creating anything', () => {
    const dir = tempTree({});
    mkdirSync(join(dir, 'folder.conf'));
    expect(() => writeFileAtomic(join(dir, 'folder.conf'), Buffer.from('x'), Buffer.from(''), dir)).toThrow(/not a regular file/);
    const fifo = spawnSync('mkfifo', [join(dir, 'pipe.conf')]);
    if (fifo.status === 0) expect(() => writeFileAtomic(join(dir, 'pipe.conf'), Buffer.from('x'), Buffer.from(''), dir)).toThrow(/not a regular file/);
    expect(() => writeFileAtomic(join(dir, 'missing.conf'), Buffer.from('x'), Buffer.from(''), dir)).toThrow(/ENOENT/);
    expect(existsSync(join(dir, 'missing.conf'))).toBe(false);
    noTempFiles(dir);
  });

  // As root every folder is writable, so the unwritable folder is tried by `nobody` (root may
  // start a process under another uid); elsewhere the plain chmod does it.
  it('leaves the file untouched when its folder is not writable (temp file refused)', () => {
    const dir = tempTree({ '.redis-lint.json': CONFIG, 'redis.conf': 'port 1\nport 2\n' });
    chmodSync(join(dir, 'redis.conf'), 0o666);
    chmodSync(dir, 0o555);
    const cli = join(REPO, 'dist', 'cli.cjs');
    if (!existsSync(cli)) return; // the bundle is built by `npm run build` (CI builds it first)
    const result = spawnSync(process.execPath, [cli, '--fix', 'redis.conf'], { cwd: dir, encoding: 'utf8', timeout: 60_000, ...(isRoot ? { uid: 65534, gid: 65534 } : {}) });
    chmodSync(dir, 0o755);
    if (result.error && (result.error as NodeJS.ErrnoException).code === 'EPERM') return; // cannot switch users here
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/redis\.conf: not fixed: cannot write: Permission denied/);
    expect(readFileSync(join(dir, 'redis.conf'), 'utf8')).toBe('port 1\nport 2\n');
    noTempFiles(dir);
  }, 60_000);
});
