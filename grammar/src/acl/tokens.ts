import { createToken, Lexer, type CustomPatternMatcherFunc, type CustomPatternMatcherReturn, type TokenType } from 'chevrotain';
import { LF, SPACE, isTrimmed, startCharsExcept } from '../chars.js';

/**
 * Tokens of an ACL file. Redis trims space, \t and \r from both ends of each line, then splits
 * it on single spaces: `Trim` takes those line-edge blanks (skipped), `Sep` is one separating
 * space, and `Word` is everything between separators (tabs inside a line are part of a word).
 */
export interface AclTokens {
  readonly newline: TokenType;
  readonly sep: TokenType;
  readonly word: TokenType;
  readonly all: readonly TokenType[];
}

let tokens: AclTokens | undefined;

export function aclTokens(): AclTokens {
  return (tokens ??= createAclTokens());
}

const lexers: (Lexer | undefined)[] = [undefined, undefined];

export function aclLexer(validate = false): Lexer {
  const index = validate ? 1 : 0;
  return (lexers[index] ??= new Lexer([...aclTokens().all], {
    positionTracking: 'onlyOffset',
    skipValidations: !validate,
    ensureOptimizations: validate,
  }));
}

function createAclTokens(): AclTokens {
  const blanks = blankRuns();
  const newline = createToken({ name: 'AclNewline', pattern: '\n', line_breaks: true });
  const trim = createToken({
    name: 'AclTrim',
    pattern: { exec: blanks.matchTrim },
    start_chars_hint: [' ', '\t', '\r'],
    line_breaks: false,
    group: Lexer.SKIPPED,
  });
  // A custom pattern: as a plain ' ' Chevrotain's definition check would call it unreachable
  // after `Trim`, not knowing that `Trim` only matches at a line's edges.
  const space: CustomPatternMatcherReturn = [' '];
  const sep = createToken({
    name: 'AclSep',
    pattern: { exec: (text, offset) => (text.charCodeAt(offset) === SPACE ? space : null) },
    start_chars_hint: [' '],
    line_breaks: false,
  });
  const word = createToken({
    name: 'AclWord',
    pattern: { exec: blanks.matchWord },
    start_chars_hint: startCharsExcept(' \n'),
    line_breaks: false,
  });
  // Trim before Sep and Word: blanks at a line's edges are never separators or word text.
  return { newline, sep, word, all: [newline, trim, sep, word] };
}

/**
 * Matchers that need to know whether a run of blanks (space, \t, \r) reaches the end of its line.
 * The lexer asks at every character of a run, so the answer for the current run is cached:
 * each character is examined a bounded number of times.
 */
function blankRuns(): { matchTrim: CustomPatternMatcherFunc; matchWord: CustomPatternMatcherFunc } {
  let runText: string | undefined;
  let runStart = -1;
  let runEnd = -1;

  /** End of the blank run holding `offset` (which must be a blank). */
  const runEndAt = (text: string, offset: number): number => {
    if (text !== runText || offset < runStart || offset >= runEnd) {
      let end = offset;
      while (end < text.length && isTrimmed(text.charCodeAt(end))) end++;
      runText = text;
      runStart = offset;
      runEnd = end;
    }
    return runEnd;
  };
  const endsLine = (text: string, offset: number): boolean =>
    offset >= text.length || text.charCodeAt(offset) === LF;

  const matchTrim: CustomPatternMatcherFunc = (text, offset) => {
    const end = runEndAt(text, offset);
    const atLineStart = offset === 0 || text.charCodeAt(offset - 1) === LF;
    return atLineStart || endsLine(text, end) ? [text.slice(offset, end)] : null;
  };

  const matchWord: CustomPatternMatcherFunc = (text, offset) => {
    let end = offset;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      if (code === SPACE || code === LF) break;
      end++;
    }
    const last = endsLine(text, end) || endsLine(text, runEndAt(text, end));
    // Blanks ending the line belong to the trim, even the \t and \r glued to the last word.
    if (last) while (end > offset + 1 && isTrimmed(text.charCodeAt(end - 1))) end--;
    return [text.slice(offset, end)];
  };

  return { matchTrim, matchWord };
}
