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
const indexes = new WeakMap<readonly string[], { readonly byPrefix: Map<string, string[]>; readonly short: readonly string[] }>();

/**
 * `message` with every occurrence of every secret replaced by `****` (overlapping occurrences
 * become one mask). Cost is linear in the message for any number of secrets: with many, the
 * message is scanned once against an index of their first characters.
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
  } else {
    WORK.scrubSteps += message.length;
    let index = indexes.get(secrets);
    if (!index) {
      const byPrefix = new Map<string, string[]>();
      for (const secret of secrets) {
        if (secret.length < PREFIX) continue;
        const key = secret.slice(0, PREFIX);
        const list = byPrefix.get(key);
        if (list) list.push(secret);
        else byPrefix.set(key, [secret]);
      }
      index = { byPrefix, short: secrets.filter((secret) => secret !== '' && secret.length < PREFIX) };
      indexes.set(secrets, index);
    }
    WORK.scrubSteps += index.short.length;
    for (const secret of index.short) for (let at = message.indexOf(secret); at !== -1; at = message.indexOf(secret, at + 1)) ranges.push([at, at + secret.length]);
    for (let at = 0; at + PREFIX <= message.length; at++) {
      const candidates = index.byPrefix.get(message.slice(at, at + PREFIX));
      if (!candidates) continue;
      for (const secret of candidates) if (message.startsWith(secret, at)) ranges.push([at, at + secret.length]);
    }
  }
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
