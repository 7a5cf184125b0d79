// Code actions: each finding's fix as a quick fix, "disable <rule> for this line / file"
// comments (conf and sentinel only: Redis rejects comments in ACL files), and a "fix all"
// source action.

import type { Finding } from '../linter/index.js';
import { findingToDiagnostic } from './diagnostics.js';
import { lineContent, toRange, type AnalyzedDocument } from './document.js';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from './types.js';

export interface CodeActionContext {
  /** Diagnostics the editor sent with the request (reused in the actions when they match). */
  readonly diagnostics?: readonly Diagnostic[];
  /** Kinds wanted (`quickfix`, `source.fixAll`…); absent = all. */
  readonly only?: readonly string[];
}

export const FIX_ALL_TITLE = 'Fix all auto-fixable redis-lint problems';

function wanted(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function touches(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function computeCodeActions(doc: AnalyzedDocument, range: Range, context: CodeActionContext = {}): CodeAction[] {
  const actions: CodeAction[] = [];
  const own = doc.ignored ? [] : doc.result.findings.filter((f) => f.file === doc.file);
  const here = own.filter((f) => touches(toRange(doc.lines, f.span), range));
  const given = context.diagnostics ?? [];

  const diagnosticFor = (finding: Finding): Diagnostic => {
    const computed = findingToDiagnostic(doc, finding);
    const match = given.find(
      (d) =>
        d.code === computed.code &&
        d.range.start.line === computed.range.start.line &&
        d.range.start.character === computed.range.start.character &&
        d.range.end.line === computed.range.end.line &&
        d.range.end.character === computed.range.end.character,
    );
    return match ?? computed;
  };

  if (wanted(CodeActionKind.QuickFix, context.only)) {
    for (const finding of here) {
      if (!finding.fix) continue;
      actions.push({
        title: finding.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnosticFor(finding)],
        isPreferred: true,
        edit: { changes: { [doc.uri]: finding.fix.edits.map((e) => ({ range: toRange(doc.lines, e.span), newText: e.newText })) } },
      });
    }
    if (doc.kind !== 'acl') {
      const seen = new Set<string>();
      for (const finding of here) {
        const line = doc.lines.lineOf(finding.span.start);
        const key = `${finding.ruleId}@${line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const diagnostic = diagnosticFor(finding);
        actions.push({
          title: `Disable ${finding.ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [doc.uri]: [disableNextLineEdit(doc, finding.ruleId, line)] } },
        });
      }
      const ids = [...new Set(here.map((f) => f.ruleId))];
      for (const id of ids) {
        actions.push({
          title: `Disable ${id} for this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: here.filter((f) => f.ruleId === id).map(diagnosticFor),
          edit: { changes: { [doc.uri]: [disableFileEdit(doc, id)] } },
        });
      }
    }
  }

  if (wanted(CodeActionKind.SourceFixAllRedisLint, context.only)) {
    const edits = fixAllEdits(doc);
    if (edits.length > 0) {
      actions.push({ title: FIX_ALL_TITLE, kind: CodeActionKind.SourceFixAllRedisLint, edit: { changes: { [doc.uri]: edits } } });
    }
  }
  return actions;
}

/** `# redis-lint-disable-next-line <id> -- reason` above `line`, indented like it. */
export function disableNextLineEdit(doc: AnalyzedDocument, ruleId: string, line: number): TextEdit {
  const { start, end } = lineContent(doc, line);
  const indent = /^[ \t]*/.exec(doc.text.slice(start, end))?.[0] ?? '';
  const at = doc.lines.position(start);
  return { range: { start: at, end: at }, newText: `${indent}# redis-lint-disable-next-line ${ruleId} -- reason${doc.eol}` };
}

/** `# redis-lint-disable <id> -- reason` as the first line (after a byte-order mark's line). */
export function disableFileEdit(doc: AnalyzedDocument, ruleId: string): TextEdit {
  // Redis keeps a BOM in the first token, so a comment written before it would not be a comment.
  const line = doc.text.charCodeAt(0) === 0xfeff ? Math.min(1, doc.lines.lineCount - 1) : 0;
  let at = doc.lines.position(doc.lines.lineStart(line));
  let prefix = '';
  if (line === 0 && doc.text.charCodeAt(0) === 0xfeff) {
    // A one-line file with a BOM: add the comment after it, on a line of its own.
    at = doc.lines.position(doc.text.length);
    prefix = doc.eol;
  }
  return { range: { start: at, end: at }, newText: `${prefix}# redis-lint-disable ${ruleId} -- reason${prefix ? '' : doc.eol}` };
}

/** Every fix of the document's own findings, without overlaps (the first fix wins). */
export function fixAllEdits(doc: AnalyzedDocument): TextEdit[] {
  if (doc.ignored) return [];
  const spans: Array<{ start: number; end: number; newText: string }> = [];
  const taken: Array<{ start: number; end: number }> = [];
  for (const finding of doc.result.findings) {
    if (finding.file !== doc.file || !finding.fix) continue;
    const edits = finding.fix.edits;
    const overlaps = edits.some((e) => taken.some((t) => e.span.start < t.end && t.start < e.span.end || (e.span.start === e.span.end && e.span.start === t.start)));
    if (overlaps) continue;
    for (const e of edits) {
      taken.push(e.span);
      spans.push({ start: e.span.start, end: e.span.end, newText: e.newText });
    }
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return spans.map((s) => ({ range: toRange(doc.lines, s), newText: s.newText }));
}
