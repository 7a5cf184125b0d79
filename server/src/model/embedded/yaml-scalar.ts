// The text of a YAML string scalar and where each of its characters is written in the YAML
// file: block scalars (`|`, `|-`, `|+`, with any indentation) map line by line, plain and
// quoted one-liners character by character; anything else (folding, escapes) maps word by
// word, and a word that cannot be found maps to where the search stood.

import { SourceMapBuilder, type SourceMap } from './source-map.js';

export interface ScalarText {
  readonly text: string;
  /** Offsets of `text` → offsets of the YAML file. */
  readonly map: SourceMap;
}

export type ScalarType = 'BLOCK_LITERAL' | 'BLOCK_FOLDED' | 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';

/** A literal block scalar rebuilt from its source, or undefined when that does not give `value`. */
function literalBlock(yaml: string, start: number, end: number, value: string): ScalarText | undefined {
  const headerEnd = yaml.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end) return value === '' ? { text: '', map: new SourceMapBuilder().build(yaml.length) } : undefined;
  const header = yaml.slice(start, headerEnd).replace(/\s+#.*$/, '').trim();
  const chomp = header.includes('-') ? 'strip' : header.includes('+') ? 'keep' : 'clip';
  const lines: Array<{ start: number; end: number; newline: number }> = [];
  for (let at = headerEnd + 1; at < end; ) {
    const nl = yaml.indexOf('\n', at);
    const lineEnd = nl === -1 || nl >= end ? end : nl;
    const contentEnd = yaml.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    lines.push({ start: at, end: contentEnd, newline: lineEnd < end || nl === lineEnd ? lineEnd : -1 });
    at = lineEnd + 1;
  }
  const firstContent = lines.find((l) => yaml.slice(l.start, l.end).trim() !== '');
  const detected = firstContent ? /^ */.exec(yaml.slice(firstContent.start, firstContent.end))?.[0].length ?? 0 : 0;
  let lastContent = -1;
  lines.forEach((l, i) => {
    if (yaml.slice(l.start, l.end).trim() !== '') lastContent = i;
  });
  const keepLines = chomp === 'keep' ? lines.length : lastContent + 1;
  // With an explicit indentation indicator (`|2`) the first line may be indented further than
  // the block: try smaller indentations until the value comes out.
  for (let indent = detected; indent >= 0; indent--) {
    const builder = new SourceMapBuilder();
    let text = '';
    for (let i = 0; i < keepLines; i++) {
      const l = lines[i];
      const from = Math.min(l.start + indent, l.end);
      const piece = yaml.slice(from, l.end);
      text += piece;
      builder.copy(from, piece.length);
      const lastKept = i === keepLines - 1;
      if (lastKept && chomp === 'strip') continue;
      if (l.newline === -1) {
        if (lastKept) continue;
        text += '\n';
        builder.replace(l.end, l.end, 1);
      } else {
        text += '\n';
        builder.copy(l.newline, 1);
      }
    }
    if (text === value) return { text, map: builder.build(yaml.length) };
    if (!/\d/.test(header)) break;
  }
  return undefined;
}

/** Word-by-word map of `value` onto the YAML source range [start, end). */
function searchMap(yaml: string, start: number, end: number, value: string): ScalarText {
  const builder = new SourceMapBuilder();
  let cursor = start;
  const parts = value.match(/\s+|[^\s]+/g) ?? [];
  for (const part of parts) {
    if (/^\s/.test(part)) {
      builder.replace(cursor, cursor, part.length);
      continue;
    }
    const found = yaml.indexOf(part, cursor);
    if (found !== -1 && found + part.length <= end) {
      builder.copy(found, part.length);
      cursor = found + part.length;
    } else {
      builder.replace(cursor, Math.min(cursor + 1, end), part.length);
    }
  }
  return { text: value, map: builder.build(yaml.length) };
}

/**
 * The scalar's value with a map into the YAML text. `range` is the node's source range
 * (`node.range[0]`, `node.range[1]` of the yaml package).
 */
export function scalarText(yaml: string, type: ScalarType | string | undefined, range: readonly [number, number], value: string): ScalarText {
  const [start, end] = range;
  if (type === 'BLOCK_LITERAL') {
    const literal = literalBlock(yaml, start, end, value);
    if (literal) return literal;
  }
  if (type === 'PLAIN' && yaml.slice(start, end) === value) {
    return { text: value, map: new SourceMapBuilder().copy(start, value.length).build(yaml.length) };
  }
  if ((type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') && yaml.slice(start + 1, end - 1) === value) {
    return { text: value, map: new SourceMapBuilder().copy(start + 1, value.length).build(yaml.length) };
  }
  const headerEnd = type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED' ? yaml.indexOf('\n', start) + 1 : start;
  return searchMap(yaml, headerEnd > 0 ? headerEnd : start, end, value);
}
