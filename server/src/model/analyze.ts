// The one entry point from text to meaning: parse, load as Redis would, and collect problems.

import { LineIndex, parseAcl } from '../../../grammar/src/index.js';
import type { AclDocument } from '../../../grammar/src/index.js';
import type { Target } from '../knowledge/targets.js';
import { aclContext, loadAclFile, type AclFileResult } from './acl/index.js';
import { aclFileProblems } from './acl-file-problems.js';
import { catalogFor } from './config/catalog.js';
import type { EffectiveConfig, SourceFile } from './config/effective.js';
import { loadConfig } from './config/load.js';
import { NO_FILES, type FileAccess } from './files/access.js';
import type { Problem, Verdict } from './problems.js';
import { computeVerdict } from './verdict.js';
import type { Deployment } from './embedded/deployment.js';
import { TemplateTracker } from './template/tracker.js';
import type { TemplateSyntax } from './template/placeholders.js';

export type ModelKind = 'conf' | 'sentinel' | 'acl';

export interface AnalyzeInput {
  readonly text: string;
  /** Absolute path, or a display name for text without a file. */
  readonly file: string;
  readonly kind: ModelKind;
  readonly target: Target;
  readonly files?: FileAccess;
  readonly root?: string;
  /** Template placeholder syntaxes to recognise (default: all; `false` or `[]`: none). */
  readonly templates?: readonly TemplateSyntax[] | false;
  /** Command-line options after the file (`buildCommandLine` in embedded/command-line.ts). */
  readonly commandLine?: { readonly file: string; readonly text: string };
  /** Where the config runs, when known (a container in a Kubernetes manifest or a Compose file). */
  readonly deployment?: Deployment;
}

/** Everything rules read: never the raw text alone. */
export interface LintModel {
  readonly kind: ModelKind;
  readonly target: Target;
  readonly mainFile: string;
  /** Present for conf and sentinel files. */
  readonly config?: EffectiveConfig;
  /** Present for ACL files. */
  readonly acl?: { readonly doc: AclDocument; readonly lines: LineIndex; readonly result: AclFileResult };
  readonly problems: readonly Problem[];
  readonly verdict: Verdict;
  /** Where the config runs, when known (container rules read it). */
  readonly deployment?: Deployment;
  /**
   * Secret spans of a file when the model was mapped onto other text (embedded configs,
   * rendered templates: linter/mapped.ts); otherwise undefined and the parsed files tell.
   */
  readonly secretSpans?: (file: string) => import('../../../grammar/src/index.js').Span[] | undefined;
  /** Line index of any file involved (the main file and included ones). */
  lines(file: string): LineIndex | undefined;
  text(file: string): string | undefined;
}

/** Newlines Redis never saw: they were dropped with the rest of a chunk after a NUL byte. */
function droppedNewlinesBefore(source: SourceFile, offset: number): number {
  let count = 0;
  for (const problem of source.doc.problems) {
    if (problem.code !== 'nul-dropped' || problem.span.start >= offset) continue;
    const end = Math.min(problem.span.end, offset);
    for (let at = source.text.indexOf('\n', problem.span.start); at !== -1 && at < end; at = source.text.indexOf('\n', at + 1)) count++;
  }
  return count;
}

export function analyze(input: AnalyzeInput): LintModel {
  const files = input.files ?? NO_FILES;
  if (input.kind === 'acl') {
    const doc = parseAcl(input.text);
    const lines = new LineIndex(input.text);
    const aclFile = loadAclFile(aclContext(input.target.dataId), doc.lines, { fileName: input.file });
    const problems = aclFileProblems(aclFile, input.file);
    const byFile = (file: string) => (file === input.file ? lines : undefined);
    const redisLineOf = (file: string, offset: number) => (file === input.file ? lines.lineOf(offset) + 1 : undefined);
    return {
      ...(input.deployment ? { deployment: input.deployment } : {}),
      kind: 'acl', target: input.target, mainFile: input.file, acl: { doc, lines, result: aclFile }, problems,
      verdict: computeVerdict(problems, redisLineOf),
      lines: byFile,
      text: (file) => (file === input.file ? input.text : undefined),
    };
  }
  const catalog = catalogFor(input.target);
  const templates = input.templates === false || input.templates?.length === 0 ? undefined : new TemplateTracker(input.templates);
  const loadInput = {
    text: input.text, file: input.file, kind: input.kind, catalog, files,
    ...(input.root === undefined ? {} : { root: input.root }),
    ...(input.commandLine ? { commandLine: input.commandLine } : {}),
    aclContext: aclContext(input.target.dataId),
  };
  const { config, problems } = loadConfig({ ...loadInput, ...(templates ? { templates } : {}) });
  // With placeholders the model reads their values as unknown; the verdict stays that of the
  // text as written (what Redis would do with the unrendered file), so it is read once more.
  const verdictProblems = templates?.found ? loadConfig(loadInput).problems : problems;
  const linesOf = (file: string) => config.source(file)?.lines ?? (config.aclFile?.path === file ? config.aclFile.lines : undefined);
  const redisLineOf = (file: string, offset: number) => {
    const source = config.source(file);
    if (!source && config.aclFile?.path === file) return config.aclFile.lines.lineOf(offset) + 1;
    return source ? source.lines.lineOf(offset) + 1 - droppedNewlinesBefore(source, offset) : undefined;
  };
  return {
    ...(input.deployment ? { deployment: input.deployment } : {}),
    kind: input.kind, target: input.target, mainFile: input.file, config, problems,
    verdict: computeVerdict(verdictProblems, redisLineOf),
    lines: linesOf,
    text: (file) => config.source(file)?.text ?? (config.aclFile?.path === file ? config.aclFile.text : undefined),
  };
}
