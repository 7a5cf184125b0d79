// Applying fixes to text (no I/O: the CLI writes the result, the LSP turns fixes into edits).
// Fixes whose edits overlap an earlier one wait for the next pass; `fixUntilStable` re-lints and
// applies again until nothing changes, keeping the file's line endings and final newline.

import type { Finding, Fix } from '../rules/index.js';

export interface AppliedFixes {
  readonly text: string;
  /** The fixes applied, in text order. */
  readonly applied: readonly Fix[];
}

/** `\r\n` when most line breaks of `text` are CRLF, else `\n`. */
export function lineEnding(text: string): '\r\n' | '\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Applies the fixes that do not overlap each other (the first one wins); one pass. */
export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const eol = lineEnding(text);
  const ordered = fixes
    .filter((fix) => fix.edits.length > 0)
    .map((fix) => ({ fix, start: Math.min(...fix.edits.map((e) => e.span.start)) }))
    .sort((a, b) => a.start - b.start);
  const taken: Array<{ start: number; end: number }> = [];
  const overlaps = (start: number, end: number) =>
    taken.some((t) => start < t.end && t.start < end) || taken.some((t) => start === end && start === t.start && t.start === t.end);
  const applied: Fix[] = [];
  const edits: Array<{ start: number; end: number; newText: string }> = [];
  for (const { fix } of ordered) {
    const spans = fix.edits.map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText }));
    if (spans.some((e) => e.start < 0 || e.end > text.length || e.end < e.start)) continue;
    if (spans.some((e) => overlaps(e.start, e.end))) continue;
    taken.push(...spans.map((e) => ({ start: e.start, end: e.end })));
    edits.push(...spans);
    applied.push(fix);
  }
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const edit of edits) {
    const newText = eol === '\r\n' ? edit.newText.replace(/\r?\n/g, '\r\n') : edit.newText;
    out = out.slice(0, edit.start) + newText + out.slice(edit.end);
  }
  return { text: out, applied };
}

/** Keeps the original's final-newline state (present or absent) in the fixed text. */
export function keepFinalNewline(original: string, fixed: string): string {
  if (fixed === '') return fixed;
  const had = original.endsWith('\n');
  const has = fixed.endsWith('\n');
  if (had && !has) return fixed + lineEnding(original);
  if (!had && has && original !== '') return fixed.replace(/\r?\n$/, '');
  return fixed;
}

export interface FixResult {
  readonly text: string;
  /** Number of fixes applied over all passes. */
  readonly fixed: number;
}

/**
 * Applies fixes until none is left or `maxPasses` is reached. `fixesOf(text)` lints `text` and
 * returns the fixes to apply (the caller decides which findings qualify: shown, unsuppressed,
 * in the main file).
 */
export function fixUntilStable(text: string, fixesOf: (text: string) => readonly Fix[], maxPasses = 10): FixResult {
  let current = text;
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = fixesOf(current);
    if (fixes.length === 0) break;
    const result = applyFixes(current, fixes);
    if (result.applied.length === 0 || result.text === current) break;
    current = keepFinalNewline(text, result.text);
    fixed += result.applied.length;
  }
  return { text: current, fixed };
}

/** The fixes of findings that may be applied to `mainFile`. */
export function fixesIn(findings: readonly Finding[], mainFile: string): Fix[] {
  return findings.filter((f) => f.fix && f.file === mainFile).map((f) => f.fix as Fix);
}
