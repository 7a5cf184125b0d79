// `--define VAR=VALUE` and `PATH… -- REDIS-SERVER-ARGS…`: what the command line adds to a
// linted document. Defines render the template before linting; server arguments become the
// config text redis-server's main() appends to the file (a `<command line>` pseudo-file with
// its own text, so findings point at the argument). Results are mapped back to what was written.

import { lintModel, type LintOptions, type LintResult } from '../linter/index.js';
import { Remapper, type FileView } from '../linter/mapped.js';
import { buildCommandLine, displayArgs } from '../model/embedded/command-line.js';
import type { Deployment } from '../model/embedded/deployment.js';
import { analyze, type FileAccess, type LintModel, type ModelKind, type Target } from '../model/index.js';
import { parseDefine, renderTemplate } from '../model/template/render.js';
import { UsageError } from './discover.js';

/** The pseudo-file findings on command-line options belong to. */
export const COMMAND_LINE_FILE = '<command line>';

export type Defines = ReadonlyArray<readonly [string, string]>;

/** Splits `redis-lint … -- --port 6380` into our arguments and redis-server's. */
export function splitServerArgs(argv: readonly string[]): { argv: string[]; serverArgs: string[] } {
  const at = argv.indexOf('--');
  return at === -1 ? { argv: [...argv], serverArgs: [] } : { argv: argv.slice(0, at), serverArgs: argv.slice(at + 1) };
}

/** `--define` values as name/value pairs (the last definition of a name wins). */
export function parseDefines(values: readonly string[]): Defines {
  const out = new Map<string, string>();
  for (const text of values) {
    const parsed = parseDefine(text);
    if (!parsed) throw new UsageError(`--define needs VAR=VALUE with a variable name (got '${text}')`);
    out.set(parsed.name, parsed.value);
  }
  return [...out];
}

export interface DocumentInput {
  readonly text: string;
  readonly file: string;
  readonly kind: ModelKind;
  readonly target: Target;
  readonly files: FileAccess;
  readonly root?: string;
  readonly deployment?: Deployment;
}

export interface DocumentExtras {
  readonly defines?: Defines;
  /** Arguments after the config file, as redis-server gets them. */
  readonly serverArgs?: readonly string[];
}

/** Whether the task needs lintDocument (defines or server arguments). */
export function hasExtras(extras: DocumentExtras): boolean {
  return (extras.defines?.length ?? 0) > 0 || (extras.serverArgs?.length ?? 0) > 0;
}

/** The kind redis-server runs the file as: `--sentinel` among the server arguments makes it Sentinel. */
export function kindWithArgs(kind: ModelKind, serverArgs: readonly string[] | undefined): ModelKind {
  return kind === 'conf' && serverArgs?.includes('--sentinel') ? 'sentinel' : kind;
}

/**
 * Lints a document with its defines and server arguments; positions are those of the written
 * text. `prepare` runs on the model before the rules (the CLI loads optional rule data there).
 */
export function lintDocument(input: DocumentInput, options: LintOptions, extras: DocumentExtras, prepare?: (model: LintModel) => void): { result: LintResult; kind: ModelKind; remapper: Remapper } {
  const defines = new Map(extras.defines ?? []);
  const views: FileView[] = [];
  let text = input.text;
  let files = input.files;
  if (defines.size > 0) {
    const rendered = renderTemplate(input.text, defines);
    if (rendered.used.size > 0) {
      text = rendered.text;
      views.push({ derivedFile: input.file, displayFile: input.file, displayText: input.text, map: rendered.map, fixes: true });
    }
    // Included files are rendered with the same values (the deployment renders them together).
    const base = input.files;
    files = {
      ...base,
      read(path) {
        const read = base.read(path);
        if ('error' in read) return read;
        const r = renderTemplate(read.text, defines);
        if (r.used.size === 0) return read;
        views.push({ derivedFile: path, displayFile: path, displayText: read.text, map: r.map, fixes: true });
        return { text: r.text };
      },
    };
  }
  let kind = input.kind;
  let commandLine: { file: string; text: string } | undefined;
  const serverArgs = extras.serverArgs ?? [];
  if (serverArgs.length > 0 && kind !== 'acl') {
    const display = displayArgs(serverArgs);
    const built = buildCommandLine(display.args);
    if (built.sentinel && kind === 'conf') kind = 'sentinel';
    commandLine = { file: COMMAND_LINE_FILE, text: built.text };
    views.push({ derivedFile: COMMAND_LINE_FILE, displayFile: COMMAND_LINE_FILE, displayText: display.text, map: built.map });
  }
  const model = analyze({
    text, file: input.file, kind, target: input.target, files,
    ...(input.root ? { root: input.root } : {}),
    ...(commandLine ? { commandLine } : {}),
    ...(input.deployment ? { deployment: input.deployment } : {}),
  });
  prepare?.(model);
  const result = lintModel(model, options);
  const remapper = new Remapper(views);
  return { result: remapper.empty ? result : remapper.result(result), kind, remapper };
}
