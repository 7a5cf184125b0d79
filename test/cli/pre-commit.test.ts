// The pre-commit hook (.pre-commit-hooks.yaml) installed and run by the real pre-commit, from a
// copy of this working tree (tracked and new files, as the next commit will have them).
// Needs `pre-commit` (Debian: apt-get install -y pre-commit) and node + npm on PATH; skipped
// without pre-commit, except under CI=true.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onlyRules, REPO, writeTree } from './helpers.js';

const available = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!available && process.env.CI === 'true') throw new Error('pre-commit is not installed (apt-get install -y pre-commit); it is required when CI=true');
if (!available) console.warn('test/cli/pre-commit.test.ts: skipped: `pre-commit` is not on PATH (apt-get install -y pre-commit)');

/** The environment of a user's shell: no npm_* variables that `npm test` exports. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_|^INIT_CWD$/i.test(key)) env[key] = value;
  return { ...env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', ...extra };
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe', env: cleanEnv({}) });
}

/** Copies this working tree's files (tracked and new, as the next commit will have them). */
function snapshot(to: string): void {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8' });
  for (const path of listed.split('\0').filter(Boolean)) {
    if (!existsSync(join(REPO, path))) continue; // deleted in the work tree
    mkdirSync(dirname(join(to, path)), { recursive: true });
    cpSync(join(REPO, path), join(to, path));
  }
}

describe('npm pack for pre-commit', () => {
  // pre-commit takes the tarball name from `npm pack`'s stdout, with ~/.npmrc hidden; npm 11
  // prints lifecycle banners (`> redis-lint@… prepare`) there unless foreground-scripts is set
  // explicitly, which the repository's .npmrc does.
  const copy = realpathSync(mkdtempSync(join(tmpdir(), 'redis-lint-pack-stdout-')));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('prints only the tarball name, even though prepare builds', () => {
    snapshot(copy);
    symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'));
    const pack = () => spawnSync('npm', ['pack', '--dry-run'], { cwd: copy, encoding: 'utf8', env: cleanEnv({ NPM_CONFIG_USERCONFIG: '/dev/null' }) });
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
    const r = pack();
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`redis-lint-${version}.tgz\n`);
    expect(existsSync(join(copy, 'dist', 'cli.cjs'))).toBe(true); // prepare did run
    // Without the .npmrc, the banner lands on stdout: the pitfall it guards against.
    unlinkSync(join(copy, '.npmrc'));
    expect(pack().stdout).toContain(`> redis-lint@${version} prepare`);
  }, 180_000);
});

describe.skipIf(!available)('pre-commit hook', () => {
  const work = available ? realpathSync(mkdtempSync(join(tmpdir(), 'redis-lint-pre-commit-'))) : '';
  const hookRepo = join(work, 'redis-lint');
  const project = join(work, 'project');
  const home = join(work, 'cache');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(() => {
    // The hook repository: this working tree's files as they would be committed.
    snapshot(hookRepo);
    git(hookRepo, 'init', '-q');
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '-qm', 'snapshot');

    mkdirSync(project);
    writeTree(project, {
      '.redis-lint.json': onlyRules(['overridden-setting']),
      'redis.conf': 'port 6379\n',
      'deploy/prod.redis.conf': 'port 6380\n',
      'users.acl': 'user alice on #' + 'a'.repeat(64) + ' ~app:* +get\n',
      'notes.conf': 'port 1\nport 2\n', // not a name the hook matches
      'bad/valkey.conf': 'port 1\nport 2\n',
    });
    git(project, 'init', '-q');
    git(project, 'add', '-A');
  }, 120_000);

  function tryRepo(...args: string[]) {
    const r = spawnSync('pre-commit', ['try-repo', hookRepo, 'redis-lint', ...args], { cwd: project, encoding: 'utf8', env: cleanEnv({ PRE_COMMIT_HOME: home }), timeout: 590_000 });
    return { code: r.status, output: `${r.stdout}${r.stderr}` };
  }

  // try-repo installs the hook afresh each time (a temporary store): two installs in all.
  it('installs (npm install, npm pack with the prepare build, npm install -g) and passes on clean files', () => {
    const started = Date.now();
    // notes.conf has findings, but the hook's `files` pattern does not pass it.
    const r = tryRepo('--files', 'redis.conf', 'deploy/prod.redis.conf', 'users.acl', 'notes.conf');
    console.log(`pre-commit: hook installed and ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/redis-lint\.+Passed/);
  }, 600_000);

  it('fails on a file with findings and shows them', () => {
    const r = tryRepo('--files', 'bad/valkey.conf', 'redis.conf');
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(/redis-lint\.+Failed/);
    expect(r.output).toContain('bad/valkey.conf:1:1 warning');
    expect(r.output).toContain('overridden-setting');
    expect(r.output).toContain('in 2 files');
  }, 600_000);
});
