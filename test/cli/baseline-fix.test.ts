import { chmodSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBaseline, parseBaseline } from '../../server/src/linter/baseline.js';
import { applyFixes, keepFinalNewline } from '../../server/src/linter/fix.js';
import { onlyRules, run, tempTree } from './helpers.js';

const CONFIG = onlyRules(['overridden-setting']);

describe('--baseline / --write-baseline', () => {
  it('records findings by rule + file + masked line content, and reports only new ones', async () => {
    const cwd = tempTree({ '.redis-lint.json': CONFIG, 'redis.conf': 'requirepass hunter2hunter2\nrequirepass hunter2hunter2\nport 1\nport 2\n' });
    const write = await run(['--write-baseline', 'baseline.json', 'redis.conf'], { cwd });
    expect(write).toEqual({ code: 0, stdout: '', stderr: 'redis-lint: wrote 2 findings to baseline.json\n' });
    const text = readFileSync(join(cwd, 'baseline.json'), 'utf8');
    expect(text).not.toContain('hunter2');
    expect(parseBaseline(text).findings).toEqual([
      { ruleId: 'overridden-setting', file: 'redis.conf', line: 'port 1', count: 1 },
      { ruleId: 'overridden-setting', file: 'redis.conf', line: 'requirepass ****', count: 1 },
    ]);
    expect(await run(['--baseline', 'baseline.json', 'redis.conf'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });

    // Lines moved and a new finding added: only the new one is reported.
    writeFileSync(join(cwd, 'redis.conf'), '# moved down\n\nrequirepass other-password-now\nrequirepass hunter2hunter2\nport 1\nbind 127.0.0.1\nbind 10.0.0.1\nport 2\n');
    const r = await run(['-f', 'json', '--baseline', 'baseline.json', 'redis.conf'], { cwd });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].messages.map((m: { line: number }) => m.line)).toEqual([6]);
  });

  it('SARIF lists baselined findings as externally suppressed', async () => {
    const cwd = tempTree({ '.redis-lint.json': CONFIG, 'redis.conf': 'port 1\nport 2\n' });
    await run(['--write-baseline', 'b.json', 'redis.conf'], { cwd });
    const sarif = JSON.parse((await run(['-f', 'sarif', '--baseline', 'b.json', 'redis.conf'], { cwd })).stdout);
    expect(sarif.runs[0].results[0].suppressions).toEqual([{ kind: 'external', justification: 'in the baseline b.json' }]);
  });

  it('never records fatal findings', async () => {
    const cwd = tempTree({ '.redis-lint.json': CONFIG, 'redis.conf': 'no-such-directive 1\n' });
    const r = await run(['--write-baseline', 'b.json', 'redis.conf'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no-such-directive');
    expect(parseBaseline(readFileSync(join(cwd, 'b.json'), 'utf8')).findings).toEqual([]);
  });

  it('rejects a file that is not a baseline', async () => {
    const cwd = tempTree({ 'redis.conf': 'port 1\n', 'b.json': '{"x":1}' });
    const r = await run(['--baseline', 'b.json', 'redis.conf'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a redis-lint baseline');
    expect((await run(['--baseline', 'missing.json', 'redis.conf'], { cwd })).code).toBe(2);
  });

  it('counts identical keys', () => {
    const b = createBaseline([{ ruleId: 'r', file: '/d/x.conf', line: ' a  b ' }, { ruleId: 'r', file: '/d/x.conf', line: 'a b' }], '/d');
    expect(b.findings).toEqual([{ ruleId: 'r', file: 'x.conf', line: 'a b', count: 2 }]);
  });
});

describe('fixes (linter/fix.ts)', () => {
  const edit = (start: number, end: number, newText: string) => ({ title: 't', edits: [{ span: { start, end }, newText }] });
  it('applies non-overlapping fixes, skipping overlapping ones', () => {
    expect(applyFixes('abcdef', [edit(0, 2, 'X'), edit(1, 3, 'Y'), edit(4, 5, 'Z')])).toMatchObject({ text: 'XcdZf' });
  });
  it('keeps CRLF line endings and the final newline state', () => {
    expect(applyFixes('a\r\nb\r\n', [edit(3, 3, 'c\n')]).text).toBe('a\r\nc\r\nb\r\n');
    expect(keepFinalNewline('a\nb', 'a\n')).toBe('a');
    expect(keepFinalNewline('a\nb\n', 'a')).toBe('a\n');
    expect(keepFinalNewline('a\r\nb\r\n', 'a')).toBe('a\r\n');
  });
});

describe('--fix', () => {
  it('rewrites the file atomically, keeping mode, CRLF and the missing final newline, then reports what remains', async () => {
    const cwd = tempTree({ '.redis-lint.json': CONFIG, 'redis.conf': 'port 1\r\nport 2\r\nport 3' });
    chmodSync(join(cwd, 'redis.conf'), 0o640);
    const r = await run(['--fix', 'redis.conf'], { cwd });
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'redis-lint: fixed 2 problems in 1 file\n' });
    expect(readFileSync(join(cwd, 'redis.conf'), 'utf8')).toBe('port 3');
    expect(statSync(join(cwd, 'redis.conf')).mode & 0o777).toBe(0o640);
    expect(readdirSync(cwd).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('reports what it cannot fix and exits 1 for it', async () => {
    const cwd = tempTree({ '.redis-lint.json': onlyRules(['overridden-setting', 'unknown-directive']), 'redis.conf': 'port 1\nport 2\nno-such-directive 1\n' });
    const r = await run(['--fix', '-f', 'json', 'redis.conf'], { cwd });
    expect(r.code).toBe(1);
    expect(readFileSync(join(cwd, 'redis.conf'), 'utf8')).toBe('port 2\nno-such-directive 1\n');
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string; line: number }) => `${m.line}:${m.ruleId}`)).toEqual(['2:unknown-directive']);
  });

  it('does not fix suppressed findings', async () => {
    const text = '# redis-lint-disable-next-line overridden-setting -- on purpose\nport 1\nport 2\n';
    const cwd = tempTree({ '.redis-lint.json': CONFIG, 'redis.conf': text });
    expect((await run(['--fix', 'redis.conf'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'redis.conf'), 'utf8')).toBe(text);
  });

  it('refuses to write through a symbolic link that leaves the linted tree, and leaves it untouched', async () => {
    const outside = tempTree({ 'redis.conf': 'port 1\nport 2\n' });
    const cwd = tempTree({ '.redis-lint.json': CONFIG, 'conf/.keep': '' });
    symlinkSync(join(outside, 'redis.conf'), join(cwd, 'conf', 'redis.conf'));
    const r = await run(['--fix', 'conf'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a symbolic link to');
    expect(r.stderr).toContain('outside the linted tree');
    expect(readFileSync(join(outside, 'redis.conf'), 'utf8')).toBe('port 1\nport 2\n');
  });

  it('writes through a symbolic link inside the tree, keeping the link', async () => {
    const cwd = tempTree({ '.redis-lint.json': CONFIG, 'conf/real/redis.conf': 'port 1\nport 2\n' });
    symlinkSync(join(cwd, 'conf/real/redis.conf'), join(cwd, 'conf', 'link.conf'));
    const r = await run(['--fix', 'conf/link.conf'], { cwd });
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'redis-lint: fixed 1 problem in 1 file\n' });
    expect(readFileSync(join(cwd, 'conf/real/redis.conf'), 'utf8')).toBe('port 2\n');
    expect(lstatSync(join(cwd, 'conf/link.conf')).isSymbolicLink()).toBe(true);
  });

  it('leaves a file with bytes that are not UTF-8 untouched', async () => {
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nport 1\nport 2\n')]);
    const cwd = tempTree({ '.redis-lint.json': CONFIG, 'redis.conf': bytes });
    const r = await run(['--fix', 'redis.conf'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not valid UTF-8');
    expect(readFileSync(join(cwd, 'redis.conf')).equals(bytes)).toBe(true);
  });

  it('leaves the file untouched when the folder is not writable', async () => {
    if (process.getuid?.() === 0) return; // root writes anyway
    const cwd = tempTree({ '.redis-lint.json': CONFIG, 'ro/redis.conf': 'port 1\nport 2\n' });
    chmodSync(join(cwd, 'ro'), 0o555);
    const r = await run(['--fix', 'ro/redis.conf'], { cwd });
    chmodSync(join(cwd, 'ro'), 0o755);
    expect(r.code).toBe(2);
    expect(readFileSync(join(cwd, 'ro/redis.conf'), 'utf8')).toBe('port 1\nport 2\n');
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff with secrets masked on both sides and changes nothing', async () => {
    const text = 'requirepass hunter2hunter2\nport 1\nport 2\n';
    const cwd = tempTree({ '.redis-lint.json': CONFIG, 'redis.conf': text });
    const r = await run(['--fix-dry-run', 'redis.conf'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('--- a/redis.conf\n+++ b/redis.conf\n@@ -1,3 +1,2 @@\n requirepass ****\n-port 1\n port 2\n');
    expect(readFileSync(join(cwd, 'redis.conf'), 'utf8')).toBe(text);
    expect(existsSync(join(cwd, 'b.json'))).toBe(false);
  });

  it('works on standard input and prints nothing without fixes', async () => {
    const cwd = tempTree({ '.redis-lint.json': CONFIG });
    const r = await run(['--fix-dry-run', '--stdin', '--stdin-filename', 'x.conf'], { cwd, stdin: 'port 1\nport 2\n' });
    expect(r.stdout).toContain('-port 1');
    expect((await run(['--fix-dry-run', '--stdin'], { cwd, stdin: 'port 1\n' })).stdout).toBe('');
  });
});
