import { describe, expect, it } from 'vitest';
import { parseConf } from '../../grammar/src/index.js';
import { comment, directive, invalid } from './helpers.js';

describe('parseConf: plain lines', () => {
  it('reads a directive with exact spans', () => {
    expect(directive('port 6379')).toEqual({
      name: ['port', 0, 4, false],
      key: 'port',
      args: [['6379', 5, 9, false]],
      span: [0, 9],
      line: 0,
    });
  });

  it('trims space, tab and CR around the line; tabs separate arguments', () => {
    expect(directive('\t maxmemory-policy\tallkeys-lru \r\n')).toEqual({
      name: ['maxmemory-policy', 2, 18, false],
      key: 'maxmemory-policy',
      args: [['allkeys-lru', 19, 30, false]],
      span: [2, 30],
      line: 0,
    });
  });

  it('lower-cases the key with ASCII rules only', () => {
    expect(directive('MaxMemory-POLICY x').key).toBe('maxmemory-policy');
    expect(directive('MaxMemory-POLICY x').name[0]).toBe('MaxMemory-POLICY');
    expect(directive('ÄPORT x').key).toBe('Äport');
    expect(directive('İNCLUDE x').key).toBe('İnclude');
  });

  it('numbers lines from 0 and skips blank lines and lines without arguments', () => {
    const { lines } = parseConf('a 1\n\n   \n\v\n# c\r\nb 2');
    expect(lines.map((l) => [l.kind, l.line])).toEqual([
      ['directive', 0],
      ['comment', 4],
      ['directive', 5],
    ]);
  });

  it('treats a lone CR as a blank inside the line, not as a line break', () => {
    expect(directive('maxclients 10\rmaxmemory 1').args).toEqual([
      ['10', 11, 13, false],
      ['maxmemory', 14, 23, false],
      ['1', 24, 25, false],
    ]);
  });

  it('keeps \\v and \\f inside a token but skips them before one', () => {
    expect(directive('maxclients 10\v0').args).toEqual([['10\v0', 11, 15, false]]);
    expect(directive('maxclients\v10').name).toEqual(['maxclients\v10', 0, 13, false]);
    expect(directive('maxclients \v10').args).toEqual([['10', 12, 14, false]]);
    expect(directive('a\fb c').name).toEqual(['a\fb', 0, 3, false]);
    expect(directive('port 1\v').args).toEqual([['1\v', 5, 7, false]]);
    // Redis trims neither \v nor \f, so they stay in the line's span.
    expect(directive('port 1 \v')).toMatchObject({ args: [['1', 5, 6, false]], span: [0, 8] });
  });

  it('keeps a trailing # as ordinary arguments', () => {
    expect(directive('port 1 # note').args).toEqual([
      ['1', 5, 6, false],
      ['#', 7, 8, false],
      ['note', 9, 13, false],
    ]);
  });
});

describe('parseConf: comments', () => {
  it('reads comment text after the # and trims the line', () => {
    expect(comment('# hello')).toEqual({ text: ' hello', span: [0, 7], line: 0 });
    expect(comment('   # indented  ')).toEqual({ text: ' indented', span: [3, 13], line: 0 });
    expect(comment('\t#x\r\n')).toEqual({ text: 'x', span: [1, 3], line: 0 });
    expect(comment('#')).toEqual({ text: '', span: [0, 1], line: 0 });
  });

  it('does not treat # after \\v or \\f as a comment (Redis does not trim them)', () => {
    expect(directive('\v# not')).toEqual({
      name: ['#', 1, 2, false],
      key: '#',
      args: [['not', 3, 6, false]],
      span: [0, 6],
      line: 0,
    });
    expect(directive('\f#x').name).toEqual(['#x', 1, 3, false]);
  });
});

describe('parseConf: double quotes', () => {
  it('decodes every escape', () => {
    expect(directive('x "a\\n\\r\\t\\b\\a\\\\\\"\\q"').args).toEqual([['a\n\r\t\b\x07\\"q', 2, 21, true]]);
  });

  it('decodes \\xHH with exactly two hex digits into the character with that code', () => {
    expect(directive('x "\\x41\\x4a\\xe9\\xFF"').args).toEqual([['AJ\u00e9\u00ff', 2, 20, true]]);
    expect(directive('x "\\x00"').args).toEqual([['\0', 2, 8, true]]);
    expect(directive('x "\\x4"').args).toEqual([['x4', 2, 7, true]]);
    expect(directive('x "\\xZZ"').args).toEqual([['xZZ', 2, 8, true]]);
    expect(directive('x "\\x4g"').args).toEqual([['x4g', 2, 8, true]]);
    expect(directive('x "\\x"').args).toEqual([['x', 2, 6, true]]);
    expect(directive('x "\\X41"').args).toEqual([['X41', 2, 8, true]]);
  });

  it('keeps literal UTF-8 as characters and \\xHH bytes as code units U+0000-U+00FF', () => {
    expect(directive('x "é\\xc3\\xa9"').args).toEqual([['é\u00c3\u00a9', 2, 13, true]]);
  });

  it('gives an empty argument for empty quotes', () => {
    expect(directive('save ""').args).toEqual([['', 5, 7, true]]);
    expect(directive(`x '' ""`).args).toEqual([
      ['', 2, 4, true],
      ['', 5, 7, true],
    ]);
  });

  it('switches to quoted mode at a quote inside a token', () => {
    expect(directive('requirepass foo"bar baz"').args).toEqual([['foobar baz', 12, 24, true]]);
    expect(directive(`x a'b c'`).args).toEqual([['ab c', 2, 8, true]]);
  });

  it('accepts any C whitespace after a closing quote, \\v included', () => {
    expect(directive('x "a"\vb').args).toEqual([
      ['a', 2, 5, true],
      ['b', 6, 7, false],
    ]);
  });
});

describe('parseConf: single quotes', () => {
  it('keeps backslashes, except before a single quote', () => {
    expect(directive(`x 'a\\n'`).args).toEqual([['a\\n', 2, 7, true]]);
    expect(directive(`x 'it\\'s'`).args).toEqual([["it's", 2, 9, true]]);
    expect(directive(`x 'a\\\\b'`).args).toEqual([['a\\\\b', 2, 8, true]]);
    expect(directive(`x 'say "hi"'`).args).toEqual([['say "hi"', 2, 12, true]]);
    expect(directive(`x "it's"`).args).toEqual([["it's", 2, 8, true]]);
  });
});

describe('parseConf: invalid lines', () => {
  it('reports text after a closing quote at the character that follows it', () => {
    expect(invalid('x "abc"def y')).toEqual({
      code: 'text-after-quote',
      problem: [7, 8],
      args: [['x', 0, 1, false]],
      span: [0, 12],
    });
    expect(invalid('x "a""b"').problem).toEqual([5, 6]);
    expect(invalid(`x 'a'b`).problem).toEqual([5, 6]);
    expect(invalid('x foo"bar"baz').problem).toEqual([10, 11]);
    expect(invalid('x "a"😀').problem).toEqual([5, 7]);
    expect(invalid('set a "b"c d').args).toEqual([
      ['set', 0, 3, false],
      ['a', 4, 5, false],
    ]);
  });

  it('reports unbalanced quotes from the opening quote to the end of the trimmed line', () => {
    expect(invalid('x "abc')).toEqual({ code: 'unbalanced-quotes', problem: [2, 6], args: [['x', 0, 1, false]], span: [0, 6] });
    expect(invalid('x "abc\\').problem).toEqual([2, 7]);
    expect(invalid('x "abc\\"').problem).toEqual([2, 8]);
    expect(invalid(`x 'abc`).problem).toEqual([2, 6]);
    expect(invalid(`x 'a\\\\'`).problem).toEqual([2, 7]);
    expect(invalid('x "abc   \r\n')).toMatchObject({ problem: [2, 6], span: [0, 6] });
    expect(invalid('x "a b" "c d')).toEqual({
      code: 'unbalanced-quotes',
      problem: [8, 12],
      args: [
        ['x', 0, 1, false],
        ['a b', 2, 7, true],
      ],
      span: [0, 12],
    });
    expect(invalid('x foo"bar').problem).toEqual([5, 9]);
  });

  it('never lets a bad line affect the next one', () => {
    const { lines } = parseConf('x "abc\nport 1\ny "a"b\nz \'q\n\tmaxclients 2');
    expect(lines.map((l) => [l.kind, l.line, l.kind === 'directive' ? l.key : l.kind === 'invalid' ? l.problem.code : ''])).toEqual([
      ['invalid', 0, 'unbalanced-quotes'],
      ['directive', 1, 'port'],
      ['invalid', 2, 'text-after-quote'],
      ['invalid', 3, 'unbalanced-quotes'],
      ['directive', 4, 'maxclients'],
    ]);
  });
});

describe('parseConf: byte-order mark', () => {
  it('keeps the BOM in the first token, as Redis does, and reports it', () => {
    const doc = parseConf('\uFEFFport 6379');
    expect(doc.problems).toEqual([{ code: 'byte-order-mark', span: { start: 0, end: 1 } }]);
    expect(directive('\uFEFFport 6379')).toMatchObject({ name: ['\uFEFFport', 0, 5, false], key: '\uFEFFport' });
  });

  it('so a comment after a BOM is a directive named "\\uFEFF#"', () => {
    expect(directive('\uFEFF# comment')).toMatchObject({
      name: ['\uFEFF#', 0, 2, false],
      args: [['comment', 3, 10, false]],
    });
  });
});
