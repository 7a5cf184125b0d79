import { describe, expect, it } from 'vitest';
import { HELP } from '../../server/src/cli/help.js';
import { onlyRules, run, tempTree } from './helpers.js';

const OVERRIDDEN = 'port 6379\nport 6380\n';

describe('redis-lint basics', () => {
  it('prints help and version', async () => {
    const cwd = tempTree();
    expect(await run(['--help'], { cwd })).toEqual({ code: 0, stdout: HELP, stderr: '' });
    expect((await run(['lint', 'x.conf', '-h'], { cwd })).stdout).toBe(HELP);
    const v = await run(['--version'], { cwd });
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^redis-lint \S+\n$/);
  });

  it('exits 2 on usage errors with a message', async () => {
    const cwd = tempTree({ 'redis.conf': 'port 6379\n' });
    for (const argv of [[], ['--format', 'xml', 'redis.conf'], ['--bogus', 'redis.conf'], ['--max-warnings', '-1', 'redis.conf'], ['--fix', '--fix-dry-run', 'redis.conf'], ['--baseline', 'a', '--write-baseline', 'b', 'redis.conf'], ['--stdin', '--fix'], ['--redis-version', '99', 'redis.conf'], ['missing-dir/']]) {
      const r = await run(argv, { cwd });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr, argv.join(' ')).toMatch(/^redis-lint: /);
      expect(r.stdout).toBe('');
    }
  });

  it('exit 1 on findings, 0 when clean, and the lint subcommand is the same as none', async () => {
    const cwd = tempTree({ '.redis-lint.json': onlyRules(['overridden-setting']), 'bad.conf': OVERRIDDEN, 'good.conf': 'port 6379\n' });
    const bad = await run(['bad.conf'], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('bad.conf:1:1 warning port is set again at line 2');
    expect(bad.stdout).toContain('overridden-setting');
    expect(await run(['lint', 'bad.conf'], { cwd })).toEqual(bad);
    expect(await run(['good.conf'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--severity error hides and ignores warnings', async () => {
    const cwd = tempTree({ '.redis-lint.json': onlyRules(['overridden-setting']), 'bad.conf': OVERRIDDEN });
    expect(await run(['--severity', 'error', 'bad.conf'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--max-warnings N fails only above N non-error findings, or on any error', async () => {
    const cwd = tempTree({
      '.redis-lint.json': onlyRules(['overridden-setting']),
      'two.conf': 'port 1\nport 2\nport 3\n',
      'fatal.conf': 'no-such-directive yes\n',
    });
    expect((await run(['--max-warnings', '2', 'two.conf'], { cwd })).code).toBe(0);
    const over = await run(['--max-warnings', '1', 'two.conf'], { cwd });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings (2; --max-warnings 1)');
    expect((await run(['--max-warnings', '0', 'two.conf'], { cwd })).code).toBe(1);
    expect((await run(['--max-warnings', '100', 'fatal.conf'], { cwd })).code).toBe(1);
  });

  it('keeps the JSON contract (DESIGN.md)', async () => {
    const cwd = tempTree({ '.redis-lint.json': onlyRules(['overridden-setting']), 'bad.conf': OVERRIDDEN });
    const r = await run(['--format', 'json', 'bad.conf'], { cwd });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        filePath: `${cwd}/bad.conf`,
        messages: [
          { ruleId: 'overridden-setting', severity: 1, line: 1, column: 1, endLine: 1, endColumn: 10, message: expect.stringContaining('port is set again at line 2'), fatal: false },
        ],
        errorCount: 0,
        warningCount: 1,
      },
    ]);
  });

  it('lints standard input under --stdin-filename, with its config file', async () => {
    const cwd = tempTree({ 'conf/.redis-lint.json': onlyRules(['overridden-setting']) });
    const r = await run(['--stdin', '--stdin-filename', 'conf/redis.conf', '--format', 'json'], { cwd, stdin: OVERRIDDEN });
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout);
    expect(file.filePath).toBe('conf/redis.conf');
    expect(file.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['overridden-setting']);
  });

  it('reports unreadable files on stderr with exit 2 and still prints the others', async () => {
    const cwd = tempTree({ '.redis-lint.json': onlyRules(['overridden-setting']), 'bad.conf': OVERRIDDEN });
    const r = await run(['bad.conf', 'nope.conf'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.conf: cannot read: No such file or directory');
    expect(r.stdout).toContain('bad.conf:1:1');
  });

  it('walks directories and orders output by path', async () => {
    const cwd = tempTree({
      '.redis-lint.json': onlyRules(['overridden-setting']),
      'b/redis.conf': OVERRIDDEN,
      'a/z.conf': OVERRIDDEN,
      'a/sub/y.conf': OVERRIDDEN,
      'a/notes.txt': OVERRIDDEN,
    });
    const r = await run(['--format', 'json', 'b', 'a'], { cwd });
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath.slice(cwd.length + 1))).toEqual(['a/sub/y.conf', 'a/z.conf', 'b/redis.conf']);
  });

  it('shows a progress line on a terminal stderr for many files, and clears it', async () => {
    const files: Record<string, string> = { '.redis-lint.json': onlyRules(['overridden-setting']) };
    for (let i = 0; i < 30; i++) files[`c${String(i).padStart(2, '0')}.conf`] = 'port 1\n';
    const cwd = tempTree(files);
    const tty = await run(['.'], { cwd, stderrIsTty: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect((await run(['.'], { cwd })).stderr).toBe('');
  });
});
