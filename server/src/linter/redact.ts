// The one redaction step every output goes through (DESIGN.md "Secrets").

import { secretSpans, type LintModel, type Span } from '../model/index.js';

export const MASK = '****';

/** Spans of secrets in `file` (one of the model's files). */
export function secretsIn(model: LintModel, file: string): Span[] {
  const mapped = model.secretSpans?.(file);
  if (mapped) return mapped;
  if (model.kind === 'acl') return model.acl && file === model.mainFile ? secretSpans(model.acl.doc) : [];
  const source = model.config?.source(file);
  if (source) return secretSpans(source.doc);
  const aclFile = model.config?.aclFile;
  return aclFile && aclFile.path === file ? secretSpans(aclFile.doc) : [];
}

/** `text` with every secret span replaced by `****`; `offset` is where `text` starts in the file. */
export function maskSpans(text: string, spans: readonly Span[], offset = 0): string {
  const inside = spans
    .filter((s) => s.end > offset && s.start < offset + text.length)
    .sort((a, b) => a.start - b.start);
  if (inside.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of inside) {
    const start = Math.max(span.start - offset, 0);
    const end = Math.min(span.end - offset, text.length);
    if (start < at) continue;
    out += text.slice(at, start) + MASK;
    at = end;
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

export function scrub(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(MASK);
  return out;
}
