import type { IToken } from 'chevrotain';
import type { ConfArg, ConfLine, SyntaxProblem } from '../ast.js';
import { LF, asciiLowerCase, charLength, isTrimmed } from '../chars.js';
import type { RedisView } from '../source.js';
import type { ConfSink } from './parser.js';
import type { ArgScan } from './scan-arg.js';
import type { ConfTokens } from './tokens.js';

/** Turns the parser's lines into AST nodes with spans in the original text. */
export class ConfBuilder implements ConfSink {
  readonly lines: ConfLine[] = [];
  private readonly text: string;
  /** Newlines seen so far in the view, and where the current line starts. */
  private newlines = 0;
  private lineStart = 0;

  constructor(
    private readonly view: RedisView,
    private readonly tokens: ConfTokens,
  ) {
    this.text = view.text;
  }

  newline(token: IToken): void {
    this.newlines++;
    this.lineStart = token.startOffset + 1;
  }

  comment(token: IToken): void {
    const hash = this.contentStart();
    const end = this.contentEnd(token.startOffset + token.image.length, hash + 1);
    this.lines.push({
      kind: 'comment',
      line: this.view.line(hash, this.newlines),
      text: this.text.slice(hash + 1, end),
      span: this.view.span(hash, end),
    });
  }

  args(tokens: readonly IToken[]): void {
    const { view, text } = this;
    const kinds = this.tokens.kinds;
    const args: ConfArg[] = [];
    let problem: SyntaxProblem | undefined;
    for (const token of tokens) {
      const kind = kinds[token.tokenTypeIdx];
      const scan = token.payload as ArgScan;
      if (kind === 'word' || kind === 'quoted') {
        args.push({ value: scan.value, span: view.span(token.startOffset, scan.end), quoted: kind === 'quoted' });
      } else if (kind === 'text-after-quote') {
        problem = { code: 'text-after-quote', span: view.span(scan.end, scan.end + charLength(text, scan.end)) };
        break;
      } else {
        const end = this.contentEnd(scan.end, scan.quoteAt + 1);
        problem = { code: 'unbalanced-quotes', span: view.span(scan.quoteAt, end) };
        break;
      }
    }
    const start = this.contentStart();
    const last = tokens[tokens.length - 1];
    const span = view.span(start, this.contentEnd(last.startOffset + last.image.length, last.startOffset + 1));
    const line = view.line(start, this.newlines);
    if (problem) {
      this.lines.push({ kind: 'invalid', line, problem, args, span });
      return;
    }
    const name = args[0];
    this.lines.push({ kind: 'directive', line, name, key: asciiLowerCase(name.value), args: args.slice(1), span });
  }

  /** First character of the current line after Redis's trim. */
  private contentStart(): number {
    let i = this.lineStart;
    while (isTrimmed(this.text.charCodeAt(i))) i++;
    return i;
  }

  /**
   * End of the current line after Redis's trim, given the end of its last token: only blanks
   * follow it, but \v and \f among them are not trimmed. Never before `min`.
   */
  private contentEnd(tokenEnd: number, min: number): number {
    const { text } = this;
    let end = tokenEnd;
    while (end < text.length && text.charCodeAt(end) !== LF) end++;
    while (end > min && isTrimmed(text.charCodeAt(end - 1))) end--;
    return end;
  }
}
