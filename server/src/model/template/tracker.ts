// How the loader treats template placeholders (placeholders.ts). A line with one is read with
// its value unknown: never a fatal finding, one `template-placeholder` info instead; a line
// whose directive name is a placeholder, or that is only template actions (`{{- if … }}`), is
// skipped with that info. The model keeps the setting (rules see that it is set, and to what
// placeholder), and problems on such lines are dropped. The verdict is still that of the text
// as written: analyze() reads it a second time without this tracker.

import { parseConf } from '../../../../grammar/src/index.js';
import type { ConfArg, ConfDocument, ConfLine, Span } from '../../../../grammar/src/index.js';
import type { Problem } from '../problems.js';
import { secretSpans } from '../secrets.js';
import type { EffectiveConfig, SpecialRecord } from '../config/effective.js';
import { overlapping, scanPlaceholders, syntaxLabel, TEMPLATE_SYNTAXES, type Placeholder, type TemplateSyntax } from './placeholders.js';

export type TemplateLineKind =
  /** Only template actions (`{{- if .Values.auth }}`, `{{ end }}`): skipped. */
  | 'block'
  /** The directive name is (or holds) a placeholder: skipped. */
  | 'name'
  /** Some value is a placeholder: read with that value unknown. */
  | 'value';

export interface TemplateLine {
  readonly kind: TemplateLineKind;
  readonly placeholders: readonly Placeholder[];
  readonly span: Span;
}

export const TEMPLATE_PLACEHOLDER = 'template-placeholder';

/** Values Sentinel's checks accept, standing in for placeholders (by subcommand and argument index). */
const SENTINEL_STAND_INS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  monitor: { 2: '127.0.0.1', 3: '6379', 4: '1' },
  'known-replica': { 2: '127.0.0.1', 3: '6379' },
  'known-slave': { 2: '127.0.0.1', 3: '6379' },
  'known-sentinel': { 2: '127.0.0.1', 3: '6379' },
  'down-after-milliseconds': { 2: '30000' },
  'failover-timeout': { 2: '180000' },
  'master-reboot-down-after-period': { 2: '0' },
  'primary-reboot-down-after-period': { 2: '0' },
  myid: { 1: '0000000000000000000000000000000000000000' },
  'resolve-hostnames': { 1: 'yes' },
  'announce-hostnames': { 1: 'no' },
  'deny-scripts-reconfig': { 1: 'yes' },
};

/** Go actions that may hold spaces and quotes: made one word for the tokenizer, same length. */
function neutralize(text: string, placeholders: readonly Placeholder[]): string {
  let out = '';
  let at = 0;
  for (const p of placeholders) {
    if (p.syntax !== 'go') continue;
    const raw = text.slice(p.span.start, p.span.end);
    if (!/[\s"']/.test(raw)) continue;
    out += text.slice(at, p.span.start) + raw.replace(/[ \t]/g, '\u00a0').replace(/"/g, '\u02ba').replace(/'/g, '\u02b9');
    at = p.span.end;
  }
  return at === 0 ? text : out + text.slice(at);
}

function lineSpan(line: ConfLine): Span {
  return line.span;
}

/** Where a placeholder may start (a superset of what scanPlaceholders accepts). */
const CANDIDATE = /\$\{|\$[A-Z_]|\{\{|@[A-Za-z_][A-Za-z0-9_]*@|%[A-Za-z_][A-Za-z0-9_]*%/g;

/** The line whose span holds `offset`, by binary search (lines are in text order). */
function lineAt(lines: readonly ConfLine[], offset: number): ConfLine | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].span.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo];
  return line && line.span.start <= offset && offset < line.span.end ? line : undefined;
}

/** One per load: parses every source with placeholders in mind and remembers where they are. */
export class TemplateTracker {
  private readonly syntaxes: ReadonlySet<TemplateSyntax>;
  private readonly byFile = new Map<string, Map<number, TemplateLine>>();
  private readonly reported = new Set<string>();
  private readonly secrets = new Map<ConfDocument, Span[]>();

  constructor(syntaxes: readonly TemplateSyntax[] = TEMPLATE_SYNTAXES) {
    this.syntaxes = new Set(syntaxes);
  }

  /** Whether any source had a placeholder on a directive line. */
  get found(): boolean {
    return this.byFile.size > 0;
  }

  /** Parses a source as the loader reads it, noting lines with placeholders. */
  parse(file: string, text: string): ConfDocument {
    const doc = parseConf(text);
    if (this.syntaxes.size === 0) return doc;
    // Only lines holding something placeholder-like are scanned (most files have none, or only in comments).
    const candidates = new Set<ConfLine>();
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const line = lineAt(doc.lines, m.index);
      if (line && line.kind !== 'comment') candidates.add(line);
    }
    if (candidates.size === 0) return doc;
    const found: Placeholder[] = [];
    const perLine: Array<{ line: ConfLine; placeholders: Placeholder[] }> = [];
    for (const line of candidates) {
      const { start, end } = lineSpan(line);
      const placeholders = scanPlaceholders(text, start, end, this.syntaxes);
      if (placeholders.length === 0) continue;
      found.push(...placeholders);
      perLine.push({ line, placeholders });
    }
    if (found.length === 0) return doc;
    const neutral = neutralize(text, found);
    const parsed = neutral === text ? doc : { ...parseConf(neutral), text };
    const lines = new Map<number, TemplateLine>();
    const byLine = new Map(perLine.map((p) => [p.line.line, p.placeholders]));
    for (const line of parsed.lines) {
      const placeholders = byLine.get(line.line);
      if (!placeholders || line.kind === 'comment') continue;
      const classified = this.classify(line, placeholders);
      if (classified) lines.set(line.line, classified);
    }
    if (lines.size > 0) this.byFile.set(file, lines);
    return parsed;
  }

  private classify(line: ConfLine, placeholders: Placeholder[]): TemplateLine | undefined {
    if (line.kind === 'comment') return undefined;
    const words: readonly ConfArg[] = line.kind === 'directive' ? [line.name, ...line.args] : line.args;
    if (line.kind === 'invalid') {
      // A line that still does not split: only ours to excuse when the problem is in a placeholder.
      if (overlapping(placeholders, line.problem.span).length === 0) return undefined;
      return { kind: words.length > 0 && overlapping(placeholders, words[0].span).length > 0 ? 'name' : 'value', placeholders, span: line.span };
    }
    let relevant = placeholders;
    // `$` is a keyspace-event class (`notify-keyspace-events $KEA`), not a variable there.
    if (line.key === 'notify-keyspace-events') relevant = placeholders.filter((p) => p.syntax !== 'dollar');
    if (relevant.length === 0) return undefined;
    const covered = (arg: ConfArg) => relevant.some((p) => p.syntax === 'go' && p.span.start <= arg.span.start && arg.span.end <= p.span.end);
    if (words.every(covered)) return { kind: 'block', placeholders: relevant, span: line.span };
    if (overlapping(relevant, line.name.span).length > 0) return { kind: 'name', placeholders: relevant, span: line.span };
    return { kind: 'value', placeholders: relevant, span: line.span };
  }

  /** The template facts of a line (0-based `line` of `file`), if it holds a placeholder. */
  line(file: string, line: number): TemplateLine | undefined {
    return this.byFile.get(file)?.get(line);
  }

  /** Whether an argument is (or contains) a placeholder. */
  isTemplated(file: string, line: number, span: Span): boolean {
    const t = this.line(file, line);
    return t !== undefined && overlapping(t.placeholders, span).length > 0;
  }

  /** The info finding for a line, once per line. */
  info(file: string, line: number, doc: ConfDocument): Problem | undefined {
    const t = this.line(file, line);
    const key = `${file}\0${line}`;
    if (!t || this.reported.has(key)) return undefined;
    this.reported.add(key);
    const first = t.placeholders[0];
    let spans = this.secrets.get(doc);
    if (!spans) {
      spans = secretSpans(doc);
      this.secrets.set(doc, spans);
    }
    const secret = spans.some((s) => s.start < first.span.end && first.span.start < s.end);
    const shown = secret ? '' : ` (\`${doc.text.slice(first.span.start, first.span.end).replace(/[\u00a0]/g, ' ').replace(/\u02ba/g, '"').replace(/\u02b9/g, "'")}\`)`;
    const variables = [...new Set(t.placeholders.filter((p) => p.syntax !== 'go').map((p) => p.name))];
    const define = variables.length > 0 ? ` Pass ${variables.map((v) => `\`--define ${v}=…\``).join(' ')} to check the rendered value.` : ' Render the template (e.g. `helm template`) to check the result exactly.';
    const message = t.kind === 'block'
      ? `Template line${shown}: skipped; the lines around it are checked as if every block were rendered.${' Render the template (e.g. `helm template`) to check the result exactly.'}`
      : t.kind === 'name'
        ? `The directive name is ${syntaxLabel(first.syntax)}${shown}: this line is skipped until it is rendered.${define}`
        : `This value is ${syntaxLabel(first.syntax)}${shown}, so it is unknown until rendered and not checked here; Redis would read the placeholder text literally.${define}`;
    return {
      code: TEMPLATE_PLACEHOLDER, file, span: t.kind === 'value' ? first.span : t.span, fatal: false, phase: 'none', message,
    };
  }

  /**
   * A view of the config for Sentinel's checks: placeholders in `sentinel` lines replaced by
   * values the checks accept, so that a templated `monitor` still declares its master.
   */
  sentinelView(config: EffectiveConfig): EffectiveConfig {
    if (!this.found) return config;
    let changed = false;
    const records: SpecialRecord[] = config.sentinel.map((record) => {
      const line = record.directive.line;
      if (!this.line(record.file, line)) return record;
      const sub = (record.args[0]?.value ?? '').toLowerCase();
      const standIns = SENTINEL_STAND_INS[sub] ?? {};
      const args = record.args.map((arg, i) => {
        if (!this.isTemplated(record.file, line, arg.span)) return arg;
        const value = standIns[i];
        if (value === undefined) return arg;
        changed = true;
        return { ...arg, value };
      });
      return { ...record, args };
    });
    if (!changed) return config;
    const view = Object.create(config) as EffectiveConfig & { sentinel: SpecialRecord[] };
    Object.defineProperty(view, 'sentinel', { value: records });
    return view;
  }

  /**
   * Drops problems about placeholders (their value is unknown; the line's info stands for
   * them): those on skipped lines, those that point at a placeholder or at the whole line.
   * A problem with another word of the line stays (a hostname Sentinel cannot resolve).
   */
  filter(problems: Problem[]): void {
    if (!this.found) return;
    const kept = problems.filter((p) => {
      if (p.code === TEMPLATE_PLACEHOLDER) return true;
      const lines = this.byFile.get(p.file);
      if (!lines) return true;
      for (const t of lines.values()) {
        if (p.span.start < t.span.start || p.span.start > t.span.end) continue;
        // Kept when it is about a word that is not a placeholder: that stays true once rendered.
        if (t.kind !== 'value' || overlapping(t.placeholders, p.span).length > 0) return false;
        if (p.span.start <= t.span.start && p.span.end >= t.span.end) return false;
      }
      return true;
    });
    problems.length = 0;
    problems.push(...kept);
  }
}
