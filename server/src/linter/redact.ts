// The one redaction step every output goes through (DESIGN.md "Secrets").

import { secretSpans, WORK, type LintModel, type Span } from '../model/index.js';

export const MASK = '****';

/**
 * Secret spans per parsed document, sorted: every finding of a file asks for them (code frames,
 * baselines), so they are found once per document, not once per finding.
 */
const spansOfDoc = new WeakMap<object, Span[]>();
/** Arrays known to be sorted by start (what secretsIn returns): maskSpans can binary-search them. */
const sortedArrays = new WeakSet<readonly Span[]>();

function sortedSpans(doc: Parameters<typeof secretSpans>[0]): Span[] {
  let spans = spansOfDoc.get(doc);
  if (!spans) {
    spans = secretSpans(doc).sort((a, b) => a.start - b.start || a.end - b.end);
    sortedArrays.add(spans);
    spansOfDoc.set(doc, spans);
  }
  return spans;
}

/** Spans of secrets in `file` (one of the model's files), sorted by start. */
export function secretsIn(model: LintModel, file: string): Span[] {
  const mapped = model.secretSpans?.(file);
  if (mapped) return mapped;
  if (model.kind === 'acl') return model.acl && file === model.mainFile ? sortedSpans(model.acl.doc) : [];
  const source = model.config?.source(file);
  if (source) return sortedSpans(source.doc);
  const aclFile = model.config?.aclFile;
  return aclFile && aclFile.path === file ? sortedSpans(aclFile.doc) : [];
}

/**
 * `text` with every secret span replaced by `****`; `offset` is where `text` starts in the file.
 * Overlapping spans become one mask. Cost: the spans that touch `text` (found by binary search
 * in the sorted arrays secretsIn returns), so masking each finding's line stays cheap in a file
 * with thousands of secrets.
 */
export function maskSpans(text: string, spans: readonly Span[], offset = 0): string {
  const end = offset + text.length;
  let inside: readonly Span[];
  if (sortedArrays.has(spans)) {
    // Spans of a parsed document are disjoint and sorted: the first one that may touch `text`
    // starts at or after `offset`, or is the one just before it, if it reaches past `offset`.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    let first = lo;
    while (first > 0 && spans[first - 1].end > offset) first--;
    const list: Span[] = [];
    for (let i = first; i < spans.length && spans[i].start < end; i++) if (spans[i].end > offset) list.push(spans[i]);
    inside = list;
  } else {
    inside = spans.filter((s) => s.end > offset && s.start < end).sort((a, b) => a.start - b.start);
  }
  if (inside.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of inside) {
    const start = Math.max(span.start - offset, 0);
    const stop = Math.min(span.end - offset, text.length);
    if (start < at) {
      // Overlaps the previous mask: extend it.
      at = Math.max(at, stop);
      continue;
    }
    out += text.slice(at, start) + MASK;
    at = stop;
  }
  return out + text.slice(at);
}

/** The secret values themselves, to scrub from free text (messages) as a last line of defence. */
export function secretValues(model: LintModel): string[] {
  const values = new Set<string>();
  const files = model.kind === 'acl' ? [model.mainFile] : [...(model.config?.files.keys() ?? []), ...(model.config?.aclFile ? [model.config.aclFile.path] : [])];
  for (const file of files) {
    const text = model.text(file);
    if (text === undefined) continue;
    for (const span of secretsIn(model, file)) {
      const raw = text.slice(span.start, span.end);
      const bare = raw.replace(/^["']|["']$/g, '').replace(/^[><#!]/, '');
      // Short values would mangle ordinary words in messages, which never quote secrets anyway.
      for (const value of [raw, bare]) if (value.length >= 6) values.add(value);
    }
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/** Secrets are at least this long (shorter values are never scrubbed: see secretValues). */
const PREFIX = 6;
/** With more secrets than this, messages are scanned once against an index instead of per secret. */
const INDEX_FROM = 16;
/** 31^(PREFIX-1) modulo 2^32, to roll the prefix hash along a message. */
const ROLL = Array.from({ length: PREFIX - 1 }).reduce<number>((h) => Math.imul(h, 31), 1);

interface ScrubIndex {
  /** Secrets by a hash of their first PREFIX characters. */
  readonly byPrefix: Map<number, string[]>;
  /** Secrets shorter than PREFIX (only when a caller passes them). */
  readonly short: readonly string[];
  /** Messages already scrubbed with these secrets (findings repeat their messages). */
  readonly done: Map<string, string>;
}
const indexes = new WeakMap<readonly string[], ScrubIndex>();

function prefixHash(text: string, at: number): number {
  let hash = 0;
  for (let k = 0; k < PREFIX; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(at + k)) | 0;
  return hash;
}

function indexFor(secrets: readonly string[]): ScrubIndex {
  let index = indexes.get(secrets);
  if (!index) {
    const byPrefix = new Map<number, string[]>();
    for (const secret of secrets) {
      if (secret.length < PREFIX) continue;
      const key = prefixHash(secret, 0);
      const list = byPrefix.get(key);
      if (list) list.push(secret);
      else byPrefix.set(key, [secret]);
    }
    index = { byPrefix, short: secrets.filter((secret) => secret !== '' && secret.length < PREFIX), done: new Map() };
    indexes.set(secrets, index);
  }
  return index;
}

/**
 * `message` with every occurrence of every secret replaced by `****` (overlapping occurrences
 * become one mask). Cost is linear in the message for any number of secrets: with many, the
 * message is scanned once with a rolling hash of PREFIX characters against an index of the
 * secrets' first characters, and a message seen before is answered from memory.
 */
export function scrub(message: string, secrets: readonly string[]): string {
  if (secrets.length === 0) return message;
  const ranges: Array<[number, number]> = [];
  if (secrets.length <= INDEX_FROM) {
    WORK.scrubSteps += secrets.length;
    for (const secret of secrets) {
      if (secret === '') continue;
      for (let at = message.indexOf(secret); at !== -1; at = message.indexOf(secret, at + 1)) ranges.push([at, at + secret.length]);
    }
    return masked(message, ranges);
  }
  const index = indexFor(secrets);
  const known = index.done.get(message);
  WORK.scrubSteps++;
  if (known !== undefined) return known;
  WORK.scrubSteps += message.length + index.short.length;
  for (const secret of index.short) for (let at = message.indexOf(secret); at !== -1; at = message.indexOf(secret, at + 1)) ranges.push([at, at + secret.length]);
  if (message.length >= PREFIX) {
    let hash = prefixHash(message, 0);
    for (let at = 0; ; at++) {
      const candidates = index.byPrefix.get(hash);
      if (candidates) for (const secret of candidates) if (message.startsWith(secret, at)) ranges.push([at, at + secret.length]);
      if (at + PREFIX >= message.length) break;
      hash = (Math.imul(hash - Math.imul(message.charCodeAt(at), ROLL), 31) + message.charCodeAt(at + PREFIX)) | 0;
    }
  }
  const result = masked(message, ranges);
  index.done.set(message, result);
  return result;
}

/** `message` with `ranges` (any order, may overlap) replaced by one `****` per run. */
function masked(message: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return message;
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let at = 0;
  for (let i = 0; i < ranges.length; ) {
    const start = ranges[i][0];
    let end = ranges[i][1];
    for (i++; i < ranges.length && ranges[i][0] < end; i++) end = Math.max(end, ranges[i][1]);
    out += message.slice(at, start) + MASK;
    at = end;
  }
  return out + message.slice(at);
}
