// Where secrets are written in a parsed file, so that every output can show them as `****`.
// DESIGN.md: values of SENSITIVE directives, ACL passwords and hashes, sentinel auth-pass and
// sentinel-pass.

import type { AclDocument, ConfDocument, Span } from '../../../grammar/src/index.js';

const SENSITIVE_FALLBACK = new Set(['requirepass', 'masterauth', 'primaryauth', 'tls-key-file-pass', 'tls-client-key-file-pass']);

function isPasswordRule(word: string): boolean {
  const rule = word.replace(/^\(+/, '');
  return rule.startsWith('>') || rule.startsWith('<') || rule.startsWith('#') || rule.startsWith('!');
}

export function secretSpans(doc: ConfDocument | AclDocument, isSensitive: (name: string) => boolean = (n) => SENSITIVE_FALLBACK.has(n)): Span[] {
  const spans: Span[] = [];
  if (doc.kind === 'acl') {
    for (const line of doc.lines) for (const word of line.rules) if (isPasswordRule(word.value)) spans.push(word.span);
    return spans;
  }
  for (const line of doc.lines) {
    if (line.kind !== 'directive') {
      // A line Redis cannot split may still hold a password: hide all of it after the name.
      if (line.kind === 'invalid' && line.args.length > 0 && /pass|auth|user/i.test(line.args[0].value)) {
        spans.push({ start: line.args[0].span.end, end: line.span.end });
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
