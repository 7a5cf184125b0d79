// Sharing: the text and settings travel in the URL fragment (`#…`), which browsers never send to
// a server. The text is compressed (deflate-raw) when the browser can, then base64url-encoded.
// Secrets are replaced by `****` unless the user asks to keep them.

import { secretsIn } from '../../server/src/linter/index.js';
import type { AnalyzedDocument, DataId, ModelKind } from './engine.js';
import { isKnownTarget, KINDS } from './engine.js';

export interface SharedState {
  readonly text: string;
  readonly kind: ModelKind;
  readonly target: DataId;
}

export const MASK = '****';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

const canCompress = typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** `k=conf&t=redis-7.4&z=<deflate-raw, base64url>` (or `p=<utf-8, base64url>` without CompressionStream). */
export async function encodeState(state: SharedState): Promise<string> {
  const params = new URLSearchParams();
  params.set('k', state.kind);
  params.set('t', state.target);
  const utf8 = new TextEncoder().encode(state.text);
  if (canCompress) params.set('z', toBase64Url(await pipe(utf8, new CompressionStream('deflate-raw'))));
  else params.set('p', toBase64Url(utf8));
  return params.toString();
}

/** The state in a fragment (with or without `#`), or undefined when it holds none. Throws on a damaged one. */
export async function decodeState(fragment: string): Promise<Partial<SharedState> | undefined> {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const z = params.get('z');
  const p = params.get('p');
  if (z === null && p === null && !params.has('k') && !params.has('t')) return undefined;
  let text: string | undefined;
  if (z !== null) {
    if (!canCompress) throw new Error('this browser cannot decompress the shared text (no DecompressionStream)');
    text = new TextDecoder().decode(await pipe(fromBase64Url(z), new DecompressionStream('deflate-raw')));
  } else if (p !== null) {
    text = new TextDecoder().decode(fromBase64Url(p));
  }
  const kind = params.get('k');
  const target = params.get('t');
  return {
    ...(text === undefined ? {} : { text }),
    ...(kind && (KINDS as readonly string[]).includes(kind) ? { kind: kind as ModelKind } : {}),
    ...(target && isKnownTarget(target) ? { target } : {}),
  };
}

/** Secret spans of the document (requirepass values, ACL passwords and hashes, auth-pass…). */
export function secretSpansOf(doc: AnalyzedDocument): { start: number; end: number }[] {
  return secretsIn(doc.result.model, doc.file);
}

/**
 * The text with every secret replaced by `****`. An ACL password rule keeps its prefix
 * (`>****`, `#****`), so the shared file still reads as the same kind of rule.
 */
export function redactText(text: string, spans: readonly { start: number; end: number }[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of sorted) {
    if (span.start < at) continue;
    const raw = text.slice(span.start, span.end);
    const prefix = /^\(*[><#!]/.exec(raw)?.[0] ?? '';
    out += text.slice(at, span.start) + prefix + MASK;
    at = span.end;
  }
  return out + text.slice(at);
}
