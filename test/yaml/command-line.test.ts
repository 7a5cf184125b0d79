// redis-server options after the config file (`redis-lint FILE -- ARGS…`, and the command lines
// of containers): built into config text exactly as redis-server 7.0.15's main() does, checked
// against the real server's FATAL echo where it is installed, then applied after the file.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import '../support/knowledge.js';
import { lintDocument } from '../../server/src/cli/overrides.js';
import { buildCommandLine, displayArgs, sdscatrepr } from '../../server/src/model/embedded/command-line.js';
import { LineIndex, NO_FILES, parseTarget } from '../../server/src/model/index.js';
import { redisServerAvailable, REDIS_SERVER } from '../support/redis-server.js';
import { run, tempTree } from '../cli/helpers.js';

const CI = process.env.CI === 'true';

function built(args: readonly string[]): string {
  return buildCommandLine(displayArgs(args).args).text;
}

const target = (() => {
  const parsed = parseTarget('7.0');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.target;
})();

describe('command-line options as config text (server.c main())', () => {
  it.each([
    [['--port', '6380'], 'port "6380" '],
    [['--port', '6380', '--protected-mode', 'no'], 'port "6380" \nprotected-mode "no" '],
    [['--port 6380'], 'port 6380 '],
    [['--save', '--appendonly', 'yes'], 'save ""\nappendonly "yes" '],
    [['--save'], 'save ""'],
    [['--save', '60', '10'], 'save "60" "10" '],
    [['--requirepass', '--not-a-name'], 'requirepass "--not-a-name" '],
    [['--sentinel', '--port', '1'], 'sentinel \nport "1" '],
    [['--sentinel'], 'sentinel '],
    [['stray', '--port', '1'], '"stray" \nport "1" '],
    [['--logfile', ''], 'logfile "" '],
    [['--requirepass', 'a b"c\\d\té'], 'requirepass "a b\\"c\\\\d\\t\\xc3\\xa9" '],
  ] as const)('%j', (args, text) => {
    expect(built(args)).toBe(text);
  });

  it('quotes like sdscatrepr', () => {
    expect(sdscatrepr('\x07\b\n\r"\\x\x7f')).toBe('"\\a\\b\\n\\r\\"\\\\x\\x7f"');
  });

  it('shows one option per line, so lines match the config text', () => {
    const display = displayArgs(['--port', '6380', '--requirepass', 'a b', '--save', '--maxclients', '10']);
    expect(display.text).toBe("--port 6380\n--requirepass 'a b'\n--save\n--maxclients 10");
    expect(new LineIndex(display.text).lineCount).toBe(new LineIndex(built(['--port', '6380', '--requirepass', 'a b', '--save', '--maxclients', '10'])).lineCount);
  });
});

describe('options applied after the file', () => {
  const lintWith = (text: string, serverArgs: string[], kind: 'conf' | 'sentinel' = 'conf') =>
    lintDocument({ text, file: '/t/redis.conf', kind, target, files: NO_FILES }, {}, { serverArgs });

  it('win over the file (last wins), and findings point at the argument', () => {
    const { result } = lintWith('port 6379\nmaxclients 100\n', ['--maxclients', 'abc']);
    const fatal = result.findings.filter((f) => f.fatal);
    expect(fatal.map((f) => [f.file, f.ruleId, f.span])).toEqual([['<command line>', 'invalid-value', { start: 13, end: 16 }]]);
    expect(result.verdict).toMatchObject({ accepted: false, file: '<command line>', line: 1 });
    expect(result.model.config?.value('port')).toBe('6379');
    const overridden = result.findings.find((f) => f.ruleId === 'overridden-setting');
    expect(overridden).toBeUndefined(); // the bad value never took effect
    const ok = lintWith('maxclients 100\n', ['--maxclients', '200']);
    expect(ok.result.model.config?.value('maxclients')).toBe('200');
    expect(ok.result.findings.find((f) => f.ruleId === 'overridden-setting')?.message).toBe('maxclients is set again at <command line>:1, which wins; this line has no effect. Remove it or merge the two.');
  });

  it('--save adds to the save points of the file', () => {
    const { result } = lintWith('save 100 1\n', ['--save', '200 2']);
    expect(result.model.config?.savePoints?.map((p) => `${p.seconds} ${p.changes}`)).toEqual(['100 1', '200 2']);
  });

  it('--sentinel makes it a sentinel config', () => {
    const { kind, result } = lintWith('sentinel monitor m 127.0.0.1 6379 2\n', ['--sentinel']);
    expect(kind).toBe('sentinel');
    expect(result.findings.filter((f) => f.fatal)).toEqual([]);
  });

  it('never shows a secret given on the command line', async () => {
    const dir = tempTree({ 'redis.conf': 'port 6379\n' });
    for (const format of ['text', 'json']) {
      const r = await run(['--format', format, '--severity', 'info', 'redis.conf', '--', '--requirepass', 'Cmdline-Secret-Passw0rd', '--masterauth', 'short', '--bind', '0.0.0.0'], { cwd: dir });
      expect(r.stdout).not.toContain('Cmdline-Secret-Passw0rd');
      expect(r.stdout).toContain('<command line>');
    }
  });
});

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe.runIf(redisServerAvailable())('against redis-server', () => {
  it.each([
    [['--save', '--maxclients', 'abc']],
    [['--maxclients 12 13']],
    [['--port', '0', '--maxclients', 'a"b\\c']],
    [['--requirepass', '--maxclients', '--hz', 'x']],
    [['--save', '60', '--appendonly', 'maybe']],
    [['orphan', '--port', '0']],
  ])('%j: the same failing line and text', (args) => {
    const dir = mkdtempSync(join(tmpdir(), 'redis-lint-cmdline-'));
    scratch.push(dir);
    const file = 'port 6379\nmaxclients 100\n';
    writeFileSync(join(dir, 't.conf'), file);
    const fixed = ['--port', '0', '--unixsocket', '', '--daemonize', 'no', '--save', '', '--appendonly', 'no', '--logfile', ''];
    const r = spawnSync(REDIS_SERVER, ['./t.conf', ...fixed, ...args], { cwd: dir, encoding: 'utf8', timeout: 10_000 });
    const out = `${r.stdout}${r.stderr}`;
    const m = /at line (\d+)\n>>> '(.*)'\n(.*)/.exec(out);
    expect(m, out).not.toBeNull();
    const { result } = lintDocument({ text: file, file: '/t/t.conf', kind: 'conf', target, files: NO_FILES }, {}, { serverArgs: [...fixed, ...args] });
    expect(result.verdict.accepted).toBe(false);
    expect(result.verdict.file).toBe('<command line>');
    expect(result.verdict.reason).toBe(m?.[3]);
    // Redis counts the file's lines, the newline it adds, then the option lines.
    const text = buildCommandLine(displayArgs([...fixed, ...args]).args).text;
    const line = result.verdict.line ?? 0;
    expect(new LineIndex(`${file}\n`).lineCount - 1 + line).toBe(Number(m?.[1]));
    expect(new LineIndex(text).lineText(line - 1).trim()).toBe(m?.[2]);
  });
});

if (!redisServerAvailable() && CI) it('needs redis-server', () => expect.fail('redis-server not installed'));
