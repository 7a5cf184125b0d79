// One editor document, linted: the text, the linter's result and what every feature needs to
// map offsets to positions. Features take an AnalyzedDocument and return plain LSP-shaped data.

import type { FileSettings } from '../linter/config-file.js';
import { lint, secretsIn, type LintOptions, type LintResult } from '../linter/index.js';
import { parseTarget, type AclLine, type ConfDocument, type FileAccess, type LineIndex, type ModelKind, type Span, type Target } from '../model/index.js';
import { documentKind } from './kind.js';
import { DEFAULT_SETTINGS, type ResolvedSettings } from './settings.js';
import type { Position, Range } from './types.js';
import { uriToPath } from './uri.js';

/** A directive, comment or invalid line of a conf/sentinel file. */
export type ConfLine = ConfDocument['lines'][number];

export interface DocumentInput {
  readonly uri: string;
  readonly text: string;
  readonly version?: number;
  /** The editor's language id (`redis-conf`, `redis-sentinel`, `redis-acl`), if any. */
  readonly languageId?: string;
  /** Overrides detection. */
  readonly kind?: ModelKind;
  readonly settings?: ResolvedSettings;
  /** Overrides `settings.target` (an ACL file linted with the target of the redis.conf naming it). */
  readonly target?: Target;
  /** Included files, aclfile, TLS files… (default: nothing exists). */
  readonly files?: FileAccess;
  /** What the project's `.redis-lint.json` says for this file (it wins over `settings`). */
  readonly project?: FileSettings;
}

export interface AnalyzedDocument {
  readonly uri: string;
  /** Path of the document (`file:` URIs) or the URI itself. */
  readonly file: string;
  readonly text: string;
  readonly version: number;
  readonly kind: ModelKind;
  readonly target: Target;
  readonly settings: ResolvedSettings;
  readonly result: LintResult;
  /** The project's config file ignores this file: no diagnostics. */
  readonly ignored: boolean;
  readonly lines: LineIndex;
  /** The file's line ending, for inserted lines. */
  readonly eol: '\n' | '\r\n';
}

export function analyzeDocument(input: DocumentInput): AnalyzedDocument {
  const file = uriToPath(input.uri);
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const project = input.project;
  const kind = input.kind ?? project?.kind ?? documentKind(file, input.text, input.languageId);
  const projectTarget = project?.redisVersion ? parseTarget(project.redisVersion) : undefined;
  const target = input.target ?? (projectTarget?.ok ? projectTarget.target : settings.target);
  const options: LintOptions = {
    ...(project?.lintOptions ?? {}),
    rules: { ...settings.rules, ...(project?.lintOptions.rules ?? {}) },
  };
  const result = lint({ text: input.text, file, kind, target, ...(input.files ? { files: input.files } : {}) }, options);
  const lines = result.model.lines(file)!;
  const firstNewline = input.text.indexOf('\n');
  const eol = firstNewline > 0 && input.text.charCodeAt(firstNewline - 1) === 0x0d ? '\r\n' : '\n';
  return { uri: input.uri, file, text: input.text, version: input.version ?? 0, kind, target, settings, result, ignored: project?.ignored === true, lines, eol };
}

export function toPosition(lines: LineIndex, offset: number): Position {
  return lines.position(offset);
}

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.position(span.start), end: lines.position(span.end) };
}

export function toSpan(lines: LineIndex, range: Range): Span {
  return { start: lines.offset(range.start), end: lines.offset(range.end) };
}

/** The parsed conf/sentinel text of the document itself (not its includes). */
export function confDocument(doc: AnalyzedDocument): ConfDocument | undefined {
  return doc.result.model.config?.source(doc.file)?.doc;
}

/** The conf line (directive, comment or invalid line) on 0-based `line`, if any. */
export function confLineAt(conf: ConfDocument, line: number): ConfLine | undefined {
  return findByLine(conf.lines, line);
}

export function aclLineAt(doc: AnalyzedDocument, line: number): AclLine | undefined {
  const acl = doc.result.model.acl;
  return acl ? findByLine(acl.doc.lines, line) : undefined;
}

function findByLine<T extends { readonly line: number }>(items: readonly T[], line: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = items[mid].line;
    if (at === line) return items[mid];
    if (at < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Secret spans of the document's own text. */
export function documentSecrets(doc: AnalyzedDocument): Span[] {
  return secretsIn(doc.result.model, doc.file);
}

/** The span of text covered by a 0-based line, without its line terminator (`\r` excluded). */
export function lineContent(doc: AnalyzedDocument, line: number): Span {
  const start = doc.lines.lineStart(line);
  let end = doc.lines.lineEnd(line);
  if (end > start && doc.text.charCodeAt(end - 1) === 0x0d) end--;
  return { start, end };
}

export function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}
