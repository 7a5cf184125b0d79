// A lint result on derived text (a config taken out of YAML, a rendered template, options from
// a command line) shown on the text people wrote: findings, suppressions, the verdict and the
// model's text/lines/secrets are mapped file by file. Fixes survive only where the map is
// character for character and the edit stays on one line.

import { LineIndex, type LintModel, type Span, type Verdict } from '../model/index.js';
import type { OffsetMap } from '../model/embedded/source-map.js';
import type { Finding, Fix } from '../rules/index.js';
import type { LintResult } from './index.js';
import { secretsIn } from './redact.js';
import type { SuppressedFinding } from './suppressions.js';

export interface FileView {
  /** The file name in the model (what was linted). */
  readonly derivedFile: string;
  /** The file people see. */
  readonly displayFile: string;
  readonly displayText: string;
  /** Derived offsets → display offsets. */
  readonly map: OffsetMap;
  /** Keep fixes that map exactly (default false: embedded text whose edits need re-indenting). */
  readonly fixes?: boolean;
}

export interface Location {
  readonly file: string;
  readonly span: Span;
}

export class Remapper {
  private readonly byDerived = new Map<string, FileView>();
  private readonly displayTexts = new Map<string, string>();
  private readonly displayLines = new Map<string, LineIndex>();

  /** `displays`: more files people see (a manifest whose own spans some findings use). */
  constructor(views: readonly FileView[], displays: ReadonlyMap<string, string> = new Map()) {
    for (const [file, text] of displays) this.displayTexts.set(file, text);
    for (const view of views) {
      this.byDerived.set(view.derivedFile, view);
      this.displayTexts.set(view.displayFile, view.displayText);
    }
  }

  get empty(): boolean {
    return this.byDerived.size === 0 && this.displayTexts.size === 0;
  }

  location(file: string, span: Span): Location {
    const view = this.byDerived.get(file);
    return view ? { file: view.displayFile, span: view.map.toOriginal(span) } : { file, span };
  }

  private fix(file: string, fix: Fix): Fix | undefined {
    const view = this.byDerived.get(file);
    if (!view) return fix;
    if (!view.fixes) return undefined;
    const edits = [];
    for (const edit of fix.edits) {
      if (!view.map.isExact(edit.span) || edit.newText.includes('\n')) return undefined;
      edits.push({ ...edit, span: view.map.toOriginal(edit.span) });
    }
    return { ...fix, edits };
  }

  /** The display line (1-based) of a derived file's line. */
  private displayLine(view: FileView, derivedLine: number, inner: LintModel): number {
    const lines = inner.lines(view.derivedFile);
    const start = lines ? lines.lineStart(derivedLine - 1) : 0;
    const at = view.map.toOriginal({ start, end: start });
    return (this.lines(view.displayFile)?.lineOf(at.start) ?? 0) + 1;
  }

  /**
   * Positions rules wrote into a message (`other.conf:12`, `line 12` of the main file) in
   * display terms. Derived file names are unique, so only positions the model made are touched.
   */
  message(text: string, inner: LintModel): string {
    let out = text;
    for (const view of this.byDerived.values()) {
      if (view.derivedFile === view.displayFile && view.derivedFile !== inner.mainFile) continue;
      if (out.includes(`${view.derivedFile}:`)) {
        out = out.split(new RegExp(`${view.derivedFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+)`)).map((part, i) => (i % 2 === 1 ? `${view.displayFile}:${this.displayLine(view, Number(part), inner)}` : part)).join('');
      }
    }
    const main = this.byDerived.get(inner.mainFile);
    if (main) {
      out = out.replace(/\b(line|lines) (\d+)\b/g, (_all, word: string, n: string) => `${word} ${this.displayLine(main, Number(n), inner)}`);
    }
    return out;
  }

  finding(finding: Finding, inner?: LintModel): Finding {
    const at = this.location(finding.file, finding.span);
    const fix = finding.fix ? this.fix(finding.file, finding.fix) : undefined;
    const { fix: _drop, ...rest } = finding;
    return {
      ...rest,
      ...(inner ? { message: this.message(finding.message, inner) } : {}),
      file: at.file,
      span: at.span,
      ...(fix ? { fix } : {}),
      ...(finding.related ? { related: finding.related.map((r) => ({ ...r, ...this.location(r.file, r.span) })) } : {}),
    };
  }

  private lines(file: string): LineIndex | undefined {
    let lines = this.displayLines.get(file);
    if (!lines) {
      const text = this.displayTexts.get(file);
      if (text === undefined) return undefined;
      lines = new LineIndex(text);
      this.displayLines.set(file, lines);
    }
    return lines;
  }

  verdict(verdict: Verdict, model: LintModel): Verdict {
    if (!verdict.file || !this.byDerived.has(verdict.file)) return verdict;
    const view = this.byDerived.get(verdict.file);
    if (!view) return verdict;
    if (verdict.line === undefined) return { ...verdict, file: view.displayFile };
    const derivedLines = model.lines(verdict.file);
    const start = derivedLines ? derivedLines.lineStart(verdict.line - 1) : 0;
    const at = view.map.toOriginal({ start, end: start });
    const line = (this.lines(view.displayFile)?.lineOf(at.start) ?? 0) + 1;
    return { ...verdict, file: view.displayFile, line };
  }

  /** The model as seen through the views: display text, lines and secrets for display files. */
  model(inner: LintModel, extraSecrets: ReadonlyMap<string, readonly Span[]> = new Map()): LintModel {
    const secrets = new Map<string, Span[]>();
    for (const [file, spans] of extraSecrets) secrets.set(file, [...spans]);
    for (const view of this.byDerived.values()) {
      const list = secrets.get(view.displayFile) ?? [];
      for (const span of secretsIn(inner, view.derivedFile)) list.push(view.map.toOriginal(span));
      secrets.set(view.displayFile, list);
    }
    const mainView = this.byDerived.get(inner.mainFile);
    const innerSecrets = inner.secretSpans;
    return {
      ...inner,
      mainFile: mainView ? mainView.displayFile : inner.mainFile,
      verdict: this.verdict(inner.verdict, inner),
      lines: (file) => this.lines(file) ?? inner.lines(file),
      text: (file) => this.displayTexts.get(file) ?? inner.text(file),
      secretSpans: (file) => secrets.get(file) ?? innerSecrets?.(file),
    };
  }

  /** Secret spans of the display files (mapped), for merging several results on one file. */
  secrets(inner: LintModel): Map<string, Span[]> {
    const out = new Map<string, Span[]>();
    for (const view of this.byDerived.values()) {
      const list = out.get(view.displayFile) ?? [];
      for (const span of secretsIn(inner, view.derivedFile)) list.push(view.map.toOriginal(span));
      out.set(view.displayFile, list);
    }
    return out;
  }

  result(result: LintResult, extraSecrets?: ReadonlyMap<string, readonly Span[]>): LintResult {
    const model = this.model(result.model, extraSecrets);
    const findings = result.findings.map((f) => this.finding(f, result.model));
    const suppressed: SuppressedFinding[] = result.suppressed.map((f) => ({
      ...this.finding(f, result.model),
      suppressed: { ...f.suppressed, ...this.location(f.suppressed.file, f.suppressed.span) },
    }));
    return { ...result, model, findings, suppressed, verdict: model.verdict };
  }
}

/** `result` shown through `views`. */
export function mapLintResult(result: LintResult, views: readonly FileView[], extraSecrets?: ReadonlyMap<string, readonly Span[]>): LintResult {
  const remapper = new Remapper(views);
  return remapper.empty ? result : remapper.result(result, extraSecrets);
}
