// Small helpers the security and reliability rules share: where to report a setting that is
// missing, and fixes that keep the file's line endings.

import type { LintModel, SettingRecord, Span } from '../../model/index.js';
import type { Fix } from '../types.js';

/** Where a finding about the file as a whole goes: a line of the main file, never an include. */
export interface Anchor {
  readonly file: string;
  readonly span: Span;
}

/**
 * The place to report something the file leaves out: the named setting's line when the main
 * file has it (`port` for exposure), else the first directive of the main file, else its
 * first line.
 */
export function anchorFor(model: LintModel, preferred: readonly string[] = ['port']): Anchor {
  const config = model.config;
  const file = model.mainFile;
  if (config) {
    for (const name of preferred) {
      const record = config.effective(name);
      if (record && record.file === file) return { file, span: record.directive.span };
    }
    const doc = config.source(file)?.doc;
    const first = doc?.lines.find((line) => line.kind === 'directive');
    if (first) return { file, span: first.span };
  }
  const text = model.text(file) ?? '';
  const end = text.search(/\r?\n/);
  return { file, span: { start: 0, end: end === -1 ? text.length : end } };
}

/** The line ending the main file uses (`\r\n` when its first line ends so). */
export function lineEnding(text: string): string {
  const at = text.indexOf('\n');
  return at > 0 && text[at - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * A fix that adds `line` at the end of the main file, keeping its line endings. Two cases need
 * care (found by fuzzing, test/fuzz): a trailing `# redis-lint-disable-next-line` comment would
 * silently apply to the added line, so the line goes before the trailing comments instead; and
 * after a last line holding a NUL byte Redis drops the rest of that chunk, newline included, and
 * would glue the added line onto it, so an empty line goes first to be dropped instead.
 */
export function appendLineFix(model: LintModel, line: string, title: string): Fix | undefined {
  const text = model.text(model.mainFile);
  if (text === undefined) return undefined;
  const eol = lineEnding(text);
  const lines = model.config?.source(model.mainFile)?.doc.lines;
  if (lines) {
    let first = lines.length;
    while (first > 0 && lines[first - 1].kind === 'comment') first--;
    const trailing = lines.slice(first);
    if (trailing.some((l) => l.kind === 'comment' && /^\s*redis-lint-disable-next-line(\s|$)/.test(l.text))) {
      const at = text.lastIndexOf('\n', trailing[0].span.start) + 1;
      return { title, edits: [{ span: { start: at, end: at }, newText: `${line}${eol}` }] };
    }
  }
  const endsWithEol = text.endsWith('\n');
  const lastLine = text.slice(text.lastIndexOf('\n', endsWithEol ? text.length - 2 : text.length - 1) + 1);
  const guard = lastLine.includes('\0') ? eol : '';
  const newText = text.length === 0 ? `${line}${eol}` : endsWithEol ? `${guard}${line}${eol}` : `${eol}${guard}${line}`;
  return { title, edits: [{ span: { start: text.length, end: text.length }, newText }] };
}

/** A fix that replaces the whole value of a setting line (only the value: the line ending stays). */
export function replaceValueFix(record: SettingRecord, newText: string, title: string): Fix {
  const args = record.directive.args;
  const span = args.length === 0
    ? { start: record.directive.span.end, end: record.directive.span.end }
    : { start: args[0].span.start, end: args[args.length - 1].span.end };
  return { title, edits: [{ span, newText: args.length === 0 ? ` ${newText}` : newText }] };
}

/** The value span of a setting (first to last argument). */
export function valueSpanOf(record: SettingRecord): Span {
  const args = record.directive.args;
  return args.length === 0 ? record.directive.span : { start: args[0].span.start, end: args[args.length - 1].span.end };
}

/** `line 12` or `other.conf:12` for a record, relative to the main file. */
export function where(model: LintModel, file: string, span: Span): string {
  const line = (model.lines(file)?.lineOf(span.start) ?? 0) + 1;
  return file === model.mainFile ? `line ${line}` : `${file}:${line}`;
}

/** `redis 7.0` / `valkey 8.0`, for messages. */
export function targetName(model: LintModel): string {
  return `${model.target.product === 'valkey' ? 'Valkey' : 'Redis'} ${model.target.line}`;
}

/**
 * Whether a setting missing from the file may still be set elsewhere: an `include` that could
 * not be read here (its contents are unknown), or a main file without a single directive (a
 * fragment or placeholder). Rules about missing settings stay quiet then.
 */
export function absenceUnknown(model: LintModel): boolean {
  const config = model.config;
  if (!config) return true;
  if (config.includes.some((include) => include.resolved.length === 0 && !/[*?[]/.test(include.args[0]?.value ?? ''))) return true;
  const doc = config.source(model.mainFile)?.doc;
  return !doc || !doc.lines.some((line) => line.kind === 'directive');
}
