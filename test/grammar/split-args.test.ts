import { describe, expect, it } from 'vitest';
import { splitArgs } from '../../grammar/src/index.js';
import { tuple } from './helpers.js';

const args = (text: string) => {
  const result = splitArgs(text);
  if (!('args' in result)) throw new Error(`unexpected ${result.error.code}`);
  return result.args.map(tuple);
};

describe('splitArgs', () => {
  it('splits a multi-argument value as Redis re-splits it', () => {
    expect(args('3600 1 300 10')).toEqual([
      ['3600', 0, 4, false],
      ['1', 5, 6, false],
      ['300', 7, 10, false],
      ['10', 11, 13, false],
    ]);
    expect(args('')).toEqual([]);
    expect(args(' \t\v\f\r\n ')).toEqual([]);
    expect(args('  a  ')).toEqual([['a', 2, 3, false]]);
  });

  it('treats a newline as whitespace outside quotes and as a character inside them', () => {
    expect(args('a\nb')).toEqual([
      ['a', 0, 1, false],
      ['b', 2, 3, false],
    ]);
    expect(args('"a\nb" \'c\nd\'')).toEqual([
      ['a\nb', 0, 5, true],
      ['c\nd', 6, 11, true],
    ]);
  });

  it('applies the same quoting and escapes as a config line', () => {
    expect(args('"a b" c\'d e\' "\\x41\\n" \'\\n\' ""')).toEqual([
      ['a b', 0, 5, true],
      ['cd e', 6, 12, true],
      ['A\n', 13, 21, true],
      ['\\n', 22, 26, true],
      ['', 27, 29, true],
    ]);
    expect(args('a\vb \vc')).toEqual([
      ['a\vb', 0, 3, false],
      ['c', 5, 6, false],
    ]);
  });

  it('reports errors with their position', () => {
    expect(splitArgs('a "bc')).toEqual({ error: { code: 'unbalanced-quotes', span: { start: 2, end: 5 } } });
    expect(splitArgs('a "b"c')).toEqual({ error: { code: 'text-after-quote', span: { start: 5, end: 6 } } });
    expect(splitArgs("'x")).toEqual({ error: { code: 'unbalanced-quotes', span: { start: 0, end: 2 } } });
  });

  it('stops at a NUL, as a C string does', () => {
    expect(args('a\0b c')).toEqual([['a', 0, 1, false]]);
    expect(splitArgs('"a\0b"')).toEqual({ error: { code: 'unbalanced-quotes', span: { start: 0, end: 2 } } });
  });
});
