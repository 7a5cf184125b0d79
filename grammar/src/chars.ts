/** Character codes the tokenizers compare against. */
export const NUL = 0x00;
export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const DQUOTE = 0x22;
export const HASH = 0x23;
export const SQUOTE = 0x27;
export const BACKSLASH = 0x5c;
export const BOM = 0xfeff;

/** C `isspace` in the "C" locale: space, \t, \n, \v, \f, \r. */
export function isCSpace(code: number): boolean {
  return code === SPACE || (code >= TAB && code <= CR);
}

/** The characters Redis trims from both ends of a line: space, \t, \r (and \n, the separator). */
export function isTrimmed(code: number): boolean {
  return code === SPACE || code === TAB || code === CR;
}

/** UTF-16 length of the character at `offset`: 2 for a surrogate pair, else 1. */
export function charLength(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(offset + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Value of an ASCII hex digit, or -1. */
export function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** C `tolower` on every character: only A-Z change, unlike `String#toLowerCase`. */
export function asciiLowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
  }
  return text;
}

/**
 * Start characters for a custom token that can begin with any character except `excluded`,
 * in the form Chevrotain's first-character optimisation wants: every code below 256, and one
 * representative of each 255-wide bucket above (Chevrotain groups higher codes that way).
 */
export function startCharsExcept(excluded: string): number[] {
  const codes: number[] = [];
  for (let code = 0; code < 256; code++) if (!excluded.includes(String.fromCharCode(code))) codes.push(code);
  for (let bucket = 1; bucket <= 257; bucket++) codes.push(Math.max(256, bucket * 255));
  return codes;
}
