// Splits a command string the way a POSIX shell (and Docker Compose's `command:` string) splits
// words: quotes, backslashes, and the operators that end a command (`;`, `&&`, `||`, `|`, `&`,
// newlines, `#` comments). Enough to find `redis-server … --port 6380` in a container command or
// an `sh -c` script and to point at each word. Expansions (`$VAR`) stay as written.

import type { Span } from '../../../../grammar/src/index.js';

export interface ShellWord {
  readonly value: string;
  readonly span: Span;
}

/** The simple commands of `text.slice(start, end)`, each a list of words. */
export function shellCommands(text: string, start = 0, end = text.length): ShellWord[][] {
  const commands: ShellWord[][] = [];
  let words: ShellWord[] = [];
  let i = start;
  const endCommand = () => {
    if (words.length > 0) commands.push(words);
    words = [];
  };
  while (i < end) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\n' || c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
      endCommand();
      i++;
      continue;
    }
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 || nl > end ? end : nl;
      continue;
    }
    // A word: runs until unquoted whitespace or an operator.
    const wordStart = i;
    let value = '';
    while (i < end) {
      const ch = text[i];
      if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === ';' || ch === '&' || ch === '|' || ch === '(' || ch === ')') break;
      if (ch === '\\') {
        if (text[i + 1] === '\n') {
          i += 2;
          continue;
        }
        value += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (ch === "'") {
        const close = text.indexOf("'", i + 1);
        const stop = close === -1 || close >= end ? end : close;
        value += text.slice(i + 1, stop);
        i = stop + 1;
        continue;
      }
      if (ch === '"') {
        i++;
        while (i < end && text[i] !== '"') {
          if (text[i] === '\\' && '$`"\\\n'.includes(text[i + 1] ?? '')) {
            if (text[i + 1] !== '\n') value += text[i + 1];
            i += 2;
            continue;
          }
          value += text[i];
          i++;
        }
        i++;
        continue;
      }
      value += ch;
      i++;
    }
    words.push({ value, span: { start: wordStart, end: Math.min(i, end) } });
  }
  endCommand();
  return commands;
}

/** The words of a single command (operators are kept as ordinary text). */
export function shellWords(text: string, start = 0, end = text.length): ShellWord[] {
  return shellCommands(text, start, end).flat();
}
