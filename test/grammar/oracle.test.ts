// The tokenizer facts the grammar relies on, checked against the real redis-server: NUL chunking,
// BOM, \v, lone CR, quotes. Skipped where redis-server is not installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConfLine } from '../../grammar/src/index.js';
import { decodeText, parseAcl, parseConf } from '../../grammar/src/index.js';

const server = '/usr/bin/redis-server';
const dir = existsSync(server) ? mkdtempSync(join(tmpdir(), 'redis-lint-grammar-')) : '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Loads `content` as a config file: the server's output, and the rejected line it echoes. */
function load(content: string | Uint8Array, extraArgs: string[] = ['--unixsocket', '']): { echo: string | null; output: string } {
  writeFileSync(join(dir, 't.conf'), content);
  const run = spawnSync(server, ['./t.conf', '--port', '0', ...extraArgs, '--daemonize', 'no', '--save', '', '--dir', dir], {
    cwd: dir,
    timeout: 20_000,
  });
  const output = decodeText(new Uint8Array(Buffer.concat([run.stdout, run.stderr])));
  const echo = /^>>> '([^\n]*)'\n/m.exec(output);
  return { echo: echo ? echo[1] : null, output };
}

const words = (line: ConfLine): string =>
  line.kind === 'directive' ? [line.name, ...line.args].map((a) => a.value).join(' ') : '';

describe.skipIf(!dir)('tokenizer facts, against redis-server', () => {
  it.each([
    ['a NUL glues the next line on', 'foo 6379\0junk\nmaxclients 10\n'],
    ['a NUL drops up to the 1024-byte chunk end', 'foo 1\0' + 'x'.repeat(1018) + 'Y bar\n'],
    ['several chunks, several NULs', 'foo 1\0' + 'x'.repeat(2042) + 'Y bar\0zzz\nqux 2\n'],
    ['a character cut at the chunk end', 'foo 1\0' + 'x'.repeat(1017) + 'éY bar\n'],
    ['a BOM stays in the first token', '\uFEFFport 6379\n'],
    ['a BOM before # makes a directive', '\uFEFF# comment\n'],
    ['\\v before # makes a directive', '\v# comment\n'],
    ['\\v stays inside a token', 'foo\v1 2\n'],
    ['a lone CR is not a line break', 'foo 10\rmaxmemory 1\n'],
  ])('%s', (_name, text) => {
    const { echo } = load(text);
    const [line] = parseConf(text).lines;
    expect(line.kind).toBe('directive');
    // Redis echoes the trimmed line; without a NUL that is exactly the line's span.
    expect(echo).toBe(text.includes('\0') ? words(line) : text.slice(line.span.start, line.span.end));
  });

  it('accepts a file whose NUL swallows a bad line into a comment', () => {
    const text = '# c\0junk\nmaxclients 10 20\n';
    expect(load(text).output).toContain('Configured to not listen anywhere');
    expect(parseConf(text).lines.map((l) => l.kind)).toEqual(['comment']);
  });

  it.each([
    ['text after a closing quote', 'masterauth "abc"def\n', 'text-after-quote'],
    ['a trailing backslash in double quotes', 'masterauth "abc\\\n', 'unbalanced-quotes'],
    ['an escaped closing quote', 'masterauth "abc\\"\n', 'unbalanced-quotes'],
    ['an escaped backslash before a single quote', "masterauth 'a\\\\'\n", 'unbalanced-quotes'],
  ])('rejects %s', (_name, text, code) => {
    const { output } = load(text);
    expect(output).toContain('Unbalanced quotes in configuration line');
    const [line] = parseConf(text).lines;
    expect(line.kind === 'invalid' && line.problem.code).toBe(code);
  });

  it('uses 1023-byte chunks for ACL files', () => {
    // Line 2 is always an error, so the server never starts listening.
    const acl = (filler: number) => 'user alice on nopass \0' + 'x'.repeat(filler) + 'Y ~* +@all\nUSER bob\n';
    const cases: [number, string[]][] = [
      [1000, ['on', 'nopass', '', '~*', '+@all']],
      [1001, ['on', 'nopass', 'Y', '~*', '+@all']],
    ];
    for (const [filler, rules] of cases) {
      writeFileSync(join(dir, 'users.acl'), acl(filler));
      const { output } = load('aclfile ./users.acl\n', ['--unixsocket', join(dir, 'redis.sock')]);
      expect(output).toContain('Aborting Redis startup because of ACL errors');
      expect(output.includes('users.acl:1: Syntax error')).toBe(rules.includes('Y'));
      expect(parseAcl(acl(filler)).lines[0].rules.map((r) => r.value)).toEqual(rules);
    }
  });
});
