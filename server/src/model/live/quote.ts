// Writing a value so that Redis's config loader (`sdssplitargs`) reads it back unchanged: the
// quoting CONFIG REWRITE uses (`sdscatrepr`), applied only where a bare word would not survive.

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\x07': '\\a',
  '\b': '\\b',
};

/**
 * One argument of a config line. A word without spaces, quotes or control characters is written
 * as it is; anything else in double quotes with C escapes. Characters beyond ASCII stay as they
 * are (the text is UTF-8, as Redis reads it).
 */
export function quoteArg(value: string): string {
  if (value !== '' && !/[\s"'\\\x00-\x1f\x7f]/.test(value)) return value;
  let out = '"';
  for (const ch of value) {
    const escaped = ESCAPES[ch];
    if (escaped) out += escaped;
    else if (ch.charCodeAt(0) < 0x20 || ch === '\x7f') out += `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** A value Redis prints as several space-separated words (`save`, `bind`, …), as words. */
export function words(value: string): string[] {
  return value.split(' ').filter((w) => w !== '');
}
