// The Redis / Valkey versions the knowledge base has data for, and parsing of user input
// such as `7.0`, `7.0.15`, `redis-7.0`, `valkey-8.0.1`.

export type Product = 'redis' | 'valkey';

export type DataId =
  | 'redis-6.0'
  | 'redis-6.2'
  | 'redis-7.0'
  | 'redis-7.2'
  | 'redis-7.4'
  | 'redis-8.0'
  | 'valkey-7.2'
  | 'valkey-8.0';

export interface KnownTarget {
  readonly id: DataId;
  readonly product: Product;
  /** Release line, `major.minor`. */
  readonly line: string;
  /** The exact release the data was generated from, e.g. `7.0.15` or `8.0-m01`. */
  readonly dataVersion: string;
  readonly prerelease: boolean;
}

/** Oldest first within each product. */
export const KNOWN_TARGETS: readonly KnownTarget[] = [
  { id: 'redis-6.0', product: 'redis', line: '6.0', dataVersion: '6.0.20', prerelease: false },
  { id: 'redis-6.2', product: 'redis', line: '6.2', dataVersion: '6.2.16', prerelease: false },
  { id: 'redis-7.0', product: 'redis', line: '7.0', dataVersion: '7.0.15', prerelease: false },
  { id: 'redis-7.2', product: 'redis', line: '7.2', dataVersion: '7.2.6', prerelease: false },
  { id: 'redis-7.4', product: 'redis', line: '7.4', dataVersion: '7.4.1', prerelease: false },
  { id: 'redis-8.0', product: 'redis', line: '8.0', dataVersion: '8.0-m01', prerelease: true },
  { id: 'valkey-7.2', product: 'valkey', line: '7.2', dataVersion: '7.2.7', prerelease: false },
  { id: 'valkey-8.0', product: 'valkey', line: '8.0', dataVersion: '8.0.1', prerelease: false },
];

export const TARGET_IDS: readonly DataId[] = KNOWN_TARGETS.map((t) => t.id);

export interface Target {
  readonly product: Product;
  /** The release line asked for (may be newer than any data, e.g. `7.6`). */
  readonly line: string;
  /** Kept when given (`7.0.15` → 15): some facts differ between patch releases. */
  readonly patch?: number;
  /** Which data file describes this target. */
  readonly dataId: DataId;
  /**
   * The asked version is newer than the data (a newer line, or the GA of a line whose data is a
   * pre-release). Directives the data does not know are then warnings that name the limit.
   */
  readonly newerThanData?: boolean;
}

export type ParseTargetResult = { ok: true; target: Target } | { ok: false; message: string };

export const DEFAULT_TARGET: Target = { product: 'redis', line: '7.4', dataId: 'redis-7.4' };

export function knownTarget(id: DataId): KnownTarget {
  const known = KNOWN_TARGETS.find((t) => t.id === id);
  if (!known) throw new Error(`unknown knowledge target ${id}`);
  return known;
}

/** `redis-7.0.15`, `valkey-8.0`, `redis-7.6 (newer than the data; using redis-7.4.1)`. */
export function formatTarget(target: Target): string {
  const asked = `${target.product}-${target.line}${target.patch === undefined ? '' : `.${target.patch}`}`;
  if (!target.newerThanData) return asked;
  const data = knownTarget(target.dataId);
  return `${asked} (newer than the data; using ${data.product}-${data.dataVersion})`;
}

const ACCEPTED =
  `accepted: ${TARGET_IDS.join(', ')}, with or without the product prefix (redis is the default) ` +
  'and optionally with a patch number, e.g. 7.0, 7.0.15, redis-7.2, valkey-8.0.1';

// product prefix (`redis-`, `valkey@`, `redis `), `v`, major.minor, then `.patch` or `-m01`.
const TARGET_RE = /^(?:(redis|valkey)[-@ ]?)?v?(\d{1,3})\.(\d{1,3})(?:\.(\d{1,6})|-(m\d{2}|rc\d+))?$/;

function compareLine(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

function makeTarget(product: Product, line: string, patch: number | undefined, dataId: DataId, newer: boolean): Target {
  return { product, line, ...(patch === undefined ? {} : { patch }), dataId, ...(newer ? { newerThanData: true } : {}) };
}

export function parseTarget(input: string): ParseTargetResult {
  const text = input.trim().toLowerCase();
  const m = TARGET_RE.exec(text);
  if (!m) return { ok: false, message: `Unknown target '${input}'; ${ACCEPTED}.` };
  const product = (m[1] ?? 'redis') as Product;
  const line = `${Number(m[2])}.${Number(m[3])}`;
  const patch = m[4] === undefined ? undefined : Number(m[4]);
  const prereleaseTag = m[5];
  const lines = KNOWN_TARGETS.filter((t) => t.product === product);
  const oldest = lines[0];

  if (compareLine(line, oldest.line) < 0) {
    return {
      ok: false,
      message: `${product} ${line} is older than the oldest version redis-lint knows (${oldest.id}); ${ACCEPTED}.`,
    };
  }
  const exact = lines.find((t) => t.line === line);
  if (exact) {
    if (prereleaseTag !== undefined && `${line}-${prereleaseTag}` !== exact.dataVersion) {
      return { ok: false, message: `Unknown pre-release '${input}'; the data for ${exact.id} is ${exact.dataVersion}.` };
    }
    // A pre-release's data may lack what the final release added.
    const newerThanData = exact.prerelease && prereleaseTag === undefined;
    return { ok: true, target: makeTarget(product, line, patch, exact.id, newerThanData) };
  }
  // Newer than the newest stable data: lint with the nearest older data (7.6 → 7.4, 9.0 → 8.0).
  const newestStable = lines.filter((t) => !t.prerelease).at(-1) ?? oldest;
  if (compareLine(line, newestStable.line) > 0) {
    const data = lines.filter((t) => compareLine(t.line, line) < 0).at(-1) ?? newestStable;
    return { ok: true, target: makeTarget(product, line, patch, data.id, true) };
  }
  return {
    ok: false,
    message: `${product} ${line} is not a release line redis-lint knows; ${ACCEPTED}.`,
  };
}
