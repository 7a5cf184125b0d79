// The built CLI (dist/cli.cjs) and the npm package, as users get them.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyRules, REPO, tempTree } from './helpers.js';
import { expectGithubReadySarif } from './sarif-check.js';

const CLI = join(REPO, 'dist', 'cli.cjs');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string; files: string[]; bin: Record<string, string>; engines: { node: string } };

function cli(args: readonly string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: 'pipe' });
}, 120_000);

describe('dist/cli.cjs', () => {
  it('runs, with its version, and finds the rules docs beside the bundle', () => {
    const cwd = tempTree();
    expect(cli(['--version'], cwd)).toEqual({ code: 0, stdout: `redis-lint ${pkg.version}\n`, stderr: '' });
    const explain = cli(['explain', 'unused-suppression'], cwd);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toMatch(/^# unused-suppression\n/);
  }, 60_000);

  it('lints files and standard input, with exit codes', () => {
    const cwd = tempTree({ '.redis-lint.json': onlyRules(['overridden-setting']), 'redis.conf': 'port 1\nport 2\n' });
    const r = cli(['redis.conf'], cwd);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('redis.conf:1:1 warning');
    expect(cli(['--stdin', '--stdin-filename', 'x.conf'], cwd, 'port 1\n').code).toBe(0);
    expect(cli(['--format', 'nope', 'redis.conf'], cwd).code).toBe(2);
    expectGithubReadySarif(JSON.parse(cli(['-f', 'sarif', 'redis.conf'], cwd).stdout));
  }, 120_000);

  it('lints many files across worker threads with the same output, in path order', () => {
    const files: Record<string, string> = { '.redis-lint.json': onlyRules(['overridden-setting', 'unknown-directive']) };
    for (let i = 0; i < 150; i++) {
      files[`d${i % 7}/f${String(i).padStart(3, '0')}.conf`] = i % 3 === 0 ? `port ${i}\nport ${i + 1}\n` : i % 5 === 0 ? 'no-such-directive 1\n' : `port ${i}\n`;
    }
    const cwd = tempTree(files);
    const serial = cli(['-j', '1', '-f', 'json', '.'], cwd);
    const parallel = cli(['-j', '2', '-f', 'json', '.'], cwd);
    expect(serial.code).toBe(1);
    expect(parallel).toEqual(serial);
    const paths = JSON.parse(parallel.stdout).map((f: { filePath: string }) => f.filePath);
    expect(paths).toHaveLength(150);
    expect([...paths].sort()).toEqual(paths);
    expect(cli(['-j', '2', '.'], cwd).stdout).toBe(cli(['-j', '1', '.'], cwd).stdout);
  }, 180_000);

  it('fixes files from worker threads', () => {
    const files: Record<string, string> = { '.redis-lint.json': onlyRules(['overridden-setting']) };
    for (let i = 0; i < 40; i++) files[`f${i}.conf`] = 'port 1\nport 2\n';
    const cwd = tempTree(files);
    const r = cli(['-j', '2', '--fix', '.'], cwd);
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'redis-lint: fixed 40 problems in 40 files\n' });
    expect(readFileSync(join(cwd, 'f7.conf'), 'utf8')).toBe('port 2\n');
  }, 120_000);
});

describe('the npm package', () => {
  const work = realpathSync(mkdtempSync(join(tmpdir(), 'redis-lint-pack-')));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('declares what it ships', () => {
    expect(pkg.bin).toEqual({ 'redis-lint': 'dist/cli.cjs', 'redis-language-server': 'dist/server.cjs' });
    expect(pkg.engines.node).toBe('>=20');
    for (const entry of ['dist/', 'docs/rules/', 'schema/', 'README.md', 'CHANGELOG.md']) expect(pkg.files).toContain(entry);
  });

  it('packs, installs offline into an empty folder, and runs from node_modules/.bin', () => {
    // The bundle was built in beforeAll; packing must not rebuild it under other test files.
    // Runtime dependencies (if any) come from the npm cache: --offline.
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const shipped = info.files.map((f) => f.path);
    for (const path of ['dist/cli.cjs', 'dist/knowledge/directives-redis-7.4.json', 'docs/rules/unused-suppression.md', 'schema/redis-lint.schema.json', 'package.json']) {
      expect(shipped, path).toContain(path);
    }
    expect(shipped.filter((p) => p.startsWith('server/') || p.startsWith('test/') || p.startsWith('node_modules/'))).toEqual([]);

    const project = join(work, 'project');
    execFileSync('mkdir', ['-p', project]);
    execFileSync('npm', ['init', '-y'], { cwd: project, stdio: 'pipe' });
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, info.filename)], { cwd: project, stdio: 'pipe' });
    const bin = join(project, 'node_modules', '.bin', 'redis-lint');
    expect(existsSync(bin)).toBe(true);
    expect(readdirSync(join(project, 'node_modules'))).toEqual(expect.arrayContaining(['redis-lint']));

    const files = tempTree({ '.redis-lint.json': onlyRules(['overridden-setting']), 'redis.conf': 'port 1\nport 2\n', 'clean.conf': 'port 1\n' });
    const bad = spawnSync(bin, ['redis.conf'], { cwd: files, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('overridden-setting');
    expect(spawnSync(bin, ['clean.conf'], { cwd: files, encoding: 'utf8' }).status).toBe(0);
    const explain = spawnSync(bin, ['explain', 'overridden-setting'], { cwd: files, encoding: 'utf8' });
    expect(explain.stdout).toMatch(/^# overridden-setting\n/);
    // A password makes the password rules load their (runtime) dependencies.
    const secrets = tempTree({ 'redis.conf': 'requirepass abc123\nbind 127.0.0.1\n' });
    const weak = spawnSync(bin, ['-f', 'json', 'redis.conf'], { cwd: secrets, encoding: 'utf8' });
    expect(weak.stderr).toBe('');
    expect(weak.status).toBe(1);
    expect(weak.stdout).not.toContain('abc123');
  }, 120_000);
});
