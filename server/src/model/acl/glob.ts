// Redis's glob matcher (`stringmatchlen` in util.c, case-sensitive as ACLs use it), byte for byte.
//
// Redis walks the pattern recursively; here the pattern is first cut into tokens that each match
// exactly one byte (how Redis reads a `[...]` class does not depend on the subject), then matched
// with the classic last-star backtracking, which is linear per star and never exponential
// (`****…a` against a long key stays cheap).

type Token =
  | { readonly kind: 'star' }
  | { readonly kind: 'any' }
  | { readonly kind: 'byte'; readonly byte: number }
  | { readonly kind: 'class'; readonly negated: boolean; readonly test: (byte: number) => boolean };

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** C `char` is signed on the platforms Redis ships for: ranges compare bytes ≥ 0x80 as negative. */
function signed(byte: number): number {
  return byte > 127 ? byte - 256 : byte;
}

function readClass(p: Uint8Array, at: number): { token: Token; next: number } {
  let i = at + 1;
  const negated = p[i] === 0x5e; /* ^ */
  if (negated) i++;
  const singles: number[] = [];
  const ranges: [number, number][] = [];
  for (;;) {
    if (p[i] === 0x5c /* \ */ && p.length - i >= 2) {
      singles.push(p[i + 1]);
      i += 2;
    } else if (p[i] === 0x5d /* ] */) {
      i++;
      break;
    } else if (i >= p.length) {
      // An unterminated class ends with the pattern.
      break;
    } else if (p.length - i >= 3 && p[i + 1] === 0x2d /* - */) {
      let start = signed(p[i]);
      let end = signed(p[i + 2]);
      if (start > end) [start, end] = [end, start];
      ranges.push([start, end]);
      i += 3;
    } else {
      singles.push(p[i]);
      i++;
    }
  }
  const test = (byte: number): boolean => {
    const hit = singles.includes(byte) || ranges.some(([lo, hi]) => signed(byte) >= lo && signed(byte) <= hi);
    return negated ? !hit : hit;
  };
  return { token: { kind: 'class', negated, test }, next: i };
}

function tokenize(p: Uint8Array): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === 0x2a /* * */) {
      tokens.push({ kind: 'star' });
      i++;
    } else if (c === 0x3f /* ? */) {
      tokens.push({ kind: 'any' });
      i++;
    } else if (c === 0x5b /* [ */) {
      const { token, next } = readClass(p, i);
      tokens.push(token);
      i = next;
    } else if (c === 0x5c /* \ */ && p.length - i >= 2) {
      tokens.push({ kind: 'byte', byte: p[i + 1] });
      i += 2;
    } else {
      tokens.push({ kind: 'byte', byte: c });
      i++;
    }
  }
  return tokens;
}

function matchesOne(token: Token, byte: number): boolean {
  switch (token.kind) {
    case 'any':
      return true;
    case 'byte':
      return token.byte === byte;
    case 'class':
      return token.test(byte);
    case 'star':
      return false;
  }
}

const tokenCache = new Map<string, Token[]>();

function tokensOf(pattern: string): Token[] {
  let tokens = tokenCache.get(pattern);
  if (!tokens) {
    tokens = tokenize(utf8(pattern));
    if (tokenCache.size > 10_000) tokenCache.clear();
    tokenCache.set(pattern, tokens);
  }
  return tokens;
}

/** Whether `subject` matches the glob `pattern` exactly as Redis's ACL checks decide it. */
export function globMatch(pattern: string, subject: string): boolean {
  const s = utf8(subject);
  // Redis's loop never runs on an empty subject, so only an empty pattern matches it (not even `*`).
  if (s.length === 0) return pattern.length === 0;
  const tokens = tokensOf(pattern);
  let t = 0;
  let i = 0;
  let starToken = -1;
  let starSubject = 0;
  while (i < s.length) {
    if (t < tokens.length && tokens[t].kind === 'star') {
      starToken = t++;
      starSubject = i;
    } else if (t < tokens.length && matchesOne(tokens[t], s[i])) {
      t++;
      i++;
    } else if (starToken >= 0) {
      t = starToken + 1;
      i = ++starSubject;
    } else {
      return false;
    }
  }
  while (t < tokens.length && tokens[t].kind === 'star') t++;
  return t === tokens.length;
}
