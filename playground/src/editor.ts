// CodeMirror 6 wiring of the service's features: diagnostics with rule links and quick fixes,
// hover docs, completion. Every feature calls the same service functions as the language server.

import { autocompletion, snippet, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, linter, type Action, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, StateEffect, type Extension } from '@codemirror/state';
import {
  crosshairCursor,
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  hoverTooltip,
  keymap,
  lineNumbers,
  rectangularSelection,
} from '@codemirror/view';
import {
  computeCodeActions,
  computeCompletion,
  computeHover,
  CompletionItemKind,
  InsertTextFormat,
  type CodeAction,
  type CompletionItem,
  type Range,
} from '../../server/src/service/index.js';
import type { AnalyzedDocument, Diagnostic, ModelKind } from './engine.js';
import { renderMarkdown } from './markdown.js';
import { redisAcl, redisConf } from './redis-language.js';

export interface EditorHost {
  /** The analysis of the editor's current text, if the target's data is loaded (synchronous). */
  analyze(text: string): AnalyzedDocument | undefined;
  /** Lints the text (loads data as needed) and reports what the page should show. */
  lint(text: string): Promise<{ doc: AnalyzedDocument; diagnostics: Diagnostic[] } | undefined>;
}

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' } as const;

export function severityName(d: Diagnostic): 'error' | 'warning' | 'info' | 'hint' {
  return SEVERITY[d.severity];
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The quick fixes of one diagnostic: its own fix first, then "disable for this line". */
export function quickFixes(doc: AnalyzedDocument, d: Diagnostic): CodeAction[] {
  const actions = computeCodeActions(doc, d.range, { diagnostics: [d], only: ['quickfix'] });
  const mine = actions.filter((a) => a.diagnostics?.some((x) => x.code === d.code && sameRange(x.range, d.range)));
  return mine.filter((a) => !a.title.endsWith('for this file')).sort((a, b) => Number(b.isPreferred === true) - Number(a.isPreferred === true));
}

/**
 * Applies a code action computed on `basis`. When the text has changed since, the action is
 * computed again on the current text (same title, same rule) so its edits are never stale.
 */
export function applyAction(view: EditorView, host: EditorHost, basis: AnalyzedDocument, action: CodeAction, ruleId?: string): boolean {
  let doc = basis;
  let chosen: CodeAction | undefined = action;
  const now = view.state.doc.toString();
  if (doc.text !== now) {
    const fresh = host.analyze(now);
    if (!fresh) return false;
    doc = fresh;
    const whole = { start: { line: 0, character: 0 }, end: doc.lines.position(doc.text.length) };
    chosen = computeCodeActions(doc, whole, { only: [action.kind] }).find(
      (a) => a.title === action.title && (ruleId === undefined || a.diagnostics?.some((d) => d.code === ruleId)),
    );
    if (!chosen) return false;
  }
  const edits = chosen.edit.changes[doc.uri] ?? [];
  if (edits.length === 0) return false;
  view.dispatch({
    changes: edits.map((e) => ({ from: doc.lines.offset(e.range.start), to: doc.lines.offset(e.range.end), insert: e.newText })),
    userEvent: 'input.redis-lint-fix',
    scrollIntoView: true,
  });
  return true;
}

export function ruleLink(ruleId: string, href: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.className = 'rule-link';
  a.textContent = ruleId;
  a.title = `Documentation of ${ruleId}`;
  return a;
}

function messageNode(d: Diagnostic): Node {
  const box = document.createElement('div');
  box.className = 'diagnostic-message';
  const text = document.createElement('div');
  text.append(renderMarkdown(d.message));
  box.append(text);
  const meta = document.createElement('div');
  meta.className = 'diagnostic-meta';
  if (d.data?.fatal) {
    const fatal = document.createElement('span');
    fatal.className = 'fatal-badge';
    fatal.textContent = 'Redis refuses to start';
    meta.append(fatal, ' ');
  }
  meta.append(ruleLink(d.code, d.codeDescription.href));
  box.append(meta);
  return box;
}

export function toCmDiagnostics(view: EditorView, host: EditorHost, doc: AnalyzedDocument, diagnostics: readonly Diagnostic[]): CmDiagnostic[] {
  const length = doc.text.length;
  return diagnostics.map((d) => {
    const from = Math.min(doc.lines.offset(d.range.start), length);
    const to = Math.min(Math.max(doc.lines.offset(d.range.end), from), length);
    const actions: Action[] = quickFixes(doc, d).map((action) => ({
      name: action.title,
      ...(action.isPreferred ? { markClass: 'preferred-fix' } : {}),
      apply: (v) => {
        applyAction(v, host, doc, action, d.code);
      },
    }));
    return {
      from,
      to,
      severity: severityName(d),
      message: d.message,
      renderMessage: () => messageNode(d),
      ...(d.data?.fatal ? { markClass: 'cm-fatal' } : {}),
      actions,
    } satisfies CmDiagnostic;
  });
}

function hoverExtension(host: EditorHost): Extension {
  return hoverTooltip(
    (view, pos) => {
      const doc = host.analyze(view.state.doc.toString());
      if (!doc) return null;
      let hover;
      try {
        hover = computeHover(doc, doc.lines.position(pos));
      } catch {
        return null;
      }
      if (!hover) return null;
      const from = hover.range ? doc.lines.offset(hover.range.start) : pos;
      const to = hover.range ? doc.lines.offset(hover.range.end) : pos;
      const value = hover.contents.value;
      return {
        pos: from,
        end: to,
        above: true,
        create: () => {
          const dom = document.createElement('div');
          dom.className = 'hover-doc';
          dom.append(renderMarkdown(value));
          return { dom };
        },
      };
    },
    { hoverTime: 350 },
  );
}

const COMPLETION_TYPE: Partial<Record<number, string>> = {
  [CompletionItemKind.Property]: 'property',
  [CompletionItemKind.Keyword]: 'keyword',
  [CompletionItemKind.EnumMember]: 'enum',
  [CompletionItemKind.Value]: 'constant',
  [CompletionItemKind.Constant]: 'constant',
  [CompletionItemKind.Snippet]: 'text',
};

interface SnippetPart {
  readonly text: string;
  readonly field?: number;
}

/** Parses an LSP snippet (`$1`, `${1:default}`, `${1|a,b|}`, `\$`) into text and tab stops. */
function parseLspSnippet(body: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let text = '';
  const flush = () => {
    if (text) parts.push({ text });
    text = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && i + 1 < body.length) {
      text += body[++i];
      continue;
    }
    if (ch === '$') {
      const simple = /^\$(\d+)/.exec(body.slice(i));
      if (simple) {
        flush();
        parts.push({ text: '', field: Number(simple[1]) });
        i += simple[0].length - 1;
        continue;
      }
      const open = /^\$\{(\d+)([:|])?/.exec(body.slice(i));
      if (open) {
        flush();
        let j = i + open[0].length;
        let value = '';
        const choice = open[2] === '|';
        for (; j < body.length; j++) {
          const c = body[j];
          if (c === '\\' && j + 1 < body.length) {
            value += body[++j];
            continue;
          }
          if (choice ? c === '|' && body[j + 1] === '}' : c === '}') break;
          value += c;
        }
        if (choice) {
          // First choice as the default (escaped commas already unescaped).
          value = value.split(',')[0];
          j++;
        }
        parts.push({ text: value, field: Number(open[1]) });
        i = j;
        continue;
      }
    }
    text += ch;
  }
  flush();
  return parts;
}

/** A CodeMirror snippet template for the parts, or undefined when the text cannot be written in one. */
function cmTemplate(parts: readonly SnippetPart[]): string | undefined {
  let out = '';
  for (const part of parts) {
    if (/[{}]/.test(part.text)) return undefined;
    out += part.field === undefined ? part.text : `\${${part.field === 0 ? 0 : part.field}:${part.text}}`;
  }
  return out;
}

function completionOption(item: CompletionItem, from: number, to: number): Completion {
  const newText = item.textEdit?.newText ?? item.label;
  let apply: Completion['apply'] = newText;
  if (item.insertTextFormat === InsertTextFormat.Snippet) {
    const parts = parseLspSnippet(newText);
    const template = cmTemplate(parts);
    apply = template !== undefined ? snippet(template) : parts.map((p) => p.text).join('');
  }
  const docs = item.documentation?.value;
  return {
    label: item.label,
    ...(item.detail ? { detail: item.detail } : {}),
    ...(docs ? { info: () => renderMarkdown(docs) } : {}),
    type: COMPLETION_TYPE[item.kind] ?? 'text',
    boost: item.tags?.length ? -10 : item.sortText?.startsWith('0') ? 1 : 0,
    apply:
      typeof apply === 'string'
        ? (view, _completion, _from, cursor) => view.dispatch({ changes: { from, to: Math.max(to, cursor), insert: apply as string }, selection: { anchor: from + (apply as string).length }, userEvent: 'input.complete' })
        : apply,
  };
}

function completionSource(host: EditorHost) {
  return (context: CompletionContext): CompletionResult | null => {
    const doc = host.analyze(context.state.doc.toString());
    if (!doc) return null;
    const word = context.matchBefore(/[^\s]*/);
    if (!context.explicit && (!word || word.from === word.to)) return null;
    let list;
    try {
      list = computeCompletion(doc, doc.lines.position(context.pos), { snippets: true });
    } catch {
      return null;
    }
    if (list.items.length === 0) return null;
    const range = list.items[0].textEdit?.range;
    const from = range ? doc.lines.offset(range.start) : (word?.from ?? context.pos);
    const to = range ? doc.lines.offset(range.end) : context.pos;
    return { from, options: list.items.map((item) => completionOption(item, from, to)), validFor: /^[^\s]*$/ };
  };
}

export const languageCompartment = new Compartment();

/** Dispatched when the kind or target changes: the text is the same, the findings are not. */
export const relintEffect = StateEffect.define<null>();

export function languageFor(kind: ModelKind): Extension {
  return kind === 'acl' ? redisAcl : redisConf;
}

/** Special characters made visible, except the `\r` of a CRLF line end (Redis ignores it). */
const SPECIAL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u200b\u200e\u200f\u2028\u2029\u202d\u202e\u2066\u2067\u2069\ufeff\ufff9-\ufffc]|\r(?!$)/g;

export function editorExtensions(host: EditorHost, kind: ModelKind, onLint: (view: EditorView) => Promise<CmDiagnostic[]>): Extension[] {
  return [
    // The text is exactly the file: lines end at `\n` only, as Redis splits them.
    EditorState.lineSeparator.of('\n'),
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars({ specialChars: SPECIAL_CHARS }),
    history(),
    drawSelection(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    bracketMatching(),
    rectangularSelection(),
    crosshairCursor(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, indentWithTab]),
    languageCompartment.of(languageFor(kind)),
    linter(onLint, { delay: 200, needsRefresh: (update) => update.transactions.some((tr) => tr.effects.some((e) => e.is(relintEffect))) }),
    lintGutter(),
    hoverExtension(host),
    autocompletion({ override: [completionSource(host)] }),
    EditorView.contentAttributes.of({ 'aria-label': 'Configuration file', spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off' }),
  ];
}
