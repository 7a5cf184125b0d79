// In-source suppressions (DESIGN.md "Suppression"), applied by the linter so that every face
// (CLI, LSP, playground) honours them the same way:
//
//   # redis-lint-disable-next-line <rule-id>[,<rule-id>…] -- <reason>
//   # redis-lint-disable <rule-id>[,<rule-id>…] -- <reason>      (from here to the end of the file)
//
// Only conf and sentinel files have them: Redis rejects comments in ACL files (use the config
// file's `rules` or `overrides` there). A suppression names its rules explicitly (there is no
// "disable everything"), so a fatal finding is only ever hidden on purpose; it still counts in
// the model's verdict. A suppression that hides nothing is reported as `unused-suppression`,
// whether the finding is gone or the comment cannot apply (no rule id, an unknown id, a
// required reason missing).

import { WORK, type LintModel, type Span } from '../model/index.js';
import type { Finding, RuleMeta, Severity } from '../rules/index.js';

export const UNUSED_SUPPRESSION = 'unused-suppression';

/** Rules the linter itself reports (not in rules/): listed by `redis-lint rules`, SARIF, docs. */
export const LINTER_RULES: readonly RuleMeta[] = [
  {
    id: UNUSED_SUPPRESSION,
    category: 'style',
    severity: 'warning',
    fixable: false,
    description: 'A redis-lint-disable comment that suppresses nothing: no such finding there, no or an unknown rule id, or a required reason missing.',
    kinds: ['conf', 'sentinel'],
  },
];

/** A finding a suppression comment hid; kept so that SARIF can show it as suppressed. */
export type SuppressedFinding = Finding & {
  readonly suppressed: {
    /** The text after ` -- `, when given. */
    readonly reason?: string;
    /** Where the suppression comment is. */
    readonly file: string;
    readonly span: Span;
  };
};

export interface SuppressionOptions {
  /** A suppression without ` -- reason` does not apply and is reported (config `requireSuppressionReason`). */
  readonly requireReason?: boolean;
  /** Known rule ids (a suppression naming another id is reported). */
  readonly knownRules: ReadonlySet<string>;
  /** Severity setting per rule id (for the two linter rules, and to skip unused reports of rules turned off). */
  readonly settings?: Readonly<Record<string, Severity | 'off'>>;
  /** Report unused suppressions (off when the rule tester runs a single rule). */
  readonly report: boolean;
  /** Scrubs secrets out of a message. */
  readonly scrub: (text: string) => string;
}

export interface Suppression {
  readonly kind: 'next-line' | 'file';
  readonly file: string;
  /** The whole comment. */
  readonly span: Span;
  /** 0-based line of the comment. */
  readonly line: number;
  /** The line it applies to (`next-line`), or the first line of its range (`file`). */
  readonly target: number;
  readonly ids: ReadonlyArray<{ readonly id: string; readonly span: Span }>;
  readonly reason?: string;
}

const PRAGMA = /^(\s*)redis-lint-(disable-next-line|disable)(?=\s|$)/;

/** Parses the suppression comments of every file of a conf or sentinel model. */
export function parseSuppressions(model: LintModel): Suppression[] {
  const out: Suppression[] = [];
  const config = model.config;
  if (!config) return out;
  for (const source of config.files.values()) {
    const lines = source.doc.lines;
    // Index of the next line that is not a comment, filled from the end on first need: a block
    // of suppression comments above one directive is scanned once, not once per comment.
    let nextNonComment: Int32Array | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.kind !== 'comment') continue;
      WORK.suppressionSteps++;
      const raw = source.text.slice(line.span.start, line.span.end);
      const hash = raw.indexOf('#');
      const body = raw.slice(hash + 1);
      const match = PRAGMA.exec(body);
      if (!match) continue;
      const bodyStart = line.span.start + hash + 1;
      let rest = body.slice(match[0].length);
      const restStart = bodyStart + match[0].length;
      let reason: string | undefined;
      const separator = /(^|\s)--(\s|$)/.exec(rest);
      if (separator) {
        const text = rest.slice(separator.index + separator[0].length).trim();
        if (text !== '') reason = text;
        rest = rest.slice(0, separator.index);
      }
      const ids: Array<{ id: string; span: Span }> = [];
      const word = /[^\s,]+/g;
      for (let m = word.exec(rest); m; m = word.exec(rest)) {
        ids.push({ id: m[0], span: { start: restStart + m.index, end: restStart + m.index + m[0].length } });
      }
      const kind = match[2] === 'disable' ? 'file' : 'next-line';
      let target = line.line;
      if (kind === 'next-line') {
        // The next line that is not a comment: several disable-next-line comments, each with
        // its own reason, can stand above one directive.
        if (!nextNonComment) {
          nextNonComment = new Int32Array(lines.length + 1).fill(-1);
          for (let j = lines.length - 1; j >= 0; j--) nextNonComment[j] = lines[j].kind !== 'comment' ? j : nextNonComment[j + 1];
        }
        const next = nextNonComment[i + 1];
        target = next === -1 ? -1 : lines[next].line;
      }
      out.push({ kind, file: source.path, span: line.span, line: line.line, target, ids, ...(reason === undefined ? {} : { reason }) });
    }
  }
  return out;
}

function applies(suppression: Suppression, finding: Finding, findingLine: number): boolean {
  if (suppression.file !== finding.file || suppression.target < 0) return false;
  return suppression.kind === 'next-line' ? findingLine === suppression.target : findingLine >= suppression.target;
}

export interface SuppressionResult {
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
}

/**
 * Splits findings into those still shown and those a comment suppresses, and adds findings for
 * suppressions that hide nothing. `findings` must be sorted; the result keeps that order for
 * shown findings (new ones are appended: callers sort again).
 */
export function applySuppressions(model: LintModel, findings: readonly Finding[], options: SuppressionOptions): SuppressionResult {
  if (model.kind === 'acl' || !model.config) return { findings: [...findings], suppressed: [] };
  const all = parseSuppressions(model);
  if (all.length === 0) return { findings: [...findings], suppressed: [] };

  const lineOf = (file: string, offset: number) => model.lines(file)?.lineOf(offset) ?? 0;
  const problems: Finding[] = [];
  const report = (id: string, span: Span, file: string, message: string) => {
    if (!options.report) return;
    const setting = options.settings?.[id];
    if (setting === 'off') return;
    const meta = LINTER_RULES.find((r) => r.id === id);
    problems.push({ ruleId: id, severity: setting ?? meta?.severity ?? 'warning', message: options.scrub(message), fatal: false, file, span });
  };

  // Which suppressions are in force, and which of their ids may hide findings.
  const active: Array<{ suppression: Suppression; ids: Set<string>; used: Set<string> }> = [];
  for (const suppression of all) {
    const pragma = suppression.kind === 'file' ? 'redis-lint-disable' : 'redis-lint-disable-next-line';
    if (suppression.ids.length === 0) {
      report(UNUSED_SUPPRESSION, suppression.span, suppression.file, `\`# ${pragma}\` names no rule, so it suppresses nothing; write \`# ${pragma} <rule-id> -- <reason>\` (see \`redis-lint rules\`).`);
      continue;
    }
    if (options.requireReason && suppression.reason === undefined) {
      report(UNUSED_SUPPRESSION, suppression.span, suppression.file, `This suppression has no reason, which the config file requires (requireSuppressionReason), so it does not apply; add \` -- <why this is fine here>\` after the rule id.`);
      continue;
    }
    if (suppression.kind === 'next-line' && suppression.target < 0) {
      report(UNUSED_SUPPRESSION, suppression.span, suppression.file, `\`# ${pragma}\` is not followed by a directive, so it suppresses nothing; remove it.`);
      continue;
    }
    const ids = new Set<string>();
    for (const { id, span } of suppression.ids) {
      if (!options.knownRules.has(id)) {
        report(UNUSED_SUPPRESSION, span, suppression.file, `Unknown rule id '${id}' in \`# ${pragma}\`, so nothing is suppressed for it; check the spelling (\`redis-lint rules\` lists every id).`);
      } else {
        ids.add(id);
      }
    }
    if (ids.size > 0) active.push({ suppression, ids, used: new Set() });
  }

  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  // The first active suppression (in source order) that applies, found through two indexes
  // instead of trying every suppression for every finding: next-line ones by file, line and id;
  // file ones by file and id (the earliest one applies first; a later one can only apply where
  // the earliest does too, since both run to the end of the file).
  const nextLine = new Map<string, number[]>();
  const fromHere = new Map<string, number>();
  active.forEach((a, order) => {
    const { suppression } = a;
    for (const id of a.ids) {
      if (suppression.kind === 'next-line') {
        const key = `${suppression.file}\n${suppression.target}\n${id}`;
        const list = nextLine.get(key);
        if (list) list.push(order);
        else nextLine.set(key, [order]);
      } else {
        const key = `${suppression.file}\n${id}`;
        const earliest = fromHere.get(key);
        if (earliest === undefined || active[earliest].suppression.target > suppression.target) fromHere.set(key, order);
      }
    }
  });
  const match = (finding: Finding): (typeof active)[number] | undefined => {
    WORK.suppressionSteps++;
    const line = lineOf(finding.file, finding.span.start);
    let best = nextLine.get(`${finding.file}\n${line}\n${finding.ruleId}`)?.[0];
    const file = fromHere.get(`${finding.file}\n${finding.ruleId}`);
    if (file !== undefined && applies(active[file].suppression, finding, line) && (best === undefined || file < best)) best = file;
    return best === undefined ? undefined : active[best];
  };
  for (const finding of findings) {
    const hit = match(finding);
    if (!hit) {
      kept.push(finding);
      continue;
    }
    hit.used.add(finding.ruleId);
    const s = hit.suppression;
    suppressed.push({ ...finding, suppressed: { ...(s.reason === undefined ? {} : { reason: options.scrub(s.reason) }), file: s.file, span: s.span } });
  }

  for (const { suppression, ids, used } of active) {
    for (const { id, span } of suppression.ids) {
      if (!ids.has(id) || used.has(id) || id === UNUSED_SUPPRESSION) continue;
      if (options.settings?.[id] === 'off') continue; // turned off by configuration: nothing to find
      const where = suppression.kind === 'file' ? 'in the rest of this file' : `on line ${suppression.target + 1}`;
      report(UNUSED_SUPPRESSION, suppression.ids.length === 1 ? suppression.span : span, suppression.file, `This suppression of ${id} is unused: there is no ${id} finding ${where}. Remove it (or the id from the list).`);
    }
  }

  // The linter's own findings can be suppressed too (by id, like any other).
  for (const problem of problems) {
    const hit = match(problem);
    if (hit) {
      hit.used.add(problem.ruleId);
      const s = hit.suppression;
      suppressed.push({ ...problem, suppressed: { ...(s.reason === undefined ? {} : { reason: options.scrub(s.reason) }), file: s.file, span: s.span } });
    } else {
      kept.push(problem);
    }
  }
  return { findings: kept, suppressed };
}
