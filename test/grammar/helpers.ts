import { expect } from 'vitest';
import type { ConfArg, ConfComment, ConfDirective, ConfInvalidLine, ConfLine } from '../../grammar/src/index.js';
import { parseConf } from '../../grammar/src/index.js';
import { parseConfWith } from '../../grammar/src/conf/parse-conf.js';

/** An argument as a tuple: value, start, end, quoted. */
export type ArgTuple = [string, number, number, boolean];

export const tuple = (arg: ConfArg): ArgTuple => [arg.value, arg.span.start, arg.span.end, arg.quoted];

/** The only line of `text`, which must be a directive: its name and args as tuples. */
export function directive(text: string): { name: ArgTuple; key: string; args: ArgTuple[]; span: [number, number]; line: number } {
  const d = only(text, 'directive') as ConfDirective;
  return { name: tuple(d.name), key: d.key, args: d.args.map(tuple), span: [d.span.start, d.span.end], line: d.line };
}

/** The only line of `text`, which must be invalid. */
export function invalid(text: string): { code: string; problem: [number, number]; args: ArgTuple[]; span: [number, number] } {
  const d = only(text, 'invalid') as ConfInvalidLine;
  return { code: d.problem.code, problem: [d.problem.span.start, d.problem.span.end], args: d.args.map(tuple), span: [d.span.start, d.span.end] };
}

export function comment(text: string): { text: string; span: [number, number]; line: number } {
  const c = only(text, 'comment') as ConfComment;
  return { text: c.text, span: [c.span.start, c.span.end], line: c.line };
}

function only(text: string, kind: ConfLine['kind']): ConfLine {
  const doc = parseConf(text);
  // The plain-line fast path must agree with the grammar on every case.
  expect(parseConfWith(text, false)).toEqual(doc);
  const { lines } = doc;
  expect(lines).toHaveLength(1);
  expect(lines[0].kind).toBe(kind);
  return lines[0];
}

/** Small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
