import { BACKSLASH, CR, DQUOTE, LF, SPACE, SQUOTE, TAB, hexValue, isCSpace } from '../chars.js';

/**
 * How one argument of `sdssplitargs` ends: unquoted text only; a closed quote followed by
 * whitespace or the end; a closed quote followed by anything else (Redis rejects the line); a
 * quote that never closes within the line or string (Redis rejects the line).
 */
export type ArgEnd = 'word' | 'quoted' | 'text-after-quote' | 'unbalanced';

/** One argument as `sdssplitargs` reads it, starting at a non-space character. */
export interface ArgScan {
  readonly kind: ArgEnd;
  /** End of the argument's text; for `unbalanced`, the end of the line or string. */
  readonly end: number;
  /** Decoded value (meaningful for `word` and `quoted`). */
  readonly value: string;
  /** Offset of the quote that started quoted mode, or -1. */
  readonly quoteAt: number;
}

/**
 * Reads one argument the way Redis's `sdssplitargs` does. In `line` mode the text is a whole
 * file and a newline ends the string (Redis splits lines first); otherwise a newline is an
 * ordinary character inside quotes and whitespace outside. The text must hold no NUL.
 *
 * `\xHH` yields one byte; it is stored as the character with that code (U+0000–U+00FF), while
 * characters written literally stay as they are, so a value can mix both representations.
 */
export function scanArg(text: string, start: number, line: boolean): ArgScan {
  const length = text.length;
  let i = start;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === TAB || code === CR || code === LF) break;
    if (code === DQUOTE || code === SQUOTE) {
      const prefix = text.slice(start, i);
      return code === DQUOTE ? scanDouble(text, i, prefix, line) : scanSingle(text, i, prefix, line);
    }
    i++;
  }
  return { kind: 'word', end: i, value: text.slice(start, i), quoteAt: -1 };
}

function scanDouble(text: string, quoteAt: number, prefix: string, line: boolean): ArgScan {
  const length = text.length;
  let value = prefix;
  let run = quoteAt + 1;
  for (let i = run; i < length; ) {
    const code = text.charCodeAt(i);
    if (code === LF && line) return unbalanced(i, quoteAt);
    if (code === DQUOTE) return closed(text, i, value + text.slice(run, i), quoteAt);
    if (code === BACKSLASH && i + 1 < length && !(line && text.charCodeAt(i + 1) === LF)) {
      value += text.slice(run, i);
      const next = text.charCodeAt(i + 1);
      const high = next === 0x78 ? hexValue(text.charCodeAt(i + 2)) : -1;
      const low = high === -1 ? -1 : hexValue(text.charCodeAt(i + 3));
      if (low !== -1) {
        value += String.fromCharCode(high * 16 + low);
        i += 4;
      } else {
        value += escaped(next);
        i += 2;
      }
      run = i;
      continue;
    }
    i++;
  }
  return unbalanced(length, quoteAt);
}

function scanSingle(text: string, quoteAt: number, prefix: string, line: boolean): ArgScan {
  const length = text.length;
  let value = prefix;
  let run = quoteAt + 1;
  for (let i = run; i < length; ) {
    const code = text.charCodeAt(i);
    if (code === LF && line) return unbalanced(i, quoteAt);
    if (code === BACKSLASH && text.charCodeAt(i + 1) === SQUOTE) {
      value += text.slice(run, i) + "'";
      i += 2;
      run = i;
      continue;
    }
    if (code === SQUOTE) return closed(text, i, value + text.slice(run, i), quoteAt);
    i++;
  }
  return unbalanced(length, quoteAt);
}

function closed(text: string, closingQuote: number, value: string, quoteAt: number): ArgScan {
  const end = closingQuote + 1;
  const kind = end >= text.length || isCSpace(text.charCodeAt(end)) ? 'quoted' : 'text-after-quote';
  return { kind, end, value, quoteAt };
}

function unbalanced(end: number, quoteAt: number): ArgScan {
  return { kind: 'unbalanced', end, value: '', quoteAt };
}

function escaped(code: number): string {
  switch (code) {
    case 0x6e: return '\n';
    case 0x72: return '\r';
    case 0x74: return '\t';
    case 0x62: return '\b';
    case 0x61: return '\x07';
    default: return String.fromCharCode(code);
  }
}
