// Redis's own number and word parsers (util.c, config.c), reproduced from their documented
// behaviour so that a value is accepted here exactly when Redis accepts it. Results are BigInt
// because Redis works in 64-bit integers that exceed a double's precision.

const LLONG_MIN = -(2n ** 63n);
const LLONG_MAX = 2n ** 63n - 1n;
const ULLONG_MOD = 2n ** 64n;

/** `string2ll`: strict decimal, optional `-`, no `+`, no leading zeros, no spaces, fits in int64. */
export function string2ll(text: string): bigint | undefined {
  if (text.length === 0 || text.length >= 21) return undefined;
  if (text === '0') return 0n;
  const negative = text[0] === '-';
  const digits = negative ? text.slice(1) : text;
  if (!/^[1-9][0-9]*$/.test(digits)) return undefined;
  const value = BigInt(digits);
  if (negative) return -value >= LLONG_MIN ? -value : undefined;
  return value <= LLONG_MAX ? value : undefined;
}

const MEMORY_UNITS: Record<string, bigint> = {
  '': 1n,
  b: 1n,
  k: 1000n,
  kb: 1024n,
  m: 1000n ** 2n,
  mb: 1024n ** 2n,
  g: 1000n ** 3n,
  gb: 1024n ** 3n,
};

/**
 * `memtoull`: digits then an optional unit (case-insensitive). A leading `-` is refused, leading
 * zeros are fine, and an empty digit string reads as 0 (so `""` and `kb` are 0). The product
 * wraps around at 2^64 as the C multiplication does.
 */
export function memtoull(text: string): bigint | undefined {
  if (text.startsWith('-')) return undefined;
  let end = 0;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  const unit = MEMORY_UNITS[text.slice(end).toLowerCase()];
  if (unit === undefined || end >= 128) return undefined;
  const digits = text.slice(0, end);
  let value = digits === '' ? 0n : BigInt(digits);
  if (value >= ULLONG_MOD) value = ULLONG_MOD - 1n; // strtoull saturates on overflow
  return (value * unit) % ULLONG_MOD;
}

/**
 * 6.x `memtoll`: an optional `-`, digits, an optional unit. The digits go through strtoll,
 * which saturates at int64, and the product wraps around; a lone `-` is an error.
 */
export function memtoll(text: string): bigint | undefined {
  let end = text.startsWith('-') ? 1 : 0;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  const unit = MEMORY_UNITS[text.slice(end).toLowerCase()];
  const digits = text.slice(0, end);
  if (unit === undefined || end >= 128 || digits === '-') return undefined;
  const value = digits === '' ? 0n : BigInt(digits);
  const saturated = value > LLONG_MAX ? LLONG_MAX : value < LLONG_MIN ? LLONG_MIN : value;
  return BigInt.asIntN(64, saturated * unit);
}

/**
 * C `strtoll(text, &end, base)` requiring the whole string to be consumed (`*end == '\0'`).
 * Accepts leading whitespace and a sign, saturates on overflow, and reads "" as 0 with end at
 * the start, which callers treat as fully consumed only when the string is empty.
 */
export function strtollWhole(text: string, base: 8 | 10): bigint | undefined {
  const match = (base === 10 ? /^[ \t\n\v\f\r]*([+-]?)([0-9]+)$/ : /^[ \t\n\v\f\r]*([+-]?)([0-7]+)$/).exec(text);
  if (!match) return text === '' ? 0n : undefined;
  let value = 0n;
  const radix = BigInt(base);
  for (const digit of match[2]) value = value * radix + BigInt(digit.charCodeAt(0) - 48);
  if (match[1] === '-') value = -value;
  if (value > LLONG_MAX) return LLONG_MAX;
  if (value < LLONG_MIN) return LLONG_MIN;
  return value;
}

/** C `atoi`: leading spaces, a sign, digits; stops at the first other character; 32-bit wrap. */
export function atoi(text: string): number {
  const match = /^[ \t\n\v\f\r]*([+-]?[0-9]+)/.exec(text);
  if (!match) return 0;
  return Number(BigInt.asIntN(32, BigInt(match[1])));
}

/** Reinterpret a 64-bit signed value as unsigned, as `(unsigned long long) ll` does. */
export function asUnsigned(value: bigint): bigint {
  return value < 0n ? value + ULLONG_MOD : value;
}

/** Reinterpret a 64-bit unsigned value as signed. */
export function asSigned(value: bigint): bigint {
  return value > LLONG_MAX ? value - ULLONG_MOD : value;
}

/** `yesnotoi`: `yes` → true, `no` → false, case-insensitive; anything else undefined. */
export function yesNo(text: string): boolean | undefined {
  const lower = asciiLower(text);
  if (lower === 'yes') return true;
  if (lower === 'no') return false;
  return undefined;
}

/** C `tolower` over ASCII only: Redis never folds non-ASCII letters. */
export function asciiLower(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : text;
}

/** C `strtod` as `string2d` uses it: the whole string must be a finite decimal or hex float. */
export function string2d(text: string): number | undefined {
  if (text.length === 0 || /^[ \t\n\v\f\r]/.test(text)) return undefined;
  if (!/^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|0[xX][0-9a-fA-F]+|inf(?:inity)?|nan)$/i.test(text)) {
    return undefined;
  }
  const value = Number(text.replace(/^\+/, ''));
  return Number.isNaN(value) ? undefined : value;
}

/** `inet_pton(AF_INET)`: four decimal parts 0..255, no leading zeros. */
export function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

/** `inet_pton(AF_INET6)`, including an IPv4 tail. */
export function isIpv6(text: string): boolean {
  if (!text.includes(':') || !/^[0-9a-fA-F:.]+$/.test(text)) return false;
  const double = text.split('::');
  if (double.length > 2) return false;
  const groups = text.split(':').filter((g) => g !== '');
  const tail = groups[groups.length - 1] ?? '';
  const ipv4Tail = tail.includes('.') ? (isIpv4(tail) ? 2 : -99) : 0;
  const hexGroups = ipv4Tail ? groups.slice(0, -1) : groups;
  if (!hexGroups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = hexGroups.length + ipv4Tail;
  return double.length === 2 ? count < 8 : count === 8;
}
