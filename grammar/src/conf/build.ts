import type { IToken } from 'chevrotain';
import type { ConfArg, ConfLine, SyntaxProblem } from '../ast.js';
import { BACKSLASH, CR, DQUOTE, HASH, LF, SPACE, SQUOTE, TAB, asciiLowerCase, charLength, isTrimmed } from '../chars.js';
import type { LineHandler } from '../lines.js';
import type { RedisView } from '../source.js';
import type { Span } from '../span.js';
import { confParser, type ConfSink } from './parser.js';
import type { ArgScan } from './scan-arg.js';
import { confLexer, confTokens } from './tokens.js';
import { WORK } from '../work.js';

const VT = 0x0b;
const FF = 0x0c;

/**
 * Builds the lines of a redis.conf, with spans in the original text. Plain lines (blank lines,
 * comments, and lines of bare words or quoted arguments without escapes) are read directly; runs
 * of other lines go through the Chevrotain lexer and parser, which report back through the
 * `ConfSink` methods. Most files then never need the lexer and parser built.
 */
export class ConfBuilder implements LineHandler, ConfSink {
  readonly lines: ConfLine[] = [];
  private readonly full: string;

  // What `plain` found: arguments (bounds, quotes included, and whether quoted), or a comment.
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly quoted: boolean[] = [];
  private words = 0;
  private hash = -1;
  private hashEnd = -1;

  // The run Chevrotain is reading: its text, where it starts, newlines seen, current line start.
  private run = '';
  private base = 0;
  private newlines = 0;
  private lineStart = 0;

  constructor(private readonly view: RedisView) {
    this.full = view.text;
  }

  plain(start: number, end: number): boolean {
    const text = this.full;
    let i = start;
    while (i < end && isTrimmed(text.charCodeAt(i))) i++;
    this.words = 0;
    this.hash = -1;
    if (i === end) return true;
    if (text.charCodeAt(i) === HASH) {
      this.hash = i;
      this.hashEnd = trimEnd(text, end, i + 1);
      return true;
    }
    for (;;) {
      const wordStart = i;
      const first = text.charCodeAt(i);
      const quoted = first === DQUOTE || first === SQUOTE;
      if (quoted) {
        // A quoted argument without escapes, followed by a blank or the end: its value is what
        // the quotes enclose. Anything else (escapes, text after the quote) is left to the grammar.
        for (i++; i < end; i++) {
          const code = text.charCodeAt(i);
          if (code === first) break;
          if (code === BACKSLASH) return false;
        }
        if (i === end) return false;
        i++;
        if (i < end && !isTrimmed(text.charCodeAt(i))) return false;
      } else {
        for (; i < end; i++) {
          const code = text.charCodeAt(i);
          if (code === SPACE || code === TAB || code === CR) break;
          // A quote inside a word needs the grammar; \v and \f split words only where one starts.
          if (code === DQUOTE || code === SQUOTE || code === VT || code === FF) return false;
        }
      }
      this.starts[this.words] = wordStart;
      this.ends[this.words] = i;
      this.quoted[this.words] = quoted;
      this.words++;
      while (i < end && isTrimmed(text.charCodeAt(i))) i++;
      if (i === end) return true;
    }
  }

  emit(line: number): void {
    const { view } = this;
    if (this.hash !== -1) {
      this.addComment(this.hash, this.hashEnd, this.full, 0, line);
      return;
    }
    const count = this.words;
    if (count === 0) return;
    WORK.tokens += count;
    const name = this.plainArg(0);
    const args: ConfArg[] = new Array(count - 1);
    for (let w = 1; w < count; w++) args[w - 1] = this.plainArg(w);
    const start = this.starts[0];
    this.addDirective(name, args, view.span(start, this.ends[count - 1]), view.line(start, line));
  }

  private plainArg(word: number): ConfArg {
    const start = this.starts[word];
    const end = this.ends[word];
    const span = this.view.span(start, end);
    if (this.quoted[word]) return { value: this.full.slice(start + 1, end - 1), span, quoted: true };
    return { value: this.full.slice(start, end), span, quoted: false };
  }

  complex(start: number, end: number, line: number): void {
    this.run = this.full.slice(start, end);
    this.base = start;
    this.newlines = line;
    this.lineStart = 0;
    const { tokens } = confLexer('file').tokenize(this.run);
    WORK.lexerTokens += tokens.length;
    confParser().parseDocument(tokens, this);
  }

  newline(token: IToken): void {
    this.newlines++;
    this.lineStart = token.startOffset + 1;
  }

  comment(token: IToken): void {
    const hash = this.contentStart();
    const end = trimEnd(this.run, token.startOffset + token.image.length, hash + 1);
    this.addComment(hash, end, this.run, this.base, this.newlines);
  }

  args(tokens: readonly IToken[]): void {
    const { run, base, view } = this;
    const kinds = confTokens().kinds;
    WORK.tokens += tokens.length;
    const args: ConfArg[] = [];
    let problem: SyntaxProblem | undefined;
    for (const token of tokens) {
      const kind = kinds[token.tokenTypeIdx];
      const start = base + token.startOffset;
      if (kind === 'word') {
        args.push({ value: token.image, span: view.span(start, start + token.image.length), quoted: false });
        continue;
      }
      const scan = token.payload as ArgScan;
      if (kind === 'quoted') {
        args.push({ value: scan.value, span: view.span(start, base + scan.end), quoted: true });
      } else if (kind === 'text-after-quote') {
        const junk = base + scan.end;
        problem = { code: 'text-after-quote', span: view.span(junk, junk + charLength(run, scan.end)) };
        break;
      } else {
        const end = this.contentEnd(scan.end, scan.quoteAt + 1);
        problem = { code: 'unbalanced-quotes', span: view.span(base + scan.quoteAt, base + end) };
        break;
      }
    }
    const start = this.contentStart();
    const last = tokens[tokens.length - 1];
    const end = this.contentEnd(last.startOffset + last.image.length, last.startOffset + 1);
    const span = view.span(base + start, base + end);
    const line = view.line(base + start, this.newlines);
    if (problem) this.lines.push({ kind: 'invalid', line, problem, args, span });
    else this.addDirective(args[0], args.slice(1), span, line);
  }

  private addDirective(name: ConfArg, args: ConfArg[], span: Span, line: number): void {
    this.lines.push({ kind: 'directive', line, name, key: asciiLowerCase(name.value), args, span });
  }

  /** A comment from `#` at `hash` to `end`, offsets in `text`, which starts at view offset `base`. */
  private addComment(hash: number, end: number, text: string, base: number, line: number): void {
    const span = this.view.span(base + hash, base + end);
    this.lines.push({ kind: 'comment', line: this.view.line(base + hash, line), text: text.slice(hash + 1, end), span });
  }

  /** First character of the current line after Redis's trim. */
  private contentStart(): number {
    let i = this.lineStart;
    while (isTrimmed(this.run.charCodeAt(i))) i++;
    return i;
  }

  /** End of the current line after Redis's trim, given the end of its last token. */
  private contentEnd(tokenEnd: number, min: number): number {
    // Only blanks follow the last token; \v and \f among them are not trimmed.
    let end = tokenEnd;
    while (end < this.run.length && this.run.charCodeAt(end) !== LF) end++;
    return trimEnd(this.run, end, min);
  }
}

/** `end` moved back over the blanks Redis trims, but not before `min`. */
function trimEnd(text: string, end: number, min: number): number {
  while (end > min && isTrimmed(text.charCodeAt(end - 1))) end--;
  return end;
}
