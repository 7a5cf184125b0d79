import { describe, expect, it } from 'vitest';
import { decodeText, parseAcl, parseConf } from '../../grammar/src/index.js';
import { parseConfWith } from '../../grammar/src/conf/parse-conf.js';
import { directive, tuple } from './helpers.js';

const nul = (start: number, end: number) => ({ code: 'nul-dropped', span: { start, end } });

// What Redis does with these inputs was checked against redis-server 7.0.15 (see oracle.test.ts).
describe('NUL bytes: Redis drops the rest of the 1024-byte fgets chunk', () => {
  it('drops from the NUL to the end of a short line, newline included', () => {
    const doc = parseConf('port 6379\0junk\n');
    expect(doc.problems).toEqual([nul(9, 15)]);
    expect(directive('port 6379\0junk\n').args).toEqual([['6379', 5, 9, false]]);
  });

  it('glues the next line on, since the newline was dropped too', () => {
    expect(directive('port 6379\0junk\nmaxclients 10\n')).toEqual({
      name: ['port', 0, 4, false],
      key: 'port',
      args: [
        ['6379maxclients', 5, 25, false],
        ['10', 26, 28, false],
      ],
      span: [0, 28],
      line: 0,
    });
  });

  it('so a line after a comment with a NUL becomes part of the comment', () => {
    const doc = parseConf('# c\0junk\nmaxclients 10 20\n');
    expect(doc.lines).toEqual([{ kind: 'comment', line: 0, text: ' cmaxclients 10 20', span: { start: 0, end: 25 } }]);
  });

  it('keeps what follows the chunk on a line longer than 1024 bytes', () => {
    const text = 'foo 1\0' + 'x'.repeat(1018) + 'Y bar\n';
    expect(parseConf(text).problems).toEqual([nul(5, 1024)]);
    expect(directive(text).args).toEqual([
      ['1Y', 4, 1025, false],
      ['bar', 1026, 1029, false],
    ]);
  });

  it('handles several chunks and several NULs on one line', () => {
    const text = 'foo 1\0' + 'x'.repeat(1018) + 'x'.repeat(1024) + 'Y bar\0zzz\nqux 2\n';
    expect(parseConf(text).problems).toEqual([nul(5, 1024), nul(2053, 2058)]);
    expect(directive(text).args).toEqual([
      ['1' + 'x'.repeat(1024) + 'Y', 4, 2049, false],
      ['barqux', 2050, 2061, false],
      ['2', 2062, 2063, false],
    ]);
  });

  it('counts UTF-8 bytes; a character cut by the chunk end leaves an invalid byte (U+FFFD)', () => {
    const text = 'foo 1\0' + 'x'.repeat(1017) + 'éY bar\n';
    expect(parseConf(text).problems).toEqual([nul(5, 1024)]);
    expect(directive(text).args[0]).toEqual(['1\uFFFDY', 4, 1025, false]);
    const whole = 'foo é\0' + 'x'.repeat(1017) + 'Y bar\n';
    expect(directive(whole).args[0]).toEqual(['éY', 4, 1024, false]);
  });

  it('keeps line numbers of the original text after glued lines', () => {
    const doc = parseConf('a 1\0x\nb 2\nc 3\0\n\nd "4"\n');
    expect(doc.lines.map((l) => [l.line, l.kind === 'directive' ? l.args.map((a) => a.value) : []])).toEqual([
      [0, ['1b', '2']],
      [2, ['3']],
      [4, ['4']],
    ]);
    expect(parseConfWith('a 1\0x\nb 2\nc 3\0\n\nd "4"\n', false)).toEqual(doc);
  });

  it('uses 1023-byte chunks for ACL files', () => {
    const glued = parseAcl('user alice on nopass \0' + 'x'.repeat(1001) + 'Y ~* +@all\nuser bob\n');
    expect(glued.lines[0].rules.map((r) => r.value)).toEqual(['on', 'nopass', 'Y', '~*', '+@all']);
    expect(glued.lines[0].rules[2].span).toEqual({ start: 1023, end: 1024 });
    expect(glued.problems).toEqual([nul(21, 1023)]);
    const dropped = parseAcl('user alice on nopass \0' + 'x'.repeat(1000) + 'Y ~* +@all\nuser bob\n');
    expect(dropped.lines[0].rules.map((r) => r.value)).toEqual(['on', 'nopass', '', '~*', '+@all']);
    expect(dropped.lines.map((l) => [l.line, l.username?.value])).toEqual([
      [0, 'alice'],
      [1, 'bob'],
    ]);
  });
});

describe('byte-order mark', () => {
  it('is reported for conf and ACL files, and left in the first word', () => {
    const acl = parseAcl('\uFEFFuser a on');
    expect(acl.problems).toEqual([{ code: 'byte-order-mark', span: { start: 0, end: 1 } }]);
    expect(acl.lines[0].keyword).toEqual({ value: '\uFEFFuser', span: { start: 0, end: 5 } });
    expect(parseConf('\uFEFF').problems).toEqual([{ code: 'byte-order-mark', span: { start: 0, end: 1 } }]);
    expect(parseConf('\uFEFF').lines.map((l) => l.kind === 'directive' && tuple(l.name))).toEqual([['\uFEFF', 0, 1, false]]);
  });
});

describe('decodeText', () => {
  it('keeps a leading BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('\uFEFFa');
  });

  it('maps invalid UTF-8 to U+FFFD without throwing', () => {
    expect(decodeText(new Uint8Array([0x61, 0xff, 0xc3, 0x62, 0xed, 0xa0, 0x80]))).toBe('a\uFFFD\uFFFDb\uFFFD\uFFFD\uFFFD');
    expect(decodeText(new Uint8Array([0x00, 0x0a]))).toBe('\0\n');
  });
});
