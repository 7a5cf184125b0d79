// Baselines: adopt redis-lint on existing configs by recording today's findings and reporting
// only new ones. A finding is matched by rule id + file + the content of its line (secrets
// masked, blanks collapsed), never by line number, so edits elsewhere in the file do not
// resurrect recorded findings. Identical keys are counted: two recorded, three found → one new.

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  readonly ruleId: string;
  /** Forward slashes, relative to the baseline file's folder. */
  readonly file: string;
  /** The line's content with secrets masked as ****, trimmed, blanks collapsed. */
  readonly line: string;
  readonly count: number;
}

export interface Baseline {
  readonly version: typeof BASELINE_VERSION;
  readonly tool: 'redis-lint';
  readonly findings: readonly BaselineEntry[];
}

/** What a finding contributes to a baseline. `file` is absolute (or a --stdin-filename). */
export interface BaselineKey {
  readonly ruleId: string;
  readonly file: string;
  /** Masked line text (normalized here). */
  readonly line: string;
}

export function normalizeLine(line: string): string {
  return line.replace(/\r$/, '').trim().replace(/[ \t]+/g, ' ');
}

function relativePath(dir: string, file: string): string {
  const f = file.replace(/\\/g, '/');
  if (!f.startsWith('/')) return f;
  const from = dir.replace(/\\/g, '/').split('/').filter(Boolean);
  const to = f.split('/').filter(Boolean);
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

function keyOf(ruleId: string, file: string, line: string): string {
  return JSON.stringify([ruleId, file, line]);
}

/** A baseline of `keys`, with paths relative to `dir` (the baseline file's folder), sorted. */
export function createBaseline(keys: readonly BaselineKey[], dir: string): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const key of keys) {
    const file = relativePath(dir, key.file);
    const line = normalizeLine(key.line);
    const id = keyOf(key.ruleId, file, line);
    const entry = counts.get(id);
    counts.set(id, { ruleId: key.ruleId, file, line, count: (entry?.count ?? 0) + 1 });
  }
  const findings = [...counts.values()].sort((a, b) =>
    a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.ruleId !== b.ruleId ? (a.ruleId < b.ruleId ? -1 : 1) : a.line < b.line ? -1 : a.line > b.line ? 1 : 0,
  );
  return { version: BASELINE_VERSION, tool: 'redis-lint', findings };
}

export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Reads a baseline file's text; throws an Error saying what is wrong. */
export function parseBaseline(text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON (${(error as Error).message})`, { cause: error });
  }
  const object = data as Partial<Baseline> | null;
  if (!object || typeof object !== 'object' || object.tool !== 'redis-lint' || !Array.isArray(object.findings)) {
    throw new Error('not a redis-lint baseline (write one with --write-baseline FILE)');
  }
  if (object.version !== BASELINE_VERSION) throw new Error(`baseline version ${String(object.version)} is not supported (expected ${BASELINE_VERSION}); write it again with --write-baseline`);
  object.findings.forEach((entry, i) => {
    const e = entry as Partial<BaselineEntry>;
    if (typeof e.ruleId !== 'string' || typeof e.file !== 'string' || typeof e.line !== 'string' || !Number.isInteger(e.count) || (e.count ?? 0) < 1) {
      throw new Error(`findings[${i}] needs ruleId, file, line (strings) and count (a positive integer)`);
    }
  });
  return object as Baseline;
}

/** Consumes baseline entries as findings match them. */
export class BaselineMatcher {
  private readonly remaining = new Map<string, number>();

  constructor(
    baseline: Baseline,
    private readonly dir: string,
  ) {
    for (const entry of baseline.findings) {
      const id = keyOf(entry.ruleId, entry.file, normalizeLine(entry.line));
      this.remaining.set(id, (this.remaining.get(id) ?? 0) + entry.count);
    }
  }

  /** True when the baseline still holds this finding (which is then used up). */
  take(key: BaselineKey): boolean {
    const id = keyOf(key.ruleId, relativePath(this.dir, key.file), normalizeLine(key.line));
    const left = this.remaining.get(id) ?? 0;
    if (left <= 0) return false;
    this.remaining.set(id, left - 1);
    return true;
  }
}
