// Whatever the bytes, linting returns findings whose ranges lie inside the text: no exception,
// no hang. Each case has its own explicit time budget (generous: CI machines are slow).
import { describe, expect, it } from 'vitest';
import '../support/knowledge.js';
import { lint } from '../../server/src/linter/index.js';
import { decodeText, parseTarget, type ModelKind } from '../../server/src/model/index.js';

const target = (() => {
  const parsed = parseTarget('7.0');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.target;
})();

function lintAll(text: string): void {
  for (const kind of ['conf', 'sentinel', 'acl'] as ModelKind[]) {
    const result = lint({ text, file: '/hostile/input', kind, target });
    for (const finding of result.findings) {
      expect(finding.span.start).toBeGreaterThanOrEqual(0);
      expect(finding.span.end).toBeLessThanOrEqual(text.length);
      expect(finding.span.start).toBeLessThanOrEqual(finding.span.end);
    }
  }
}

function seededBytes(seed: number, length: number): Uint8Array {
  let state = seed;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('hostile input', () => {
  it('empty text', () => lintAll(''), 5_000);
  it('random bytes, decoded as Redis reads them', () => {
    for (let seed = 1; seed <= 200; seed++) lintAll(decodeText(seededBytes(seed, 300)));
  }, 30_000);
  it('invalid UTF-8 and NUL bytes', () => lintAll(decodeText(Uint8Array.from([0x70, 0x6f, 0x72, 0x74, 0x20, 0xff, 0xfe, 0x00, 0x0a, 0xc3, 0x28, 0x0a]))), 5_000);
  it('a byte-order mark before a comment and a directive', () => lintAll('\uFEFF# comment\nport 6379\n'), 5_000);
  it('mixed CRLF, LF and lone CR', () => lintAll('port 6379\r\nmaxclients 10\rtimeout 0\n\r\n'), 5_000);
  it('a 10 MB single line', () => lintAll(`requirepass ${'a'.repeat(10 * 1024 * 1024)}`), 60_000);
  it('one million empty lines', () => lintAll('\n'.repeat(1_000_000)), 60_000);
  it('unbalanced and nested quotes at scale', () => lintAll(`${'"\'"\\"'.repeat(200_000)}\n${'user a "(\n'.repeat(10_000)}`), 60_000);
  it('an ACL line with 100,000 rules', () => lintAll(`user alice on ${Array.from({ length: 100_000 }, (_, i) => `+get|x${i} ~k${i}`).join(' ')}\n`), 60_000);
});
