import { WORK } from './work.js';

/**
 * A line-level fast path in front of Chevrotain. Most lines of real files are plain (words,
 * simple quotes, comments), and for them the tokenizer's answer is obvious; building it directly
 * is several times faster than running the lexer and parser, and spares building them at all for
 * most files. Every other line goes to Chevrotain, which stays the definition of the syntax:
 * tests check that both paths agree on any input.
 */
export interface LineHandler {
  /** Reads the line `text.slice(start, end)` if it is plain, keeping what `emit` needs. */
  plain(start: number, end: number): boolean;
  /** Adds the line last accepted by `plain`; `line` is its 0-based number in the text. */
  emit(line: number): void;
  /** Parses `text.slice(start, end)`: consecutive lines that are not plain, with their newlines. */
  complex(start: number, end: number, line: number): void;
}

/** Splits `text` on `\n` and hands each line to `handler`; without `fastPath`, all to `complex`. */
export function walkLines(text: string, handler: LineHandler, fastPath: boolean): void {
  if (!fastPath) {
    for (let at = 0; at !== -1; at = text.indexOf('\n', at) + 1 || -1) WORK.lines++;
    handler.complex(0, text.length, 0);
    return;
  }
  let runStart = -1;
  let runLine = 0;
  let line = 0;
  for (let start = 0; ; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    WORK.lines++;
    if (handler.plain(start, end)) {
      if (runStart !== -1) handler.complex(runStart, start, runLine);
      runStart = -1;
      handler.emit(line);
    } else if (runStart === -1) {
      runStart = start;
      runLine = line;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  if (runStart !== -1) handler.complex(runStart, text.length, runLine);
}
