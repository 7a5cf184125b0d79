import type { SyntaxProblem } from './ast.js';
import { BOM, NUL } from './chars.js';
import type { Span } from './span.js';
import { LineIndex } from './span.js';

/**
 * Redis reads a config file with `fgets` into a fixed buffer and appends each chunk as a C
 * string. A chunk ends after a newline or when the buffer is full, so a NUL byte hides the rest
 * of its chunk: the bytes from the NUL up to the chunk's end (its newline included) are lost and
 * the next chunk is glued on. The config loader uses 1024-byte chunks, the ACL loader 1023.
 */
export const CONF_CHUNK_BYTES = 1024;
export const ACL_CHUNK_BYTES = 1023;

/**
 * The text Redis actually parses, and how its offsets map back to the original text. Without a
 * NUL the two are the same string (the common case, kept free of any mapping cost).
 */
export interface RedisView {
  /** The text as written. */
  readonly original: string;
  /** What Redis parses. */
  readonly text: string;
  /** Ranges of the original text Redis never sees. */
  readonly dropped: readonly Span[];
  /** Original span of `text.slice(start, end)`. */
  span(start: number, end: number): Span;
  /** 0-based line, in the original text, of an offset of `text`; `counted` is the view's own count. */
  line(offset: number, counted: number): number;
}

class IdentityView implements RedisView {
  readonly dropped: readonly Span[] = [];
  readonly original: string;
  constructor(readonly text: string) {
    this.original = text;
  }
  span(start: number, end: number): Span {
    return { start, end };
  }
  line(_offset: number, counted: number): number {
    return counted;
  }
}

/** Pieces of the original text that survive, each mapped linearly: view offset → original. */
class MappedView implements RedisView {
  private lines: LineIndex | undefined;

  constructor(
    readonly original: string,
    readonly text: string,
    private readonly viewStarts: readonly number[],
    private readonly originalStarts: readonly number[],
    readonly dropped: readonly Span[],
  ) {}

  private toOriginal(offset: number): number {
    const starts = this.viewStarts;
    if (starts.length === 0) return 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.originalStarts[lo] + (offset - starts[lo]);
  }

  span(start: number, end: number): Span {
    const from = this.toOriginal(start);
    if (end <= start) return { start: from, end: from };
    // The end follows the last character, so a span that stops before dropped bytes excludes them.
    let to = this.toOriginal(end - 1) + 1;
    if (isLowSurrogate(this.original.charCodeAt(to)) && isHighSurrogate(this.original.charCodeAt(to - 1))) to++;
    return { start: from, end: Math.min(to, this.original.length) };
  }

  line(offset: number): number {
    this.lines ??= new LineIndex(this.original);
    return this.lines.lineOf(this.toOriginal(offset));
  }
}

/** What Redis parses of `text` when it reads it in chunks of `chunkBytes` (UTF-8 bytes). */
export function redisView(text: string, chunkBytes: number): RedisView {
  let nul = text.indexOf('\0');
  if (nul === -1) return new IdentityView(text);

  const parts: string[] = [];
  const viewStarts: number[] = [];
  const originalStarts: number[] = [];
  const dropped: Span[] = [];
  let viewLength = 0;
  const keep = (from: number, to: number, replacement?: string): void => {
    if (to <= from) return;
    viewStarts.push(viewLength);
    originalStarts.push(from);
    const piece = replacement ?? text.slice(from, to);
    parts.push(piece);
    viewLength += piece.length;
  };

  let keptFrom = 0;
  while (nul !== -1) {
    // Chunks restart after every newline, so only lines holding a NUL need byte counting.
    const lineStart = text.lastIndexOf('\n', nul) + 1;
    const newline = text.indexOf('\n', nul);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    let bytes = 0;
    let dropFrom = -1;
    let dropChunk = -1;
    for (let i = lineStart; i < lineEnd; ) {
      const code = text.charCodeAt(i);
      const units = isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
      const size = units === 2 ? 4 : utf8Length(code);
      const chunk = Math.floor(bytes / chunkBytes);
      if (dropFrom !== -1 && chunk !== dropChunk) {
        dropped.push({ start: dropFrom, end: i });
        dropFrom = -1;
        keptFrom = i;
      }
      if (dropFrom === -1 && code === NUL) {
        keep(keptFrom, i);
        dropFrom = i;
        dropChunk = chunk;
      } else if (dropFrom !== -1 && Math.floor((bytes + size - 1) / chunkBytes) !== chunk) {
        // A character split by the chunk boundary: its first bytes are lost, the rest survive as
        // an invalid sequence, which a decoder would show as U+FFFD.
        dropped.push({ start: dropFrom, end: i + units });
        dropFrom = -1;
        keep(i, i + units, '\uFFFD');
        keptFrom = i + units;
      }
      bytes += size;
      i += units;
    }
    if (dropFrom !== -1) {
      dropped.push({ start: dropFrom, end: lineEnd });
      keptFrom = lineEnd;
    }
    nul = lineEnd < text.length ? text.indexOf('\0', lineEnd) : -1;
  }
  keep(keptFrom, text.length);
  return new MappedView(text, parts.join(''), viewStarts, originalStarts, dropped);
}

/** Notes about the file as a whole: a byte-order mark, bytes Redis drops after a NUL. */
export function viewProblems(view: RedisView): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  if (view.original.charCodeAt(0) === BOM) problems.push({ code: 'byte-order-mark', span: { start: 0, end: 1 } });
  for (const span of view.dropped) problems.push({ code: 'nul-dropped', span });
  return problems;
}

function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
