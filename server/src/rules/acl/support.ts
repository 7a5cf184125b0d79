// Small helpers the ACL rules share: names for messages, spans inside selectors, and the fix
// that deletes a rule word.

import type { LintModel, Span } from '../../model/index.js';
import { RISK_GROUP_EFFECT, type RiskGroup } from '../../knowledge/acl-risk.js';
import type { ResolvedRisk } from '../../model/acl/index.js';
import type { Fix } from '../types.js';
import { lowerOf, type RuleWord, type UserDefinition } from './analysis.js';

/** `User alice` / `The default user`, to start a sentence. */
export function userLabel(def: UserDefinition): string {
  return def.name === 'default' ? 'The default user' : `User ${def.name}`;
}

/** `alice` / `the default user`, inside a sentence. */
export function userName(def: UserDefinition): string {
  return def.name === 'default' ? 'the default user' : `user ${def.name}`;
}

/** `A, B and C`, or `A, B, C and 4 more` past `max`. */
export function listNames(names: readonly string[], max = 6): string {
  if (names.length <= 1) return names.join('');
  if (names.length > max) return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What the watched commands let an attacker do, one clause per group, in group order. */
export function riskEffects(risks: readonly ResolvedRisk[]): string {
  const groups: RiskGroup[] = [];
  for (const risk of risks) if (!groups.includes(risk.group)) groups.push(risk.group);
  return listNames(groups.map((g) => RISK_GROUP_EFFECT[g]), groups.length);
}

/** The last rule (not refused) that is exactly `word` (lower case), if any. */
export function lastRule(def: UserDefinition, word: string): RuleWord | undefined {
  for (let i = def.rules.length - 1; i >= 0; i--) if (!def.failed(i) && lowerOf(def.rules[i]) === word) return def.rules[i];
  return undefined;
}

/** One rule inside a rule: the rule itself, or each word of a `(…)` selector. */
export interface InnerRule {
  readonly value: string;
  readonly lower: string;
  readonly span: Span;
  /** The span is exactly the rule's text (not the whole selector or a quoted argument). */
  readonly exact: boolean;
}

/** The single rules written in `rule`: itself, or the words of a selector with their spans where the text allows. */
export function innerRules(model: LintModel, def: UserDefinition, i: number): InnerRule[] {
  const rule = def.rules[i];
  const raw = model.text(def.file)?.slice(rule.span.start, rule.span.end);
  const exact = raw === rule.value;
  if (!def.isSelector(i)) return [{ value: rule.value, lower: lowerOf(rule), span: rule.span, exact }];
  const out: InnerRule[] = [];
  const body = rule.value.slice(1, -1);
  let at = 0;
  for (const word of body.split(' ')) {
    if (word !== '') {
      const start = rule.span.start + 1 + at;
      out.push({
        value: word, lower: word.toLowerCase(),
        span: exact ? { start, end: start + word.length } : rule.span,
        exact,
      });
    }
    at += word.length + 1;
  }
  return out;
}

/** A fix that deletes a rule and the blank before it (or after it, at the start of the rules). */
export function deleteRuleFix(model: LintModel, def: UserDefinition, i: number, title: string): Fix | undefined {
  const text = model.text(def.file);
  if (text === undefined) return undefined;
  let { start, end } = def.wordSpan(i);
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  if (blank(text[start - 1])) {
    while (blank(text[start - 1])) start--;
  } else {
    while (blank(text[end])) end++;
  }
  return { title, edits: [{ span: { start, end }, newText: '' }] };
}

/** Rules never print a password: `>****`. */
export function shown(value: string): string {
  return /^[><#!]/.test(value) ? `${value[0]}****` : value;
}
