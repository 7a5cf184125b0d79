import type { Span } from './span.js';

/**
 * Syntax problems the tokenizer finds. Each is one that Redis itself reports (or silently
 * works around), so `fatal` is decided by the model, not here.
 */
export type SyntaxErrorCode =
  /** A quote that never closes on its line: Redis rejects the whole line. */
  | 'unbalanced-quotes'
  /** A closing quote followed by something other than whitespace: Redis rejects the line. */
  | 'text-after-quote'
  /** Bytes after a NUL that Redis drops while reading the file. */
  | 'nul-dropped'
  /** A UTF-8 byte-order mark at the start of the file (Redis keeps it in the first token). */
  | 'byte-order-mark';

export interface SyntaxProblem {
  readonly code: SyntaxErrorCode;
  readonly span: Span;
}

/** One argument as Redis's `sdssplitargs` produces it. */
export interface ConfArg {
  /**
   * The decoded value (quotes removed, escapes applied). Redis works on bytes: a `\xHH` escape
   * yields one byte, stored here as the character with that code (U+0000–U+00FF, latin1-style),
   * while text written literally keeps its characters. So `"\xc3\xa9"` is two characters
   * `"Ã©"`, not `"é"`; both are the same bytes to Redis.
   */
  readonly value: string;
  /** Where the argument is written, quotes included (and any bytes Redis dropped inside it). */
  readonly span: Span;
  /** Whether any part of the argument was quoted. */
  readonly quoted: boolean;
}

/** A non-comment, non-blank line of a redis.conf or sentinel.conf. */
export interface ConfDirective {
  readonly kind: 'directive';
  /** 0-based line number in the text, of the line's first character. */
  readonly line: number;
  /** First argument, as written (Redis lower-cases it: see `key`). */
  readonly name: ConfArg;
  /** ASCII lower-case directive name, as Redis looks it up (C `tolower`: only A-Z change). */
  readonly key: string;
  /** The arguments after the name. */
  readonly args: readonly ConfArg[];
  /** From the first to the last character of the line's content (trimmed). */
  readonly span: Span;
}

export interface ConfComment {
  readonly kind: 'comment';
  readonly line: number;
  /** Text after the `#`, up to the end of the trimmed line. */
  readonly text: string;
  readonly span: Span;
}

/** A line Redis rejects before looking at its words (unbalanced quotes, text after a quote). */
export interface ConfInvalidLine {
  readonly kind: 'invalid';
  readonly line: number;
  /**
   * `unbalanced-quotes`: from the opening quote to the end of the trimmed line.
   * `text-after-quote`: the character right after the closing quote.
   */
  readonly problem: SyntaxProblem;
  /** The arguments that could be read before the problem, for editor features. */
  readonly args: readonly ConfArg[];
  readonly span: Span;
}

export type ConfLine = ConfDirective | ConfComment | ConfInvalidLine;

/**
 * Spans are offsets into `text` as given. Where Redis drops bytes after a NUL (see `nul-dropped`),
 * the remaining text is parsed as Redis sees it (lines can merge) and spans map back to `text`.
 */
export interface ConfDocument {
  readonly kind: 'conf';
  readonly text: string;
  /** Non-blank lines in order. Blank lines and lines that split into no arguments are absent. */
  readonly lines: readonly ConfLine[];
  /** File-level notes: NUL bytes dropped, a byte-order mark. Line errors live on their line. */
  readonly problems: readonly SyntaxProblem[];
}

/** One word of an ACL file line, split on single spaces as Redis splits it: repeated spaces give
 * empty words, which Redis keeps (an empty word in the username position is an empty name). */
export interface AclWord {
  readonly value: string;
  readonly span: Span;
}

/** A line of an ACL file. `user` is missing when the line does not start with `user <name>`. */
export interface AclLine {
  readonly kind: 'acl-line';
  readonly line: number;
  /** The first word (must be exactly `user`). */
  readonly keyword: AclWord;
  readonly username?: AclWord;
  /** Words after the username, in order, raw (Redis trims `\t\r\n` from each when applying it). */
  readonly rules: readonly AclWord[];
  readonly span: Span;
}

export interface AclDocument {
  readonly kind: 'acl';
  readonly text: string;
  readonly lines: readonly AclLine[];
  readonly problems: readonly SyntaxProblem[];
}
