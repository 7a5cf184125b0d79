import type { IToken } from 'chevrotain';
import type { AclLine, AclWord } from '../ast.js';
import { CR, SPACE, TAB, isTrimmed } from '../chars.js';
import type { LineHandler } from '../lines.js';
import type { RedisView } from '../source.js';
import { aclParser, type AclPair, type AclSink } from './parser.js';
import { aclLexer } from './tokens.js';
import { WORK } from '../work.js';

/**
 * Builds the lines of an ACL file, with spans in the original text. Plain lines (no tab or
 * carriage return inside) are split directly; runs of other lines go through the Chevrotain
 * lexer and parser, which report back through the `AclSink` methods.
 */
export class AclBuilder implements LineHandler, AclSink {
  readonly lines: AclLine[] = [];
  private readonly full: string;

  // What `plain` found: word boundaries (an empty word has start === end).
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private count = 0;

  // The run Chevrotain is reading: where it starts, and newlines seen.
  private base = 0;
  private newlines = 0;

  constructor(private readonly view: RedisView) {
    this.full = view.text;
  }

  plain(start: number, end: number): boolean {
    const text = this.full;
    while (start < end && isTrimmed(text.charCodeAt(start))) start++;
    while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
    this.count = 0;
    let wordStart = start;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === TAB || code === CR) return false;
      if (code === SPACE) {
        this.push(wordStart, i);
        wordStart = i + 1;
      }
    }
    if (end > start) this.push(wordStart, end);
    return true;
  }

  emit(line: number): void {
    const count = this.count;
    if (count === 0) return;
    WORK.tokens += count;
    const words: AclWord[] = new Array(count);
    for (let w = 0; w < count; w++) {
      const start = this.starts[w];
      const end = this.ends[w];
      words[w] = this.word(this.full.slice(start, end), start, end);
    }
    const start = this.starts[0];
    this.add(words, start, this.ends[count - 1], this.view.line(start, line));
  }

  complex(start: number, end: number, line: number): void {
    this.base = start;
    this.newlines = line;
    const run = this.full.slice(start, end);
    const { tokens } = aclLexer().tokenize(run);
    WORK.lexerTokens += tokens.length;
    aclParser().parseDocument(tokens, this);
  }

  newline(): void {
    this.newlines++;
  }

  line(first: IToken, rest: readonly AclPair[]): void {
    WORK.tokens += rest.length + 1;
    const words = [this.token(first)];
    let end = first.startOffset + first.image.length;
    for (const { sep, word } of rest) {
      // An empty word sits between two separators.
      end = word ? word.startOffset + word.image.length : sep.startOffset + 1;
      words.push(word ? this.token(word) : this.word('', this.base + end, this.base + end));
    }
    const start = this.base + first.startOffset;
    this.add(words, start, this.base + end, this.view.line(start, this.newlines));
  }

  private push(start: number, end: number): void {
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
  }

  private add(words: AclWord[], start: number, end: number, line: number): void {
    const span = this.view.span(start, end);
    const [keyword, username] = words;
    this.lines.push(
      words.length > 1
        ? { kind: 'acl-line', line, keyword, username, rules: words.slice(2), span }
        : { kind: 'acl-line', line, keyword, rules: [], span },
    );
  }

  private token(token: IToken): AclWord {
    const start = this.base + token.startOffset;
    return this.word(token.image, start, start + token.image.length);
  }

  /** A word at view offsets `start`–`end`. */
  private word(value: string, start: number, end: number): AclWord {
    return { value, span: this.view.span(start, end) };
  }
}
