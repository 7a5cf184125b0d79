// `--define VAR=VALUE`: fills placeholders in before linting, so that the rendered file is
// checked exactly, with a map from the rendered text back to the template (a finding inside a
// substituted value points at its placeholder).

import { SourceMapBuilder, type SourceMap } from '../embedded/source-map.js';
import { scanPlaceholders, TEMPLATE_SYNTAXES, type Placeholder, type TemplateSyntax } from './placeholders.js';

export interface Rendered {
  readonly text: string;
  /** Rendered offsets → template offsets. */
  readonly map: SourceMap;
  /** Variables that were substituted. */
  readonly used: ReadonlySet<string>;
}

/** Parses `VAR=VALUE` (the value may be empty or contain `=`); undefined when malformed. */
export function parseDefine(text: string): { name: string; value: string } | undefined {
  const eq = text.indexOf('=');
  if (eq <= 0) return undefined;
  const name = text.slice(0, eq).trim();
  if (!/^\.?[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) return undefined;
  return { name, value: text.slice(eq + 1) };
}

function lookup(defines: ReadonlyMap<string, string>, name: string): string | undefined {
  return defines.get(name) ?? (name.startsWith('.') ? defines.get(name.slice(1)) : defines.get(`.${name}`));
}

const GO_FUNCTIONS: Record<string, (value: string, arg?: string) => string> = {
  quote: (v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
  squote: (v) => `'${v}'`,
  upper: (v) => v.toUpperCase(),
  lower: (v) => v.toLowerCase(),
  trim: (v) => v.trim(),
  toString: (v: string) => v,
  default: (v, arg) => (v === '' ? arg ?? '' : v),
};

function unquoteGo(word: string): string {
  return /^".*"$|^'.*'$|^`.*`$/.test(word) ? word.slice(1, -1) : word;
}

/** The value of a placeholder with these definitions, or undefined when it stays a placeholder. */
export function placeholderValue(p: Placeholder, defines: ReadonlyMap<string, string>): string | undefined {
  if (p.syntax === 'go') {
    // `.Values.x`, `.Values.x | quote`, `.Values.x | default "y"`, `default "y" .Values.x`.
    const stages = p.name.split('|').map((s) => s.trim().split(/\s+/).filter((w) => w !== ''));
    const [first, ...rest] = stages;
    if (!first || first.length === 0) return undefined;
    let value: string | undefined;
    if (first.length === 1) value = lookup(defines, first[0]);
    else if (first[0] === 'default' && first.length === 3) value = lookup(defines, first[2]) || unquoteGo(first[1]);
    if (value === undefined) {
      const fallback = rest.find((s) => s[0] === 'default' && s.length === 2);
      if (!fallback) return undefined;
      value = '';
    }
    for (const stage of rest) {
      const fn = GO_FUNCTIONS[stage[0]];
      if (!fn) return undefined;
      value = fn(value, stage[1] !== undefined ? unquoteGo(stage[1]) : undefined);
    }
    return value;
  }
  const value = defines.get(p.name);
  if (!p.operator) return value;
  const { op, word } = p.operator;
  const unsetOrEmpty = value === undefined || (op.startsWith(':') && value === '');
  switch (op.replace(':', '')) {
    case '-':
    case '=':
      return unsetOrEmpty ? word : value;
    case '+':
      return unsetOrEmpty ? '' : word;
    default: // `?`: an error when unset, like the shell; stays a placeholder here
      return unsetOrEmpty ? undefined : value;
  }
}

/**
 * Substitutes the defined placeholders everywhere in the text, as envsubst and template
 * engines do (comments too); undefined ones stay as written and are reported as unknown values.
 */
export function renderTemplate(text: string, defines: ReadonlyMap<string, string>, syntaxes: readonly TemplateSyntax[] = TEMPLATE_SYNTAXES): Rendered {
  const builder = new SourceMapBuilder();
  const used = new Set<string>();
  const set = new Set(syntaxes);
  let out = '';
  let copied = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    for (const p of scanPlaceholders(text, lineStart, lineEnd, set)) {
      const value = placeholderValue(p, defines);
      if (value === undefined) continue;
      used.add(p.name);
      out += text.slice(copied, p.span.start);
      builder.copy(copied, p.span.start - copied);
      out += value;
      builder.replace(p.span.start, p.span.end, value.length);
      copied = p.span.end;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  out += text.slice(copied);
  builder.copy(copied, text.length - copied);
  return { text: out, map: builder.build(text.length), used };
}
