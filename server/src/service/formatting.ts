// Formatting: one space between the arguments of a directive, no indentation or trailing
// blanks. Only spacing changes, and only where the new line splits into exactly the same
// arguments (checked by parsing the new lines again); comments and lines Redis rejects stay.

import { analyze, type ConfArg } from '../model/index.js';
import { confDocument, lineContent, type AnalyzedDocument } from './document.js';
import type { Range, TextEdit } from './types.js';

const CHECK_FILE = '/redis-lint-format-check.conf';

export function computeFormatting(doc: AnalyzedDocument, range?: Range): TextEdit[] {
  if (doc.kind === 'acl') return []; // ACL files: repeated spaces are empty words, which matter
  const conf = confDocument(doc);
  if (!conf) return [];
  const first = range?.start.line ?? 0;
  const last = range ? (range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line) : Infinity;
  const bom = doc.text.charCodeAt(0) === 0xfeff;

  const candidates: Array<{ line: number; span: { start: number; end: number }; newText: string; words: readonly ConfArg[] }> = [];
  for (const line of conf.lines) {
    if (line.kind !== 'directive' || line.line < first || line.line > last) continue;
    if (bom && line.line === 0) continue;
    const span = lineContent(doc, line.line);
    const current = doc.text.slice(span.start, span.end);
    if (current.includes('\0')) continue; // Redis reads such lines differently: leave them be
    const words = [line.name, ...line.args];
    const newText = words.map((w) => doc.text.slice(w.span.start, w.span.end)).join(' ');
    if (newText === current) continue;
    candidates.push({ line: line.line, span, newText, words });
  }
  if (candidates.length === 0) return [];

  // Parse the new lines, one per line, and keep only those that split the same way.
  const check = analyze({ text: candidates.map((c) => c.newText).join('\n'), file: CHECK_FILE, kind: 'conf', target: doc.target });
  const reparsed = check.config?.source(CHECK_FILE)?.doc.lines ?? [];
  const byLine = new Map(reparsed.map((l) => [l.line, l]));
  const edits: TextEdit[] = [];
  candidates.forEach((candidate, i) => {
    const again = byLine.get(i);
    if (!again || again.kind !== 'directive') return;
    const before = candidate.words.map((w) => w.value);
    const after = [again.name, ...again.args].map((w) => w.value);
    if (before.length !== after.length || before.some((v, j) => v !== after[j])) return;
    edits.push({ range: { start: doc.lines.position(candidate.span.start), end: doc.lines.position(candidate.span.end) }, newText: candidate.newText });
  });
  return edits;
}
