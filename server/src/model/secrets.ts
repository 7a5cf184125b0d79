// Where secrets are written in a parsed file, so that every output can show them as `****`.
// DESIGN.md: values of SENSITIVE directives, ACL passwords and hashes, sentinel auth-pass and
// sentinel-pass.

import type { AclDocument, ConfDocument, Span } from '../../../grammar/src/index.js';

const SENSITIVE_FALLBACK = new Set(['requirepass', 'masterauth', 'primaryauth', 'tls-key-file-pass', 'tls-client-key-file-pass']);

function isPasswordRule(word: string): boolean {
  const rule = word.replace(/^\(+/, '');
  return rule.startsWith('>') || rule.startsWith('<') || rule.startsWith('#') || rule.startsWith('!');
}

/**
 * A line Redis cannot split (unbalanced quotes, text after a quote) may still hold a password:
 * everything after the words that name it is hidden — after `requirepass`, after `user <name>`,
 * after `sentinel auth-pass <master>` — from the first non-blank character on, so that the line
 * reads `requirepass ****`.
 */
function invalidLineSecretStart(line: Extract<ConfDocument['lines'][number], { kind: 'invalid' }>, text: string): number | undefined {
  const args = line.args;
  if (args.length === 0) return undefined;
  const name = args[0].value.toLowerCase();
  let after: Span | undefined;
  if (name === 'sentinel') {
    const sub = args[1]?.value.toLowerCase() ?? '';
    if (sub === 'auth-pass') after = (args[2] ?? args[1]).span;
    else if (/pass|auth|user/.test(sub)) after = args[1].span;
  } else if (name === 'user') {
    after = (args[1] ?? args[0]).span;
  } else if (/pass|auth|user/.test(name)) {
    after = args[0].span;
  }
  if (!after) return undefined;
  let from = after.end;
  while (from < line.span.end && (text[from] === ' ' || text[from] === '\t' || text[from] === '\r')) from++;
  return from;
}

export function secretSpans(doc: ConfDocument | AclDocument, isSensitive: (name: string) => boolean = (n) => SENSITIVE_FALLBACK.has(n)): Span[] {
  const spans: Span[] = [];
  if (doc.kind === 'acl') {
    for (const line of doc.lines) for (const word of line.rules) if (isPasswordRule(word.value)) spans.push(word.span);
    return spans;
  }
  for (const line of doc.lines) {
    if (line.kind !== 'directive') {
      if (line.kind === 'invalid') {
        const from = invalidLineSecretStart(line, doc.text);
        if (from !== undefined && from < line.span.end) spans.push({ start: from, end: line.span.end });
      }
      continue;
    }
    const key = line.key;
    if (isSensitive(key) || SENSITIVE_FALLBACK.has(key)) {
      for (const arg of line.args) spans.push(arg.span);
    } else if (key === 'user') {
      for (const arg of line.args.slice(1)) if (isPasswordRule(arg.value)) spans.push(arg.span);
    } else if (key === 'sentinel' && line.args.length >= 2) {
      const sub = line.args[0].value.toLowerCase();
      if (sub === 'auth-pass' && line.args[2]) spans.push(line.args[2].span);
      if (sub === 'sentinel-pass' && line.args[1]) spans.push(line.args[1].span);
    }
  }
  return spans;
}
