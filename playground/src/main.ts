// The playground page: a CodeMirror editor on the redis-lint engine, a findings list with the
// verdict, a kind switch, a target picker and sharing through the URL fragment.

import type { Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { forceLinting } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import { computeCodeActions, detectKind, FIX_ALL_TITLE, formatTarget } from '../../server/src/service/index.js';
import {
  analyzeNow,
  DEFAULT_TARGET_ID,
  ensureTarget,
  isKnownTarget,
  KINDS,
  KNOWN_TARGETS,
  lintText,
  plainFindings,
  targetLabel,
  targetOf,
  targetReady,
  type AnalyzedDocument,
  type DataId,
  type Diagnostic,
  type ModelKind,
  type PlainFinding,
} from './engine.js';
import { applyAction, editorExtensions, languageCompartment, relintEffect, languageFor, quickFixes, ruleLink, severityName, toCmDiagnostics, type EditorHost } from './editor.js';
import { renderMarkdown } from './markdown.js';
import { decodeState, encodeState, redactText, secretSpansOf, type SharedState } from './share.js';

declare const REDIS_LINT_VERSION: string;

const SAMPLE = `# Paste a redis.conf, sentinel.conf or ACL file here: it is linted in your browser.
# Hover a directive for its documentation; findings offer quick fixes.
bind 0.0.0.0
protected-mode no
port 6379
maxmemroy 100mb
rename-command CONFIG ""
`;

const KIND_LABEL: Record<ModelKind, string> = { conf: 'redis.conf', sentinel: 'sentinel.conf', acl: 'ACL file' };

function $(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing`);
  return element;
}

const settings: { kind: ModelKind; target: DataId } = { kind: 'conf', target: DEFAULT_TARGET_ID };
let generation = 0;
let shown: { doc: AnalyzedDocument; diagnostics: Diagnostic[] } | undefined;
let lintCount = 0;
let lintWaiters: Array<() => void> = [];

const host: EditorHost = {
  analyze(text) {
    if (!targetReady(settings.target)) return undefined;
    try {
      return analyzeNow(text, settings.kind, settings.target);
    } catch {
      return undefined;
    }
  },
  async lint(text) {
    return lintText(text, settings.kind, settings.target);
  },
};

function setStatus(text: string, kind: 'info' | 'error' = 'info'): void {
  const status = $('status');
  status.textContent = text;
  status.dataset.kind = kind;
}

async function runLint(view: EditorView): Promise<CmDiagnostic[]> {
  const text = view.state.doc.toString();
  let gen;
  let result;
  // Settings changed while the target's data loaded: lint again with the new ones, so that a
  // slow earlier run never overwrites a later one.
  do {
    gen = generation;
    try {
      if (!targetReady(settings.target)) setStatus(`Loading the data for ${settings.target}…`);
      result = await host.lint(text);
      setStatus('');
    } catch (error) {
      setStatus(`Cannot lint: ${(error as Error).message}`, 'error');
      return [];
    }
  } while (gen !== generation);
  if (!result) return [];
  if (view.state.doc.toString() === text) {
    shown = result;
    renderFindings(view, result.doc, result.diagnostics);
    lintCount++;
    const waiters = lintWaiters;
    lintWaiters = [];
    for (const resolve of waiters) resolve();
  }
  return toCmDiagnostics(view, host, result.doc, result.diagnostics);
}

function renderVerdict(doc: AnalyzedDocument): void {
  const verdict = doc.result.verdict;
  const box = $('verdict');
  const target = formatTarget(doc.target);
  box.replaceChildren();
  box.dataset.accepted = String(verdict.accepted);
  const title = document.createElement('strong');
  if (verdict.accepted) {
    title.textContent = `✓ ${target} would load this ${KIND_LABEL[doc.kind]}`;
    box.append(title);
  } else {
    title.textContent = `✗ ${target} refuses this ${KIND_LABEL[doc.kind]}`;
    const reason = document.createElement('div');
    reason.className = 'verdict-reason';
    reason.textContent = `${verdict.line !== undefined ? `line ${verdict.line}: ` : ''}${verdict.reason}`;
    box.append(title, reason);
  }
}

function renderFindings(view: EditorView, doc: AnalyzedDocument, diagnostics: readonly Diagnostic[]): void {
  renderVerdict(doc);
  const list = $('findings');
  list.replaceChildren();
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const d of diagnostics) {
    const severity = severityName(d);
    counts[severity]++;
    const li = document.createElement('li');
    li.className = 'finding';
    li.dataset.rule = d.code;
    li.dataset.line = String(d.range.start.line + 1);
    li.dataset.column = String(d.range.start.character + 1);
    li.dataset.severity = severity;
    const head = document.createElement('div');
    head.className = 'finding-head';
    const where = document.createElement('button');
    where.type = 'button';
    where.className = 'finding-where';
    where.textContent = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
    where.title = 'Go to the finding';
    where.addEventListener('click', () => {
      const current = host.analyze(view.state.doc.toString()) ?? doc;
      const from = Math.min(current.lines.offset(d.range.start), view.state.doc.length);
      view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
      view.focus();
    });
    const sev = document.createElement('span');
    sev.className = 'severity';
    sev.dataset.severity = severity;
    sev.textContent = d.data?.fatal ? 'fatal' : severity;
    head.append(sev, where, ruleLink(d.code, d.codeDescription.href));
    const message = document.createElement('div');
    message.className = 'finding-message';
    message.append(renderMarkdown(d.message));
    li.append(head, message);
    const fixes = quickFixes(doc, d);
    if (fixes.length > 0) {
      const bar = document.createElement('div');
      bar.className = 'finding-actions';
      for (const action of fixes) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = action.isPreferred ? 'fix preferred' : 'fix secondary';
        button.textContent = action.title;
        button.addEventListener('click', () => {
          applyAction(view, host, doc, action, d.code);
          view.focus();
        });
        bar.append(button);
      }
      li.append(bar);
    }
    list.append(li);
  }
  const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`];
  if (counts.info + counts.hint > 0) parts.push(`${counts.info + counts.hint} info`);
  $('counts').textContent = parts.join(', ');
  if (diagnostics.length === 0) {
    const li = document.createElement('li');
    li.className = 'no-findings';
    li.textContent = 'No findings.';
    list.append(li);
  }
  const fixAll = computeCodeActions(doc, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { only: ['source.fixAll.redis-lint'] });
  ($('fix-all') as HTMLButtonElement).disabled = !fixAll.some((a) => a.title === FIX_ALL_TITLE);
}

function relint(view: EditorView): void {
  generation++;
  view.dispatch({ effects: relintEffect.of(null) });
  forceLinting(view);
}

async function setKind(view: EditorView, kind: ModelKind): Promise<void> {
  settings.kind = kind;
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=kind]')) input.checked = input.value === kind;
  view.dispatch({ effects: languageCompartment.reconfigure(languageFor(kind)) });
  relint(view);
}

async function setTarget(view: EditorView, target: DataId): Promise<void> {
  settings.target = target;
  ($('target') as HTMLSelectElement).value = target;
  relint(view);
}

function setText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: 0 } });
}

async function applyState(view: EditorView, state: Partial<SharedState>): Promise<void> {
  if (state.kind) settings.kind = state.kind;
  if (state.target) settings.target = state.target;
  if (state.text !== undefined) setText(view, state.text);
  await setKind(view, settings.kind);
  await setTarget(view, settings.target);
}

async function loadFromFragment(view: EditorView): Promise<boolean> {
  if (!location.hash || location.hash === '#') return false;
  try {
    const state = await decodeState(location.hash);
    if (!state) return false;
    await applyState(view, state);
    return true;
  } catch (error) {
    setStatus(`The shared link is damaged: ${(error as Error).message}`, 'error');
    return false;
  }
}

function whenLinted(): Promise<void> {
  return new Promise((resolve) => lintWaiters.push(resolve));
}

// --- sharing -----------------------------------------------------------------------------------

async function shareLink(view: EditorView, includeSecrets: boolean): Promise<{ url: string; secrets: number }> {
  const text = view.state.doc.toString();
  await ensureTarget(settings.target);
  const doc = analyzeNow(text, settings.kind, settings.target);
  const spans = secretSpansOf(doc);
  const shared = includeSecrets || spans.length === 0 ? text : redactText(text, spans);
  const fragment = await encodeState({ text: shared, kind: settings.kind, target: settings.target });
  const url = new URL(location.href);
  url.hash = fragment;
  return { url: url.toString(), secrets: spans.length };
}

async function updateShareDialog(view: EditorView): Promise<void> {
  const include = ($('include-secrets') as HTMLInputElement).checked;
  const { url, secrets } = await shareLink(view, include);
  const warning = $('secret-warning');
  warning.hidden = secrets === 0;
  warning.dataset.included = String(include);
  $('secret-count').textContent = `${secrets} secret${secrets === 1 ? '' : 's'}`;
  $('secret-state').textContent = include
    ? 'They are in the link as written: anyone who gets the link (chat logs, browser history, issue trackers) can read them.'
    : 'They are replaced by **** in the link.';
  ($('share-link') as HTMLInputElement).value = url;
  $('share-bytes').textContent = `${url.length.toLocaleString('en')} characters`;
}

function setupShare(view: EditorView): void {
  const dialog = $('share-dialog') as HTMLDialogElement;
  $('share').addEventListener('click', async () => {
    ($('include-secrets') as HTMLInputElement).checked = false;
    await updateShareDialog(view);
    dialog.showModal();
    ($('share-link') as HTMLInputElement).select();
  });
  $('include-secrets').addEventListener('change', () => void updateShareDialog(view));
  $('copy-link').addEventListener('click', async () => {
    const input = $('share-link') as HTMLInputElement;
    input.select();
    try {
      await navigator.clipboard.writeText(input.value);
      $('copy-link').textContent = 'Copied';
    } catch {
      document.execCommand?.('copy');
      $('copy-link').textContent = 'Copied';
    }
    setTimeout(() => ($('copy-link').textContent = 'Copy link'), 1500);
  });
}

// --- start -------------------------------------------------------------------------------------

function fillTargets(): void {
  const select = $('target') as HTMLSelectElement;
  for (const product of ['redis', 'valkey'] as const) {
    const group = document.createElement('optgroup');
    group.label = product === 'redis' ? 'Redis' : 'Valkey';
    for (const t of KNOWN_TARGETS.filter((k) => k.product === product)) {
      const option = document.createElement('option');
      option.value = t.id;
      option.textContent = targetLabel(t);
      group.append(option);
    }
    select.append(group);
  }
  select.value = settings.target;
}

function start(): void {
  $('version').textContent = `redis-lint ${REDIS_LINT_VERSION}`;
  fillTargets();
  const view = new EditorView({
    parent: $('editor'),
    doc: '',
    extensions: [
      editorExtensions(host, settings.kind, runLint),
      EditorView.domEventHandlers({
        paste(event, v) {
          // A whole file pasted over everything: pick the kind the CLI would detect.
          const all = v.state.selection.main.from === 0 && v.state.selection.main.to === v.state.doc.length;
          const text = event.clipboardData?.getData('text/plain');
          if ((all || v.state.doc.length === 0) && text) {
            const kind = detectKind('', text);
            if (kind !== settings.kind) void setKind(v, kind);
          }
          return false;
        },
      }),
    ],
  });

  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=kind]')) {
    input.addEventListener('change', () => input.checked && void setKind(view, input.value as ModelKind));
  }
  $('target').addEventListener('change', (e) => {
    const value = (e.target as HTMLSelectElement).value;
    if (isKnownTarget(value)) void setTarget(view, value);
  });
  $('fix-all').addEventListener('click', () => {
    const doc = host.analyze(view.state.doc.toString());
    if (!doc) return;
    const action = computeCodeActions(doc, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { only: ['source.fixAll.redis-lint'] })[0];
    if (action) applyAction(view, host, doc, action);
    view.focus();
  });
  setupShare(view);
  window.addEventListener('hashchange', () => void loadFromFragment(view));

  const ready = (async () => {
    const linted = whenLinted();
    const fromLink = await loadFromFragment(view);
    if (!fromLink) {
      setText(view, SAMPLE);
      relint(view);
    }
    await linted;
  })();

  const api = {
    version: REDIS_LINT_VERSION,
    ready,
    kinds: KINDS,
    targets: KNOWN_TARGETS.map((t) => t.id),
    /** Lints any text as the page does, without touching the editor. */
    async lint(text: string, kind: ModelKind = settings.kind, target: DataId = settings.target): Promise<PlainFinding[]> {
      if (!KINDS.includes(kind)) throw new Error(`unknown kind ${kind}`);
      if (!isKnownTarget(target)) throw new Error(`unknown target ${target}`);
      const { diagnostics } = await lintText(text, kind, target);
      return plainFindings(diagnostics);
    },
    /** What the page shows now. */
    state: () => ({ text: view.state.doc.toString(), kind: settings.kind, target: settings.target, target_label: formatTarget(targetOf(settings.target)) }),
    findings: (): PlainFinding[] => (shown ? plainFindings(shown.diagnostics) : []),
    /** The findings shown are those of the editor's text with the current kind and target. */
    isCurrent: () => !!shown && shown.doc.text === view.state.doc.toString() && shown.doc.kind === settings.kind && shown.doc.target.dataId === targetOf(settings.target).dataId,
    verdict: () => shown?.doc.result.verdict,
    lintCount: () => lintCount,
    /** Resolves after the next lint of the editor's text. */
    nextLint: whenLinted,
    setText: (text: string) => setText(view, text),
    shareLink: (includeSecrets = false) => shareLink(view, includeSecrets).then((r) => r.url),
  };
  (window as unknown as { __redisLint: typeof api }).__redisLint = api;

  if ('serviceWorker' in navigator && window.isSecureContext) {
    void navigator.serviceWorker.register('sw.js').catch(() => undefined);
  }
}

start();
