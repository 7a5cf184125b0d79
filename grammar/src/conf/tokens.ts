import { createToken, Lexer, type CustomPatternMatcherFunc, type CustomPatternMatcherReturn, type TokenType } from 'chevrotain';
import { HASH, LF, isTrimmed, startCharsExcept } from '../chars.js';
import { scanArg, type ArgEnd, type ArgScan } from './scan-arg.js';

/**
 * Tokens of redis.conf text. One token is one whole argument of Redis's `sdssplitargs`
 * (unquoted text and a quoted part glued together), typed by how it ends, so the parser sees
 * argument boundaries directly. Whitespace between arguments is skipped.
 *
 * Two sets of argument tokens share the `Arg` category: one reads a file, where a newline ends
 * every line and every quote; the other (`Free…`) reads one string for `splitArgs`, where a
 * newline is an ordinary character inside quotes and whitespace outside them.
 */
export interface ConfTokens {
  readonly newline: TokenType;
  readonly comment: TokenType;
  /** The category of all argument tokens. */
  readonly arg: TokenType;
  /** Argument kind by `tokenTypeIdx`. */
  readonly kinds: readonly ArgEnd[];
  /** Everything the parser may see. */
  readonly vocabulary: readonly TokenType[];
  /** Lexer definitions: file text, and a single string. */
  readonly fileTokens: readonly TokenType[];
  readonly stringTokens: readonly TokenType[];
}

let tokens: ConfTokens | undefined;

export function confTokens(): ConfTokens {
  return (tokens ??= createConfTokens());
}

/** Lexers, by whether they run Chevrotain's definition checks (tests) or not (everyone else). */
const lexers: { file?: Lexer; string?: Lexer }[] = [{}, {}];

export function confLexer(kind: 'file' | 'string', validate = false): Lexer {
  const cache = lexers[validate ? 1 : 0];
  const existing = cache[kind];
  if (existing) return existing;
  const definition = kind === 'file' ? confTokens().fileTokens : confTokens().stringTokens;
  const lexer = new Lexer([...definition], {
    positionTracking: 'onlyOffset',
    skipValidations: !validate,
    ensureOptimizations: validate,
  });
  cache[kind] = lexer;
  return lexer;
}

function createConfTokens(): ConfTokens {
  const arg = createToken({ name: 'Arg', pattern: Lexer.NA });
  const kinds: ArgEnd[] = [];
  const lineArgs = argTokens('', true, arg, kinds);
  const freeArgs = argTokens('Free', false, arg, kinds);

  const newline = createToken({ name: 'Newline', pattern: '\n', line_breaks: true });
  const comment = createToken({
    name: 'Comment',
    pattern: { exec: matchComment },
    start_chars_hint: [' ', '\t', '\r', '#'],
    line_breaks: false,
  });
  const spacing = createToken({ name: 'Spacing', pattern: /[ \t\r\v\f]+/, group: Lexer.SKIPPED });
  const freeSpacing = createToken({
    name: 'FreeSpacing',
    pattern: /[ \t\r\n\v\f]+/,
    group: Lexer.SKIPPED,
    line_breaks: true,
  });

  return {
    newline,
    comment,
    arg,
    kinds,
    vocabulary: [newline, comment, arg, ...lineArgs, ...freeArgs],
    // Order matters: a comment is tried before the spacing that may precede its `#`.
    fileTokens: [newline, comment, spacing, ...lineArgs],
    stringTokens: [freeSpacing, ...freeArgs],
  };
}

/** A line whose first non-blank character (after Redis's trim of space, \t, \r) is `#`. */
const matchComment: CustomPatternMatcherFunc = (text, offset) => {
  if (offset > 0 && text.charCodeAt(offset - 1) !== LF) return null;
  let i = offset;
  while (i < text.length && isTrimmed(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== HASH) return null;
  const newline = text.indexOf('\n', i);
  return [text.slice(offset, newline === -1 ? text.length : newline)];
};

/**
 * The four argument tokens of one set, one per `ArgEnd`, recorded in `kinds`. They are tried in
 * turn at the same offset, so they share one scan through a one-entry cache. The payload is the
 * scan, except for words, whose value is their image.
 */
function argTokens(prefix: string, line: boolean, category: TokenType, kinds: ArgEnd[]): TokenType[] {
  let lastText: string | undefined;
  let lastOffset = -1;
  let last: ArgScan | undefined;
  const matcher = (kind: ArgEnd): CustomPatternMatcherFunc => {
    // Chevrotain reads a match once, right away, so one array per token type serves every match.
    const match: CustomPatternMatcherReturn = [''];
    return (text, offset) => {
      if (text !== lastText || offset !== lastOffset) {
        last = scanArg(text, offset, line);
        lastText = text;
        lastOffset = offset;
      }
      const scan = last!;
      if (scan.kind !== kind) return null;
      match[0] = kind === 'word' ? scan.value : text.slice(offset, scan.end);
      match.payload = kind === 'word' ? undefined : scan;
      return match;
    };
  };
  // Blanks between arguments never start one; \v and \f do not end one, but are skipped before it.
  const start_chars_hint = startCharsExcept(' \t\r\n\v\f');
  const names: Record<ArgEnd, string> = {
    word: 'Word',
    quoted: 'Quoted',
    'text-after-quote': 'TextAfterQuote',
    unbalanced: 'Unbalanced',
  };
  return (Object.keys(names) as ArgEnd[]).map((kind) => {
    const token = createToken({
      name: prefix + names[kind],
      pattern: { exec: matcher(kind) },
      start_chars_hint,
      line_breaks: !line,
      categories: [category],
    });
    kinds[token.tokenTypeIdx!] = kind;
    return token;
  });
}
