// An independent, deliberately naive model of how Redis turns config text into argument lists,
// written from the documented behaviour (shared/reference/PARSING.md §1), to fuzz the grammar
// against. Works on JS strings without NUL; `\xHH` gives the character with that code.

export type RefLine = { args: string[] } | { error: 'unbalanced-quotes' | 'text-after-quote' };

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', a: '\x07' };

/** Redis's `sdssplitargs` on a string without NUL. */
export function refSplit(s: string): RefLine {
  const args: string[] = [];
  let p = 0;
  for (;;) {
    while (p < s.length && isSpace(s[p])) p++;
    if (p >= s.length) return { args };
    let current = '';
    let mode: 'bare' | 'dq' | 'sq' = 'bare';
    for (;;) {
      const c = s[p];
      if (mode === 'dq') {
        if (c === undefined) return { error: 'unbalanced-quotes' };
        if (c === '\\' && s[p + 1] === 'x' && isHex(s[p + 2]) && isHex(s[p + 3])) {
          current += String.fromCharCode(parseInt(s.slice(p + 2, p + 4), 16));
          p += 4;
        } else if (c === '\\' && p + 1 < s.length) {
          current += controls[s[p + 1]] ?? s[p + 1];
          p += 2;
        } else if (c === '"') {
          if (p + 1 < s.length && !isSpace(s[p + 1])) return { error: 'text-after-quote' };
          p++;
          break;
        } else {
          current += c;
          p++;
        }
      } else if (mode === 'sq') {
        if (c === undefined) return { error: 'unbalanced-quotes' };
        if (c === '\\' && s[p + 1] === "'") {
          current += "'";
          p += 2;
        } else if (c === "'") {
          if (p + 1 < s.length && !isSpace(s[p + 1])) return { error: 'text-after-quote' };
          p++;
          break;
        } else {
          current += c;
          p++;
        }
      } else {
        if (c === undefined || c === ' ' || c === '\t' || c === '\r' || c === '\n') break;
        if (c === '"') mode = 'dq';
        else if (c === "'") mode = 'sq';
        else current += c;
        p++;
      }
    }
    args.push(current);
  }
}

/** The non-comment, non-empty lines of a config text, as Redis's loader sees them. */
export function refConf(text: string): { line: number; result: RefLine; comment: boolean }[] {
  const out: { line: number; result: RefLine; comment: boolean }[] = [];
  text.split('\n').forEach((raw, line) => {
    const trimmed = raw.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (trimmed === '') return;
    if (trimmed[0] === '#') {
      out.push({ line, result: { args: [] }, comment: true });
      return;
    }
    const result = refSplit(trimmed);
    if ('args' in result && result.args.length === 0) return;
    out.push({ line, result, comment: false });
  });
  return out;
}

/** The lines of an ACL file as Redis's ACL loader splits them. */
export function refAcl(text: string): { line: number; words: string[] }[] {
  const out: { line: number; words: string[] }[] = [];
  text.split('\n').forEach((raw, line) => {
    const trimmed = raw.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (trimmed !== '') out.push({ line, words: trimmed.split(' ') });
  });
  return out;
}
