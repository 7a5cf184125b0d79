// `redis-server redis.conf --port 6380 --protected-mode no`: redis-server's main() turns the
// options into config text that is read after the file (Redis 7.0.15, src/server.c main()):
//   - an argument starting with `--` starts a new line with its name (the rest of the
//     argument as written, so "--port 6380" in one argument is a whole line);
//   - every following argument is appended as a value, quoted with sdscatrepr (so each stays
//     one argument whatever it holds);
//   - a name alone (`--port`) takes the next argument as its value even if it starts with
//     `--`, except `--save` (an empty value then: `--save ""`) and `--sentinel` (no value);
//   - `-` as the first or last argument reads more config from standard input.
// loadServerConfig() then reads `file + "\n" + options` as one text, so options win and
// `--save` adds to the file's save points.

import type { Span } from '../../../../grammar/src/index.js';
import { SourceMapBuilder, type SourceMap } from './source-map.js';

export interface CommandLineArg {
  readonly value: string;
  /** Where the argument is written (in the display text of the command line). */
  readonly span: Span;
}

export interface CommandLine {
  /** The config text Redis builds from the options (empty when there are none). */
  readonly text: string;
  /** Offsets of `text` → offsets of the arguments as written. */
  readonly map: SourceMap;
  /** `--sentinel` among them: the server runs as Sentinel. */
  readonly sentinel: boolean;
  /** `-` first or last: more config comes from standard input (not checked). */
  readonly stdin: boolean;
}

/** sdscatrepr: the argument in double quotes, escaped so that sdssplitargs reads it back. */
export function sdscatrepr(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    switch (ch) {
      case '\\':
      case '"':
        out += `\\${ch}`;
        break;
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += '\\t';
        break;
      case '\x07':
        out += '\\a';
        break;
      case '\b':
        out += '\\b';
        break;
      default:
        if (code >= 0x20 && code < 0x7f) out += ch;
        else for (const byte of new TextEncoder().encode(ch)) out += `\\x${byte.toString(16).padStart(2, '0')}`;
    }
  }
  return `${out}"`;
}

/** Splits like sdssplitargs only to count words: enough for main()'s "name alone?" test. */
function wordCount(text: string): number {
  return text.split(/[ \t\r\n\v\f]+/).filter((w) => w !== '').length;
}

/**
 * The config text for the options that follow the config file on redis-server's command
 * line (`args` excludes the program and the file), with a map back to the arguments.
 */
export function buildCommandLine(args: readonly CommandLineArg[]): CommandLine {
  const builder = new SourceMapBuilder();
  let text = '';
  // checkForSentinelMode(): any argument that is exactly `--sentinel`.
  const sentinel = args.some((a) => a.value === '--sentinel');
  let stdin = false;
  let handledLastConfigArg = true;
  const add = (piece: string, map: (length: number) => void) => {
    text += piece;
    map(piece.length);
  };
  const gap = (at: number) => (length: number) => {
    builder.replace(at, at, length);
  };
  for (let j = 0; j < args.length; j++) {
    const arg = args[j];
    const value = arg.value;
    const isLast = j === args.length - 1;
    // main() counts the config file as argv[1]: here the first option is at j = 0 and `-` as
    // the first argument after a file is the j == argc-1 case only when it is also last.
    if (value === '-' && isLast) {
      stdin = true;
      continue;
    }
    if (handledLastConfigArg && value.startsWith('--')) {
      if (text.length > 0) add('\n', gap(arg.span.start));
      // The name as written, without the dashes; then a space.
      add(value.slice(2), (length) => {
        if (arg.span.end - arg.span.start === value.length) builder.copy(arg.span.start + 2, length);
        else builder.replace(arg.span.start, arg.span.end, length);
      });
      add(' ', gap(arg.span.end));
      if (wordCount(value) === 1) {
        handledLastConfigArg = false;
        const next = args[j + 1];
        const lower = value.toLowerCase();
        if (next && next.value.startsWith('--') && lower === '--save') {
          add('""', gap(arg.span.end));
          handledLastConfigArg = true;
        } else if (!next && lower === '--save') {
          add('""', gap(arg.span.end));
        } else if (next && next.value.startsWith('--') && lower === '--sentinel') {
          handledLastConfigArg = true;
        }
      } else {
        handledLastConfigArg = true;
      }
    } else {
      const quoted = sdscatrepr(value);
      if (quoted === `"${value}"` && arg.span.end - arg.span.start === value.length) {
        // Written as is: the quotes map to its edges, the value character for character.
        add('"', gap(arg.span.start));
        add(value, (length) => builder.copy(arg.span.start, length));
        add('"', gap(arg.span.end));
      } else {
        add(quoted, (length) => builder.replace(arg.span.start, arg.span.end, length));
      }
      add(' ', gap(arg.span.end));
      handledLastConfigArg = true;
    }
  }
  return { text, map: builder.build(args.length > 0 ? args[args.length - 1].span.end : 0), sentinel, stdin };
}

/** Which arguments start a new config line (a `--name` that main() reads as a name). */
export function optionStarts(values: readonly string[]): boolean[] {
  const starts: boolean[] = [];
  let handled = true;
  for (let j = 0; j < values.length; j++) {
    const value = values[j];
    if (value === '-' && j === values.length - 1) {
      starts.push(false);
      continue;
    }
    if (handled && value.startsWith('--')) {
      starts.push(true);
      const next = values[j + 1];
      const lower = value.toLowerCase();
      handled = wordCount(value) !== 1
        || (next !== undefined && next.startsWith('--') && (lower === '--save' || lower === '--sentinel'));
    } else {
      starts.push(false);
      handled = true;
    }
  }
  return starts;
}

/**
 * Arguments as a shell would show them, one option per line (as main() turns them into config
 * lines, so line N here is line N of the config text), with each argument's span.
 */
export function displayArgs(values: readonly string[]): { text: string; args: CommandLineArg[] } {
  let text = '';
  const args: CommandLineArg[] = [];
  const starts = optionStarts(values);
  values.forEach((value, i) => {
    if (i > 0) text += starts[i] ? '\n' : ' ';
    const shown = /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
    args.push({ value, span: { start: text.length, end: text.length + shown.length } });
    text += shown;
  });
  return { text, args };
}
