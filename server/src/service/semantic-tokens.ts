// Semantic tokens: directive names, values (numbers, enum members, strings), comments, ACL
// users and rules. Encoded relative to the previous token, as LSP wants.

import type { Span } from '../model/index.js';
import { directiveTable } from './directive-docs.js';
import { confDocument, type AnalyzedDocument } from './document.js';
import type { SemanticTokens, SemanticTokensLegend } from './types.js';

export const TOKEN_TYPES = ['keyword', 'property', 'string', 'number', 'enumMember', 'comment', 'variable', 'operator', 'namespace'] as const;
export const TOKEN_MODIFIERS = ['deprecated', 'declaration'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_INDEX = new Map<TokenType, number>(TOKEN_TYPES.map((t, i) => [t, i]));
const MODIFIER_BIT = new Map<TokenModifier, number>(TOKEN_MODIFIERS.map((m, i) => [m, 1 << i]));

/** A token as a tuple of absolute position, for tests and debugging. */
export interface DecodedToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

const SPECIAL_KEYWORDS = new Set(['include', 'user', 'rename-command', 'loadmodule', 'sentinel']);
const NUMBER = /^-?\d+(?:[kmg]b?|b|%)?$/i;
const ACL_KEYWORD = /^(on|off|nopass|resetpass|reset|allkeys|resetkeys|allchannels|resetchannels|allcommands|nocommands|clearselectors|sanitize-payload|skip-sanitize-payload)$/i;

class Builder {
  private readonly data: number[] = [];
  private prevLine = 0;
  private prevChar = 0;
  constructor(private readonly doc: AnalyzedDocument) {}

  push(span: Span, type: TokenType, modifiers: readonly TokenModifier[] = []): void {
    if (span.end <= span.start) return;
    const start = this.doc.lines.position(span.start);
    const end = this.doc.lines.position(span.end);
    if (end.line !== start.line) return; // tokens cannot span lines
    const deltaLine = start.line - this.prevLine;
    if (deltaLine < 0 || (deltaLine === 0 && start.character < this.prevChar)) return; // keep the order strict
    const deltaChar = deltaLine === 0 ? start.character - this.prevChar : start.character;
    let bits = 0;
    for (const m of modifiers) bits |= MODIFIER_BIT.get(m) ?? 0;
    this.data.push(deltaLine, deltaChar, end.character - start.character, TYPE_INDEX.get(type)!, bits);
    this.prevLine = start.line;
    this.prevChar = start.character;
  }

  build(): SemanticTokens {
    return { data: this.data };
  }
}

export function computeSemanticTokens(doc: AnalyzedDocument): SemanticTokens {
  const builder = new Builder(doc);
  if (doc.kind === 'acl') {
    for (const line of doc.result.model.acl?.doc.lines ?? []) {
      builder.push(line.keyword.span, 'keyword');
      if (line.username) builder.push(line.username.span, 'variable', ['declaration']);
      for (const rule of line.rules) {
        const v = rule.value;
        if (ACL_KEYWORD.test(v)) builder.push(rule.span, 'enumMember');
        else if (/^[+-]/.test(v)) builder.push(rule.span, 'operator');
        else builder.push(rule.span, 'string');
      }
    }
    return builder.build();
  }
  const conf = confDocument(doc);
  if (!conf) return builder.build();
  const table = directiveTable(doc.target);
  for (const line of conf.lines) {
    if (line.kind === 'comment') {
      builder.push(line.span, 'comment');
      continue;
    }
    const words = line.kind === 'directive' ? [line.name, ...line.args] : line.args;
    if (words.length === 0) continue;
    const key = words[0].value.toLowerCase();
    const match = table.lookup(key);
    const deprecated = match?.info.ignored === true || match?.info.handledBy === 'deprecated-list';
    builder.push(words[0].span, SPECIAL_KEYWORDS.has(key) ? 'keyword' : 'property', deprecated ? ['deprecated'] : []);
    const info = match?.info;
    for (let i = 1; i < words.length; i++) {
      const word = words[i];
      const v = word.value;
      if (key === 'sentinel' && i === 1) builder.push(word.span, 'property');
      else if (key === 'user' && i === 1) builder.push(word.span, 'variable', ['declaration']);
      else if (key === 'user') builder.push(word.span, ACL_KEYWORD.test(v) ? 'enumMember' : /^[+-]/.test(v) ? 'operator' : 'string');
      else if (info?.type === 'bool' || info?.enumValues?.includes(v.toLowerCase()) || /^(yes|no)$/i.test(v)) builder.push(word.span, 'enumMember');
      else if (NUMBER.test(v)) builder.push(word.span, 'number');
      else builder.push(word.span, 'string');
    }
  }
  return builder.build();
}

/** Absolute tokens from the relative encoding (tests, debugging). */
export function decodeSemanticTokens(tokens: SemanticTokens): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 5 <= tokens.data.length; i += 5) {
    const [dl, dc, length, type, bits] = tokens.data.slice(i, i + 5);
    line += dl;
    character = dl === 0 ? character + dc : dc;
    out.push({
      line,
      character,
      length,
      type: TOKEN_TYPES[type],
      modifiers: TOKEN_MODIFIERS.filter((_, bit) => (bits & (1 << bit)) !== 0),
    });
  }
  return out;
}
