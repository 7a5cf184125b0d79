import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AclDocument, ConfDocument, Span } from '../../grammar/src/index.js';
import { decodeText, parseAcl, parseConf, splitArgs } from '../../grammar/src/index.js';
import { parseAclWith } from '../../grammar/src/acl/parse-acl.js';
import { parseConfWith } from '../../grammar/src/conf/parse-conf.js';
import { prng } from './helpers.js';
import { refAcl, refConf, refSplit } from './reference.js';

// Characters that matter to the tokenizers, plus ordinary ones, surrogates and a lone surrogate.
const alphabet = ['a', 'B', 'x', '4', 'F', ' ', ' ', '\t', '\r', '\n', '\n', '\v', '\f', '"', "'", '\\', '#', '\0', '\uFEFF', 'é', '😀', '\uD800'];
// Mostly quotes and blanks, where the plain-line path and the grammar meet.
const quotes = ['a', 'a', ' ', ' ', '"', '"', "'", '\\', '\v', '\t', '\n'];

function randomText(random: () => number, maxLength: number, chars = alphabet): string {
  let text = '';
  const length = Math.floor(random() * maxLength);
  for (let i = 0; i < length; i++) text += chars[Math.floor(random() * chars.length)];
  return text;
}

function spansOf(doc: ConfDocument | AclDocument): Span[] {
  const spans: Span[] = doc.problems.map((p) => p.span);
  for (const line of doc.lines) {
    spans.push(line.span);
    if (line.kind === 'directive') spans.push(line.name.span, ...line.args.map((a) => a.span));
    if (line.kind === 'invalid') spans.push(line.problem.span, ...line.args.map((a) => a.span));
    if (line.kind === 'acl-line') spans.push(line.keyword.span, ...line.rules.map((r) => r.span));
    if (line.kind === 'acl-line' && line.username) spans.push(line.username.span);
  }
  return spans;
}

function expectSpansInside(doc: ConfDocument | AclDocument): void {
  for (const span of spansOf(doc)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(doc.text.length);
  }
}

/** The conf document in the reference model's terms. */
function confSummary(doc: ConfDocument) {
  return doc.lines.map((line) => ({
    line: line.line,
    comment: line.kind === 'comment',
    result:
      line.kind === 'invalid'
        ? { error: line.problem.code }
        : { args: line.kind === 'directive' ? [line.name, ...line.args].map((a) => a.value) : [] },
  }));
}

function checkConf(text: string): void {
  const doc = parseConf(text);
  expectSpansInside(doc);
  expect(parseConfWith(text, false)).toEqual(doc);
  if (!text.includes('\0')) {
    expect(confSummary(doc)).toEqual(refConf(text));
    for (const line of doc.lines) {
      if (line.kind !== 'directive') continue;
      for (const arg of [line.name, ...line.args]) if (!arg.quoted) expect(text.slice(arg.span.start, arg.span.end)).toBe(arg.value);
    }
  }
}

function checkAcl(text: string): void {
  const doc = parseAcl(text);
  expectSpansInside(doc);
  expect(parseAclWith(text, false)).toEqual(doc);
  if (!text.includes('\0')) {
    const words = doc.lines.map((l) => ({ line: l.line, words: [l.keyword, ...(l.username ? [l.username] : []), ...l.rules].map((w) => w.value) }));
    expect(words).toEqual(refAcl(text));
    for (const line of doc.lines) for (const word of [line.keyword, ...line.rules]) expect(text.slice(word.span.start, word.span.end)).toBe(word.value);
  }
}

function checkSplit(text: string): void {
  const result = splitArgs(text);
  const ref = refSplit(text.split('\0')[0]);
  if ('args' in result) expect({ args: result.args.map((a) => a.value) }).toEqual(ref);
  else expect({ error: result.error.code }).toEqual(ref);
}

describe('robustness', { timeout: 120_000 }, () => {
  it('agrees with the reference model and between its two paths on random text', () => {
    const random = prng(20241124);
    for (let i = 0; i < 4000; i++) {
      const text = randomText(random, 40);
      checkConf(text);
      checkAcl(text);
      checkSplit(text);
      checkConf(randomText(random, 30, quotes));
    }
  });

  it('agrees with the reference model on fast-check strings', () => {
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((chars) => chars.join(''));
    fc.assert(fc.property(text, (t) => (checkConf(t), checkAcl(t), checkSplit(t), true)), { numRuns: 1500, seed: 7 });
  });

  it('never throws on random bytes', () => {
    const random = prng(42);
    for (let i = 0; i < 300; i++) {
      const bytes = new Uint8Array(Math.floor(random() * 3000));
      for (let j = 0; j < bytes.length; j++) bytes[j] = random() < 0.3 ? [0, 9, 10, 13, 32, 34, 39, 92][j % 8] : Math.floor(random() * 256);
      const text = decodeText(bytes);
      expectSpansInside(parseConf(text));
      expectSpansInside(parseAcl(text));
      splitArgs(text);
    }
  });

  it('handles lines longer than a chunk with NULs in any position', () => {
    const random = prng(99);
    const pieces = ['x', 'é', '😀', ' ', '\0', '"', '\n'];
    for (let i = 0; i < 40; i++) {
      let text = '';
      for (let j = 0; j < 3000; j++) text += pieces[Math.floor(random() * (j % 500 === 0 ? 7 : 4))];
      const conf = parseConf(text);
      expectSpansInside(conf);
      expect(parseConfWith(text, false)).toEqual(conf);
      expectSpansInside(parseAcl(text));
    }
  });
});

describe('large inputs (linear time, no recursion)', { timeout: 120_000 }, () => {
  const mb10 = 10_000_000;

  it('a 10 MB single token, quoted or not, balanced or not', () => {
    expect(parseConf('k ' + 'v'.repeat(mb10)).lines[0]).toMatchObject({ kind: 'directive', span: { start: 0, end: mb10 + 2 } });
    expect(parseConf('k "' + 'v'.repeat(mb10) + '"').lines[0]).toMatchObject({ kind: 'directive' });
    expect(parseConf('k "' + 'v'.repeat(mb10)).lines[0]).toMatchObject({ kind: 'invalid', problem: { code: 'unbalanced-quotes' } });
    expect(parseAcl('user ' + 'a'.repeat(mb10)).lines[0].username?.span).toEqual({ start: 5, end: mb10 + 5 });
  });

  it('a 10 MB line of blanks, and 1 MB lines of many arguments', () => {
    expect(parseConf('a' + ' \v'.repeat(mb10 / 2) + 'b').lines).toHaveLength(1);
    expect(parseAcl('user a ' + '\t'.repeat(mb10) + ' b').lines[0].rules).toHaveLength(2);
    expect(parseConf('abcdefghi '.repeat(100_000)).lines[0]).toMatchObject({ kind: 'directive', args: { length: 99_999 } });
    expect(parseConf('abcd "e" '.repeat(100_000)).lines[0]).toMatchObject({ kind: 'directive', args: { length: 199_999 } });
    expect(parseAcl('user ' + 'a '.repeat(500_000)).lines[0].rules).toHaveLength(499_999);
    expect(splitArgs('a '.repeat(500_000))).toMatchObject({ args: { length: 500_000 } });
  });

  it('a million empty or blank lines', () => {
    expect(parseConf('\n'.repeat(1_000_000)).lines).toEqual([]);
    expect(parseConf('\r\n'.repeat(1_000_000)).lines).toEqual([]);
    expect(parseConf('\v\n'.repeat(1_000_000)).lines).toEqual([]);
    expect(parseAcl('\n'.repeat(1_000_000)).lines).toEqual([]);
    expect(parseAcl(' \t\n'.repeat(1_000_000)).lines).toEqual([]);
  });

  it('many NUL-glued lines and many invalid lines', () => {
    const glued = parseConf('a\0\n'.repeat(200_000));
    expect(glued.lines).toHaveLength(1);
    expect(glued.problems).toHaveLength(200_000);
    expect(parseConf('x "\n'.repeat(200_000)).lines).toHaveLength(200_000);
  });
});
