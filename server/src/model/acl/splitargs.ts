// Redis's `sdssplitargs` as the ACL code uses it to read the inside of a `(…)` selector: words
// separated by whitespace, with "double" and 'single' quotes. Unbalanced quotes give `undefined`
// (Redis then applies no rule at all, so the selector stays empty).

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
const isHex = (c: string): boolean => /^[0-9a-fA-F]$/.test(c);

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', a: '\x07' };

export function splitArgs(line: string): string[] | undefined {
  const text = line.includes('\0') ? line.slice(0, line.indexOf('\0')) : line;
  const out: string[] = [];
  let p = 0;
  for (;;) {
    while (p < text.length && isSpace(text[p])) p++;
    if (p >= text.length) return out;
    let current = '';
    let inDouble = false;
    let inSingle = false;
    for (let done = false; !done; ) {
      const c = text[p] ?? '';
      const next = text[p + 1] ?? '';
      if (inDouble) {
        if (c === '\\' && next === 'x' && isHex(text[p + 2] ?? '') && isHex(text[p + 3] ?? '')) {
          current += String.fromCharCode(parseInt(text.slice(p + 2, p + 4), 16));
          p += 3;
        } else if (c === '\\' && next !== '') {
          p++;
          current += ESCAPES[next] ?? next;
        } else if (c === '"') {
          if (next !== '' && !isSpace(next)) return undefined;
          done = true;
        } else if (c === '') {
          return undefined;
        } else {
          current += c;
        }
      } else if (inSingle) {
        if (c === '\\' && next === "'") {
          p++;
          current += "'";
        } else if (c === "'") {
          if (next !== '' && !isSpace(next)) return undefined;
          done = true;
        } else if (c === '') {
          return undefined;
        } else {
          current += c;
        }
      } else if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '') {
        done = true;
      } else if (c === '"') {
        inDouble = true;
      } else if (c === "'") {
        inSingle = true;
      } else {
        current += c;
      }
      if (p < text.length) p++;
    }
    out.push(current);
  }
}
