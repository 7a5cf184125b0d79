// Offsets of a derived text (what is linted: a config taken out of YAML, a rendered template,
// command-line options turned into config lines) mapped back to the text people wrote.
// Copied pieces map character for character; replaced pieces map as a whole (a finding inside
// a substituted value covers its placeholder).

import type { Span } from '../../../../grammar/src/index.js';

export interface OffsetMap {
  /** The original span of a derived span. */
  toOriginal(span: Span): Span;
  /** Whether the span maps character for character (an edit there can be applied to the original). */
  isExact(span: Span): boolean;
}

interface Segment {
  /** Start in the derived text. */
  readonly from: number;
  readonly length: number;
  readonly origStart: number;
  readonly origEnd: number;
  /** Copied: offset i of the segment is origStart + i. */
  readonly exact: boolean;
}

export class SourceMap implements OffsetMap {
  constructor(
    private readonly segments: readonly Segment[],
    readonly derivedLength: number,
    readonly originalLength: number,
  ) {}

  /** Index of the segment holding derived offset `offset` (`end`: the one ending there). */
  private find(offset: number, end: boolean): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const at = segs[mid].from;
      if (end ? at < offset : at <= offset) lo = mid;
      else hi = mid - 1;
    }
    // Skip empty segments at the same offset, preferring one that holds the offset.
    return lo;
  }

  private map(offset: number, end: boolean): number {
    if (this.segments.length === 0) return 0;
    const seg = this.segments[this.find(offset, end)];
    const inside = Math.min(Math.max(offset - seg.from, 0), seg.length);
    if (seg.exact) return Math.min(seg.origStart + inside, seg.origEnd);
    if (end) return inside === 0 ? seg.origStart : seg.origEnd;
    return inside >= seg.length && seg.length > 0 ? seg.origEnd : seg.origStart;
  }

  toOriginal(span: Span): Span {
    const start = this.map(span.start, false);
    if (span.end <= span.start) return { start, end: start };
    const end = this.map(span.end, true);
    return { start, end: Math.max(end, start) };
  }

  isExact(span: Span): boolean {
    if (this.segments.length === 0) return false;
    const first = this.find(span.start, false);
    const last = span.end > span.start ? this.find(span.end, true) : first;
    for (let i = first; i <= last; i++) {
      const seg = this.segments[i];
      if (!seg.exact) return false;
      if (i > first) {
        const prev = this.segments[i - 1];
        if (prev.origStart + prev.length !== seg.origStart) return false;
      }
    }
    return true;
  }
}

export class SourceMapBuilder {
  private readonly segments: Segment[] = [];
  private length = 0;

  /** The next `length` derived characters are the original's from `origStart`. */
  copy(origStart: number, length: number): this {
    if (length <= 0) return this;
    const last = this.segments[this.segments.length - 1];
    if (last?.exact && last.origEnd === origStart && last.from + last.length === this.length) {
      this.segments[this.segments.length - 1] = { ...last, length: last.length + length, origEnd: origStart + length };
    } else {
      this.segments.push({ from: this.length, length, origStart, origEnd: origStart + length, exact: true });
    }
    this.length += length;
    return this;
  }

  /** The next `length` derived characters stand for the original range [origStart, origEnd). */
  replace(origStart: number, origEnd: number, length: number): this {
    this.segments.push({ from: this.length, length, origStart, origEnd, exact: false });
    this.length += length;
    return this;
  }

  get derivedLength(): number {
    return this.length;
  }

  build(originalLength: number): SourceMap {
    return new SourceMap(this.segments, this.length, originalLength);
  }
}

/** `inner` maps a → b, `outer` maps b → c: the map a → c. */
export function composeMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  return {
    toOriginal: (span) => outer.toOriginal(inner.toOriginal(span)),
    isExact: (span) => inner.isExact(span) && outer.isExact(inner.toOriginal(span)),
  };
}

/** Every offset of the derived text stands for the whole original range (when nothing finer is known). */
export function wholeRange(derivedLength: number, origStart: number, origEnd: number): SourceMap {
  return new SourceMapBuilder().replace(origStart, origEnd, derivedLength).build(origEnd);
}
