// Version fixtures (test/versions/fixtures/*.json): what one real redis-server / valkey-server
// release did with each case. scripts/oracle-fixtures.ts records them from a live binary;
// fixtures.test.ts replays the cases through the engine with that release as the target.
// A case is stored compactly: inline text, or a corpus file (checked by sha256) with an edit.

import '../support/knowledge.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkConfig } from '../../server/src/linter/index.js';
import { decodeText } from '../../server/src/model/index.js';
import { CORPUS_DIR, machineDependentRefusal, virtualFiles, type OracleCase, type Verdict } from '../oracle/harness.js';

export type FileRef = string | { readonly corpus: string; readonly sha256: string };

export interface FixtureCase {
  readonly id: string;
  readonly kind: 'conf' | 'sentinel';
  /** `corpus`, `config-case`, `mutation:<stratum>`, `version:<stratum>`, `config-get`. */
  readonly stratum: string;
  readonly text?: string;
  readonly corpus?: string;
  readonly sha256?: string;
  /** Lines of the corpus file replaced: 1-based `at`, `remove` lines, `insert` in their place. */
  readonly edit?: { readonly at: number; readonly remove: number; readonly insert: readonly string[] };
  /** Applied after the edit: every `\n` (or `\r\n`) becomes this line ending. */
  readonly lineEnding?: '\r\n' | '\r';
  readonly extraFiles?: Readonly<Record<string, FileRef>>;
  /** Given to the server as is, with nothing prepared (config-cases.jsonl was recorded that way). */
  readonly asIs?: true;
  // The server's verdict: refused = does not load, or does not start.
  readonly accepted: boolean;
  readonly phase?: 'load' | 'startup';
  /** File of the failing line when it is not test.conf (an included file). */
  readonly file?: string;
  readonly line?: number;
  readonly reason: string;
  /** Startup was not checked (no private network here for a config that names peers). */
  readonly startupSkipped?: true;
}

export interface FixtureFile {
  readonly about: string;
  readonly server: { readonly product: 'redis' | 'valkey'; readonly version: string; readonly versionOutput: string; readonly build: string };
  /** What to give `checkConfig` as `target`. */
  readonly target: string;
  readonly generator: { readonly command: string; readonly mutationSeed: number };
  /** `CONFIG GET *` of the server started with no config file: its built-in defaults. */
  readonly configGet: Readonly<Record<string, string>>;
  readonly cases: readonly FixtureCase[];
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

const corpusCache = new Map<string, Buffer>();

function corpusBytes(file: string, hash: string): Buffer {
  let bytes = corpusCache.get(file);
  if (!bytes) corpusCache.set(file, (bytes = readFileSync(path.join(CORPUS_DIR, file))));
  if (sha256(bytes) !== hash) throw new Error(`corpus file ${file} changed (sha256 differs from the fixture); re-create the fixtures`);
  return bytes;
}

function resolveRef(ref: FileRef): string | Uint8Array {
  return typeof ref === 'string' ? ref : corpusBytes(ref.corpus, ref.sha256);
}

/** The text given to the server. Corpus files are kept as bytes unless edited. */
export function caseText(c: Pick<FixtureCase, 'text' | 'corpus' | 'sha256' | 'edit' | 'lineEnding'>): string | Uint8Array {
  if (c.text !== undefined) return c.text;
  if (!c.corpus || !c.sha256) throw new Error('fixture case without text or corpus');
  const bytes = corpusBytes(c.corpus, c.sha256);
  if (!c.edit && !c.lineEnding) return bytes;
  let text = bytes.toString('utf8');
  if (c.edit) {
    const lines = text.split('\n');
    lines.splice(c.edit.at - 1, c.edit.remove, ...c.edit.insert);
    text = lines.join('\n');
  }
  return c.lineEnding ? text.replace(/\r?\n/g, c.lineEnding) : text;
}

/** The smallest edit that turns `base` into `text` (common leading and trailing lines kept). */
export function lineEdit(base: string, text: string): { at: number; remove: number; insert: string[] } {
  const a = base.split('\n');
  const b = text.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { at: head + 1, remove: a.length - head - tail, insert: b.slice(head, b.length - tail) };
}

export function oracleCase(c: FixtureCase): OracleCase {
  const extraFiles = c.extraFiles && Object.fromEntries(Object.entries(c.extraFiles).map(([k, v]) => [k, resolveRef(v)]));
  return { id: c.id, kind: c.kind, text: caseText(c), ...(extraFiles ? { extraFiles } : {}) };
}

export function serverVerdict(c: FixtureCase): Verdict {
  if (c.accepted) return { accepted: true, reason: '' };
  return {
    accepted: false, reason: c.reason, ...(c.phase ? { phase: c.phase } : {}),
    ...(c.file !== undefined ? { file: c.file } : {}), ...(c.line !== undefined ? { line: c.line } : {}),
  };
}

/** Our verdict for the case on `target`, `file` mapped back to the case's file names. */
export function engineVerdictFor(c: OracleCase, target: string): Verdict {
  const { files, keyOf, mainPath } = virtualFiles(c);
  const text = typeof c.text === 'string' ? c.text : decodeText(c.text);
  const v = checkConfig({ text, filePath: mainPath, kind: c.kind, target, files }).verdict;
  if (v.accepted) return { accepted: true, reason: '' };
  const file = v.file === undefined ? undefined : keyOf(v.file) ?? v.file;
  return {
    accepted: false, reason: v.reason, ...(v.phase === 'load' || v.phase === 'startup' ? { phase: v.phase } : {}),
    ...(file !== undefined ? { file } : {}), ...(v.line !== undefined ? { line: v.line } : {}),
  };
}

const MACHINE_REASONS = [
  /^Can't chdir to '.+': No such file or directory$/, // 6.x `dir`, logged without a line
  /^Failed to configure LOCALE for invalid locale name\.$/, // 7.2+ `locale-collate`: the locales installed there
  /^Failed opening Unix socket: getgrnam error for group /, // Valkey 8 `unixsocketgroup`: the groups there
];

/**
 * A refusal that is about the machine that ran the server, not the file (DESIGN.md: the linter
 * only warns about paths and never knows the server's locales or groups).
 */
export function machineDependent(v: Verdict, text: string | Uint8Array): boolean {
  return machineDependentRefusal(v, text) || (!v.accepted && MACHINE_REASONS.some((re) => re.test(v.reason)));
}
