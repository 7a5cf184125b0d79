// Memory sizes as Redis reads them (memtoull): digits and an optional unit, case-insensitive;
// k/m/g are powers of 1000, kb/mb/gb powers of 1024.

const UNITS: Record<string, bigint> = {
  b: 1n,
  k: 1000n,
  kb: 1024n,
  m: 1000n * 1000n,
  mb: 1024n * 1024n,
  g: 1000n * 1000n * 1000n,
  gb: 1024n * 1024n * 1024n,
};

export interface MemorySize {
  readonly bytes: bigint;
  /** The unit as written, lower-cased (`''` for a plain number). */
  readonly unit: string;
}

export function parseMemorySize(text: string): MemorySize | undefined {
  const m = /^(-?\d{1,20})([a-z]{0,2})$/i.exec(text);
  if (!m) return undefined;
  const unit = m[2].toLowerCase();
  const factor = unit === '' ? 1n : UNITS[unit];
  if (factor === undefined) return undefined;
  return { bytes: BigInt(m[1]) * factor, unit };
}

/** `1073741824` → `1,073,741,824`. */
export function groupDigits(value: bigint): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return negative ? `-${grouped}` : grouped;
}

/** `1,073,741,824 bytes` (`1 byte`). */
export function formatBytes(value: bigint): string {
  return `${groupDigits(value)} ${value === 1n || value === -1n ? 'byte' : 'bytes'}`;
}

/** A short binary size when exact (`1 GiB`, `64 MiB`), else undefined. */
export function binarySize(value: bigint): string | undefined {
  if (value <= 0n) return undefined;
  for (const [unit, factor] of [['TiB', 1n << 40n], ['GiB', 1n << 30n], ['MiB', 1n << 20n], ['KiB', 1n << 10n]] as const) {
    if (value >= factor && value % factor === 0n) return `${groupDigits(value / factor)} ${unit}`;
  }
  return undefined;
}
