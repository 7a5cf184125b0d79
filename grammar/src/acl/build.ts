import type { IToken } from 'chevrotain';
import type { AclLine, AclWord } from '../ast.js';
import type { RedisView } from '../source.js';
import type { AclPair, AclSink } from './parser.js';

/** Turns the parser's lines into AST nodes with spans in the original text. */
export class AclBuilder implements AclSink {
  readonly lines: AclLine[] = [];
  private newlines = 0;

  constructor(private readonly view: RedisView) {}

  newline(): void {
    this.newlines++;
  }

  words(first: IToken, rest: readonly AclPair[]): void {
    const { view } = this;
    const words: AclWord[] = [this.word(first)];
    for (const { sep, word } of rest) {
      // An empty word sits between two separators.
      const at = sep.startOffset + 1;
      words.push(word ? this.word(word) : { value: '', span: view.span(at, at) });
    }
    const lastPair = rest.length > 0 ? rest[rest.length - 1] : undefined;
    const last = lastPair ? (lastPair.word ?? lastPair.sep) : first;
    const line = view.line(first.startOffset, this.newlines);
    const span = view.span(first.startOffset, last.startOffset + last.image.length);
    const [keyword, username] = words;
    this.lines.push(
      username
        ? { kind: 'acl-line', line, keyword, username, rules: words.slice(2), span }
        : { kind: 'acl-line', line, keyword, rules: [], span },
    );
  }

  private word(token: IToken): AclWord {
    return { value: token.image, span: this.view.span(token.startOffset, token.startOffset + token.image.length) };
  }
}
