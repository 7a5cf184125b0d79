// Template placeholders in config text: what deployment tools fill in before Redis reads the
// file. A value holding one is unknown until rendered, so the linter neither trusts nor
// rejects it (see tracker.ts); `--define` renders it (render.ts).

import type { Span } from '../../../../grammar/src/index.js';

/**
 * The placeholder syntaxes recognised:
 * - `braced`: `${VAR}`, also `${VAR:-default}`, `${VAR-default}`, `${VAR:?message}` (shell,
 *   envsubst, Docker Compose)
 * - `dollar`: `$VAR` with an upper-case name (shell, envsubst)
 * - `go`: `{{ .Values.x }}`, `{{- include "x" . | nindent 4 }}` (Helm, Go templates,
 *   Jinja2/Ansible): from `{{` to the next `}}` on the same line, quotes and spaces included
 * - `at`: `@VAR@` (autoconf, sed-based entrypoints)
 * - `percent`: `%VAR%` (Windows-style and sed-based entrypoints)
 */
export type TemplateSyntax = 'braced' | 'dollar' | 'go' | 'at' | 'percent';

export const TEMPLATE_SYNTAXES: readonly TemplateSyntax[] = ['braced', 'dollar', 'go', 'at', 'percent'];

export interface Placeholder {
  /** Where it is written, delimiters included. */
  readonly span: Span;
  readonly syntax: TemplateSyntax;
  /** The variable name (`REDIS_PASSWORD`), or the trimmed Go expression (`.Values.auth.password | quote`). */
  readonly name: string;
  /** `${VAR:-default}`: the operator (`:-`, `-`, `:=`, `=`, `:?`, `?`, `:+`, `+`) and its word. */
  readonly operator?: { readonly op: string; readonly word: string };
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;

function isIdentStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isUpperStart(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 95;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || isIdentStart(code);
}

/**
 * Placeholders in `text.slice(start, end)` (one line), in order, not overlapping. `syntaxes`
 * limits what is recognised.
 */
export function scanPlaceholders(text: string, start: number, end: number, syntaxes: ReadonlySet<TemplateSyntax>): Placeholder[] {
  const out: Placeholder[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */ && text.charCodeAt(i + 1) === 123 && syntaxes.has('go')) {
      const close = text.indexOf('}}', i + 2);
      if (close !== -1 && close + 2 <= end) {
        const inner = text.slice(i + 2, close).replace(/^-\s?/, '').replace(/\s?-$/, '').trim();
        out.push({ span: { start: i, end: close + 2 }, syntax: 'go', name: inner });
        i = close + 2;
        continue;
      }
    } else if (c === 36 /* $ */) {
      const prev = i > start ? text.charCodeAt(i - 1) : -1;
      // `$$` is an escaped dollar in Compose files; `pa$WORD` is more likely a literal.
      const escaped = prev === 36 || prev === 92 /* \ */;
      if (text.charCodeAt(i + 1) === 123 && syntaxes.has('braced') && !escaped) {
        IDENT.lastIndex = i + 2;
        const m = IDENT.exec(text);
        if (m) {
          const after = i + 2 + m[0].length;
          if (text.charCodeAt(after) === 125 /* } */ && after < end) {
            out.push({ span: { start: i, end: after + 1 }, syntax: 'braced', name: m[0] });
            i = after + 1;
            continue;
          }
          const op = /^(:?[-=?+])/.exec(text.slice(after, Math.min(after + 2, end)));
          const close = op ? text.indexOf('}', after) : -1;
          if (op && close !== -1 && close < end) {
            out.push({
              span: { start: i, end: close + 1 }, syntax: 'braced', name: m[0],
              operator: { op: op[1], word: text.slice(after + op[1].length, close) },
            });
            i = close + 1;
            continue;
          }
        }
      } else if (syntaxes.has('dollar') && !escaped && isUpperStart(text.charCodeAt(i + 1)) && !(prev !== -1 && isWordChar(prev))) {
        IDENT.lastIndex = i + 1;
        const m = IDENT.exec(text);
        if (m && /^[A-Z_][A-Z0-9_]*$/.test(m[0]) && i + 1 + m[0].length <= end) {
          out.push({ span: { start: i, end: i + 1 + m[0].length }, syntax: 'dollar', name: m[0] });
          i += 1 + m[0].length;
          continue;
        }
      }
    } else if ((c === 64 /* @ */ && syntaxes.has('at')) || (c === 37 /* % */ && syntaxes.has('percent'))) {
      if (isIdentStart(text.charCodeAt(i + 1))) {
        IDENT.lastIndex = i + 1;
        const m = IDENT.exec(text);
        const after = i + 1 + (m ? m[0].length : 0);
        if (m && after < end && text.charCodeAt(after) === c) {
          out.push({ span: { start: i, end: after + 1 }, syntax: c === 64 ? 'at' : 'percent', name: m[0] });
          i = after + 1;
          continue;
        }
      }
    }
    i++;
  }
  return out;
}

/** Whether any placeholder overlaps `span`. */
export function overlapping(placeholders: readonly Placeholder[], span: Span): Placeholder[] {
  return placeholders.filter((p) => p.span.start < span.end && span.start < p.span.end);
}

/** A short description of the syntax, for messages. */
export function syntaxLabel(syntax: TemplateSyntax): string {
  switch (syntax) {
    case 'braced':
      return 'a ${VAR} placeholder';
    case 'dollar':
      return 'a $VAR placeholder';
    case 'go':
      return 'a {{ … }} template expression';
    case 'at':
      return 'an @VAR@ placeholder';
    default:
      return 'a %VAR% placeholder';
  }
}
