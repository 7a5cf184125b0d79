import { describe, expect, it } from 'vitest';
import type { AclLine, AclWord } from '../../grammar/src/index.js';
import { parseAcl } from '../../grammar/src/index.js';
import { parseAclWith } from '../../grammar/src/acl/parse-acl.js';

type WordTuple = [string, number, number];
const w = (word: AclWord | undefined): WordTuple | undefined => word && [word.value, word.span.start, word.span.end];
const shape = (line: AclLine) => ({
  line: line.line,
  keyword: w(line.keyword),
  username: w(line.username),
  rules: line.rules.map(w),
  span: [line.span.start, line.span.end],
});

function lines(text: string): ReturnType<typeof shape>[] {
  const doc = parseAcl(text);
  expect(parseAclWith(text, false)).toEqual(doc);
  return doc.lines.map(shape);
}

describe('parseAcl', () => {
  it('splits a line into keyword, username and rules with exact spans', () => {
    expect(lines('user alice on >pw ~* +@all')).toEqual([
      {
        line: 0,
        keyword: ['user', 0, 4],
        username: ['alice', 5, 10],
        rules: [
          ['on', 11, 13],
          ['>pw', 14, 17],
          ['~*', 18, 20],
          ['+@all', 21, 26],
        ],
        span: [0, 26],
      },
    ]);
  });

  it('keeps the empty words that repeated spaces make', () => {
    expect(lines('user  alice')).toEqual([
      { line: 0, keyword: ['user', 0, 4], username: ['', 5, 5], rules: [['alice', 6, 11]], span: [0, 11] },
    ]);
    expect(lines('user a on   >p')[0].rules).toEqual([
      ['on', 7, 9],
      ['', 10, 10],
      ['', 11, 11],
      ['>p', 12, 14],
    ]);
  });

  it('trims space, tab and CR at the line edges only; inner tabs belong to words', () => {
    expect(lines('\tuser alice\t \r')).toEqual([
      { line: 0, keyword: ['user', 1, 5], username: ['alice', 6, 11], rules: [], span: [1, 11] },
    ]);
    expect(lines('user alice\ton')[0].username).toEqual(['alice\ton', 5, 13]);
    expect(lines('user alice \ton')[0].rules).toEqual([['\ton', 11, 14]]);
    expect(lines('user a \r b')[0].rules).toEqual([
      ['\r', 7, 8],
      ['b', 9, 10],
    ]);
    expect(lines(' user a on   ')).toEqual([
      { line: 0, keyword: ['user', 1, 5], username: ['a', 6, 7], rules: [['on', 8, 10]], span: [1, 10] },
    ]);
  });

  it('reports any first word as the keyword: upper case, a # line, a lone word', () => {
    expect(lines('USER bob')[0].keyword).toEqual(['USER', 0, 4]);
    expect(lines('# a comment')[0]).toMatchObject({ keyword: ['#', 0, 1], username: ['a', 2, 3], rules: [['comment', 4, 11]] });
    expect(lines('user')).toEqual([{ line: 0, keyword: ['user', 0, 4], username: undefined, rules: [], span: [0, 4] }]);
    expect('username' in parseAcl('user').lines[0]).toBe(false);
  });

  it('skips blank lines and counts lines across CRLF', () => {
    expect(lines('user a on\r\n\r\n  \t\nuser b off\r\n').map((l) => [l.line, l.username?.[0], l.span])).toEqual([
      [0, 'a', [0, 9]],
      [3, 'b', [17, 27]],
    ]);
  });

  it('does not understand quotes', () => {
    expect(lines('user a ">x y"')[0].rules).toEqual([
      ['">x', 7, 10],
      ['y"', 11, 13],
    ]);
  });
});
