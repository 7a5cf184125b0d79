// What the oracle suites and `npm run oracle` share: running our engine on exactly the files the
// real server sees, turning a redis-server run into an expected verdict, comparing the two, and
// the known-divergence list.

import '../support/knowledge.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkConfig } from '../../server/src/linter/index.js';
import { decodeText, type FileAccess } from '../../server/src/model/index.js';
import { CASE_DIR, MAIN_FILE, type RedisResult, type ServerKind } from '../support/redis-server.js';

export const SHARED_DIR = process.env.REDIS_LINT_SHARED ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
export const TARGET = 'redis-7.0';

export interface OracleCase {
  /** Stable id: `corpus:conf/x.conf`, `config-case:12`, `mutation:<hash>`, `file:<path>`. */
  readonly id: string;
  readonly kind: ServerKind;
  readonly text: string | Uint8Array;
  /** Relative names sit next to test.conf; absolute names are at that path on the server. */
  readonly extraFiles?: Readonly<Record<string, string | Uint8Array>>;
}

/** A verdict in the terms both sides share. `file` is `test.conf` or an extraFiles key. */
export interface Verdict {
  readonly accepted: boolean;
  readonly phase?: 'load' | 'startup';
  readonly file?: string;
  readonly line?: number;
  readonly reason: string;
}

export function caseHash(kind: string, text: string | Uint8Array, extraFiles?: Readonly<Record<string, string | Uint8Array>>): string {
  const h = createHash('sha256').update(kind).update('\0').update(text);
  for (const [k, v] of Object.entries(extraFiles ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) h.update('\0').update(k).update('\0').update(v);
  return h.digest('hex').slice(0, 12);
}

function innerPath(name: string): string {
  return path.posix.isAbsolute(name) ? path.posix.normalize(name) : path.posix.join(CASE_DIR, name);
}

function bytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

function globRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[' && pattern.indexOf(']', i + 2) !== -1) {
      const end = pattern.indexOf(']', i + 2);
      const body = pattern.slice(i + 1, end);
      re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
      i = end;
    } else re += c.replace(/[.+^${}()|\\[\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * The file system the engine sees: the same files the server gets (test.conf in CASE_DIR and
 * the extra files), nothing else.
 */
export function virtualFiles(c: OracleCase): { files: FileAccess; keyOf: (file: string) => string | undefined; mainPath: string } {
  const mainPath = path.posix.join(CASE_DIR, MAIN_FILE);
  const contents = new Map<string, string>([[mainPath, decodeText(bytes(c.text))]]);
  const keys = new Map<string, string>([[mainPath, MAIN_FILE]]);
  for (const [name, data] of Object.entries(c.extraFiles ?? {})) {
    contents.set(innerPath(name), decodeText(bytes(data)));
    keys.set(innerPath(name), name);
  }
  const dirs = new Set<string>(['/']);
  for (const p of [...contents.keys(), path.posix.join(CASE_DIR, 'x')]) {
    for (let d = path.posix.dirname(p); d !== '/'; d = path.posix.dirname(d)) dirs.add(d);
  }
  const files: FileAccess = {
    read: (p) => {
      const text = contents.get(path.posix.normalize(p));
      if (text !== undefined) return { text };
      return { error: dirs.has(path.posix.normalize(p)) ? 'Is a directory' : 'No such file or directory' };
    },
    stat: (p) => (contents.has(path.posix.normalize(p)) ? 'file' : dirs.has(path.posix.normalize(p)) ? 'directory' : undefined),
    glob: (pattern) => {
      const re = globRegExp(pattern);
      return [...contents.keys()].filter((k) => re.test(k)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    },
    realpath: (p) => path.posix.normalize(p),
  };
  return { files, keyOf: (file) => keys.get(path.posix.normalize(file)) ?? (file === MAIN_FILE ? MAIN_FILE : undefined), mainPath };
}

/** Our prediction for the case, with `file` mapped back to its key. */
export function engineVerdict(c: OracleCase): Verdict {
  const { files, keyOf, mainPath } = virtualFiles(c);
  const result = checkConfig({ text: decodeText(bytes(c.text)), filePath: mainPath, kind: c.kind, target: TARGET, files });
  const v = result.verdict;
  if (v.accepted) return { accepted: true, reason: '' };
  const file = v.file === undefined ? undefined : keyOf(v.file) ?? v.file;
  return {
    accepted: false, reason: v.reason, ...(v.phase === 'load' || v.phase === 'startup' ? { phase: v.phase } : {}),
    ...(file !== undefined ? { file } : {}), ...(v.line !== undefined ? { line: v.line } : {}),
  };
}

export function verdictOfRedis(r: RedisResult): Verdict {
  if (r.accepted) return { accepted: true, reason: '' };
  return {
    accepted: false, reason: r.reason, ...(r.phase ? { phase: r.phase } : {}),
    ...(r.file !== undefined ? { file: r.file } : {}), ...(r.line !== undefined ? { line: r.fileLine ?? r.line } : {}),
  };
}

/**
 * Same verdict, and for a refusal where Redis names a line, the same first failing line (and
 * file, when Redis's echo tells which file it is).
 */
export function sameVerdict(redis: Verdict, ours: Verdict): boolean {
  if (redis.accepted !== ours.accepted) return false;
  if (redis.accepted || redis.line === undefined) return true;
  if (ours.line !== redis.line) return false;
  return redis.file === undefined || (ours.file ?? MAIN_FILE) === redis.file;
}

export function describe(v: Verdict): string {
  if (v.accepted) return 'accepted';
  const where = v.line !== undefined ? ` at ${v.file && v.file !== MAIN_FILE ? `${v.file}:` : 'line '}${v.line}` : '';
  return `refused${v.phase ? ` (${v.phase})` : ''}${where}: ${v.reason}`;
}

/** A line of a text, for reports. */
export function lineOf(text: string | Uint8Array, line: number | undefined): string | undefined {
  if (line === undefined) return undefined;
  return decodeText(bytes(text)).split('\n')[line - 1];
}

// ---------------------------------------------------------------------------------------------
// Known divergences (test/oracle/divergences.json)

export interface Divergence {
  readonly id: string;
  /** The case, for people: the text or the mutated line. */
  readonly case: string;
  readonly redis: { readonly accepted: boolean; readonly line?: number; readonly reason: string };
  readonly ours: { readonly accepted: boolean; readonly line?: number; readonly reason?: string };
  readonly why: string;
  readonly evidence: string;
}

export function loadDivergences(): Divergence[] {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'divergences.json');
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as { divergences: Divergence[] };
  return data.divergences;
}

/** Does this observed pair still look exactly like the listed divergence? */
export function stillDiverges(d: Divergence, redis: Verdict, ours: Verdict): boolean {
  const matches = (want: { accepted: boolean; line?: number }, got: Verdict) => want.accepted === got.accepted && (want.line === undefined || want.line === got.line);
  return !sameVerdict(redis, ours) && matches(d.redis, redis) && matches(d.ours, ours);
}

// ---------------------------------------------------------------------------------------------
// Causes that belong to the test machine, not to the file

/**
 * A refusal caused by a path missing on the machine that ran Redis (a `dir` that does not
 * exist, a log directory, an include, a module, an ACL file). DESIGN.md: what depends on the
 * machine is never fatal for the linter (a warning says so), so such a verdict is not the
 * file's verdict. Empty paths (`dir ""`, `include ""`) fail everywhere and are not listed here.
 */
export function machineDependentRefusal(v: Verdict, text: string | Uint8Array): boolean {
  if (v.accepted) return false;
  if (/^Fatal error, can't open config file '.+': No such file or directory$/.test(v.reason)) return true;
  if (/^Can't open the log file: No such file or directory$/.test(v.reason)) return true;
  if (/^Can't load module from /.test(v.reason)) return true;
  if (/^Error loading ACLs, opening file /.test(v.reason)) return true;
  if (v.reason === 'No such file or directory' && v.line !== undefined) {
    const line = lineOf(text, v.line)?.trim() ?? '';
    return /^dir\s+\S/i.test(line) && !/^dir\s+(""|'')\s*$/i.test(line);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Judging many cases at once

export interface Judged {
  readonly id: string;
  readonly label: string;
  readonly redis: Verdict;
  readonly ours: Verdict;
  readonly agree: boolean;
  /** Listed in divergences.json (and still diverging as listed). */
  readonly known: boolean;
}

export interface Judgement {
  readonly checked: number;
  readonly judged: readonly Judged[];
  /** Disagreements not listed as known divergences. */
  readonly disagreements: readonly string[];
  /** Listed divergences that no longer diverge as listed. */
  readonly stale: readonly string[];
  /** Listed divergences of this suite (ids with one of the prefixes). */
  readonly listed: number;
}

export function formatJudged(j: Pick<Judged, 'id' | 'label' | 'redis' | 'ours'>): string {
  return `${j.id}\n    case:  ${j.label}\n    redis: ${describe(j.redis)}\n    ours:  ${describe(j.ours)}`;
}

/**
 * Compares our verdict with Redis's on every case. `prefixes` name the divergence ids this
 * suite owns: a listed divergence of the suite that was not seen, or no longer diverges as
 * listed, is reported as stale.
 */
export function judge(items: readonly { c: OracleCase; redis: Verdict; label: string }[], prefixes: readonly string[], divergences: readonly Divergence[] = loadDivergences()): Judgement {
  const listed = divergences.filter((d) => prefixes.some((p) => d.id.startsWith(p)));
  const byId = new Map(listed.map((d) => [d.id, d]));
  const judged: Judged[] = [];
  const disagreements: string[] = [];
  const stale: string[] = [];
  const seen = new Set<string>();
  for (const { c, redis, label } of items) {
    let ours: Verdict;
    try {
      ours = engineVerdict(c);
    } catch (error) {
      ours = { accepted: false, reason: `engine threw: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(error)}` };
    }
    const agree = sameVerdict(redis, ours);
    const d = byId.get(c.id);
    seen.add(c.id);
    let known = false;
    if (d) {
      if (stillDiverges(d, redis, ours)) known = true;
      else stale.push(`${formatJudged({ id: c.id, label, redis, ours })}\n    listed: redis ${JSON.stringify(d.redis)}, ours ${JSON.stringify(d.ours)} — no longer diverges as listed; update divergences.json`);
    }
    if (!agree && !known) disagreements.push(formatJudged({ id: c.id, label, redis, ours }));
    judged.push({ id: c.id, label, redis, ours, agree, known });
  }
  for (const d of listed) if (!seen.has(d.id)) stale.push(`${d.id}: listed in divergences.json but no such case was checked`);
  return { checked: items.length, judged, disagreements, stale, listed: listed.length };
}
