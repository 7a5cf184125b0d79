// One pass over the users of a file (ACL file lines, or `user` lines of redis.conf) that the
// ACL rules share: each definition replayed rule by rule with the model's ACL engine, noting
// what every rule changes, which later rule undoes it, and which rule grants the commands a
// review names. Computed once per model (the rules run on the same model one after another).

import type { LintModel, Span } from '../../model/index.js';
import {
  aclContext,
  applyUserRule,
  createUser,
  mergeSelectorWords,
  riskyCommands,
  selectorCanRun,
  sha256Hex,
  type AclContext,
  type AclUser,
  type AclWordInput,
  type CommandEntry,
  type PubsubDefault,
  type ResolvedRisk,
  type Selector,
} from '../../model/acl/index.js';

/** What a rule does to the user, when it is not simply "it changes something that lasts". */
export type RuleEffect =
  /** Applying it changes nothing: what it grants or denies is already so at that point. */
  | { readonly kind: 'noop' }
  /** It changes something, but a later rule (`by`, an index into `rules`) undoes all of it. */
  | { readonly kind: 'overridden'; readonly by: number };

export interface AnalyzedRule {
  /** The rule as Redis applies it (trimmed; a selector joined from its words). May be a secret. */
  readonly value: string;
  /** ASCII lower case, for keyword comparisons. */
  readonly lower: string;
  /** Where it is written (after the trim Redis applies in ACL files). */
  readonly span: Span;
  /** The words it was written as, for fixes that delete it. */
  readonly wordSpan: Span;
  /** A `(…)` selector. */
  readonly selector: boolean;
  /** Redis refuses it (reported by invalid-acl-rule); the replay skips it. */
  failed: boolean;
  effect?: RuleEffect;
  /** For command rules: a deny (`-…`) rather than a grant. */
  readonly deny?: boolean;
}

export interface RiskGrant {
  /** Index into `rules` of the rule that grants them (the last one to touch their bits). */
  readonly rule: number | undefined;
  /** 0 for the root permissions, k for the k-th `(…)` selector. */
  readonly selector: number;
  readonly risks: readonly ResolvedRisk[];
}

export interface UserDefinition {
  readonly file: string;
  readonly name: string;
  readonly nameSpan: Span;
  readonly lineSpan: Span;
  readonly rules: readonly AnalyzedRule[];
  /** The user after this line (failed rules skipped). */
  readonly user: AclUser;
  /** Index of the rule that created each selector; [0] (the root) is -1. */
  readonly selectorRules: readonly number[];
  readonly grants: readonly RiskGrant[];
  /** Permission sets that allow every command on every key, with the rule that made them so. */
  readonly unrestricted: readonly { readonly selector: number; readonly rule: number | undefined }[];
  /** A later line of the same user (7.0+ refuse it; 6.x replace the user): only the first counts. */
  readonly duplicate: boolean;
}

export interface AclAnalysis {
  readonly kind: 'acl' | 'conf';
  readonly ctx: AclContext;
  readonly definitions: readonly UserDefinition[];
  /** An ACL file without `user default`: Redis adds `default on nopass ~* &* +@all`. */
  readonly implicitDefault: boolean;
  /** Where a finding about the file as a whole goes (the first line, or the empty start). */
  readonly fileAnchor: Span;
  /** `acl-pubsub-default` as it applies here, and whether redis.conf sets it (not the target default). */
  readonly pubsubDefault: PubsubDefault;
  readonly pubsubFromConfig: boolean;
}

const cache = new WeakMap<LintModel, AclAnalysis | null>();

/** The users the model's file defines, analysed; undefined when it defines none (sentinel without users). */
export function aclAnalysis(model: LintModel): AclAnalysis | undefined {
  let result = cache.get(model);
  if (result === undefined) {
    result = compute(model) ?? null;
    cache.set(model, result);
  }
  return result ?? undefined;
}

function compute(model: LintModel): AclAnalysis | undefined {
  if (model.kind === 'acl' && model.acl) return analyzeAclFile(model);
  if (model.config) return analyzeConfUsers(model);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Inputs

function asciiLower(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]/g, (c) => c.toLowerCase()) : text;
}

const TRIM_START = /^[\t\r\n]+/;
const TRIM_END = /[\t\r\n]+$/;

function trimmed(value: string, span: Span): { value: string; span: Span } {
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  const edge = (c: number) => c === 9 || c === 10 || c === 13;
  if (!edge(first) && !edge(last)) return { value, span };
  const lead = value.length - value.replace(TRIM_START, '').length;
  const out = value.replace(TRIM_START, '').replace(TRIM_END, '');
  return { value: out, span: { start: span.start + lead, end: span.start + lead + out.length } };
}

function analyzeAclFile(model: LintModel): AclAnalysis {
  const acl = model.acl!;
  const ctx = aclContext(model.target.dataId);
  const definitions: UserDefinition[] = [];
  const seen = new Set<string>();
  let sawDefault = false;
  for (const line of acl.doc.lines) {
    const username = line.username;
    if (line.keyword.value !== 'user' || !username || /[ \t\n\v\f\r\0]/.test(username.value) || username.value === '') continue;
    const duplicate = seen.has(username.value);
    seen.add(username.value);
    if (username.value === 'default') sawDefault = true;
    const def = analyzeDefinition(ctx, {
      file: model.mainFile, name: username.value, nameSpan: username.span, lineSpan: line.span, words: line.rules, trim: true, fromReset: false,
    }, ctx.dialect.legacyAclFile ? false : duplicate);
    if (def) definitions.push(def);
  }
  if (ctx.dialect.legacyAclFile) markSuperseded(definitions);
  const first = acl.doc.lines[0];
  return {
    kind: 'acl', ctx, definitions,
    implicitDefault: !sawDefault,
    fileAnchor: first ? first.span : { start: 0, end: 0 },
    pubsubDefault: ctx.dialect.pubsubDefault,
    pubsubFromConfig: false,
  };
}

/** 6.x ACL files: a later line of the same user replaces it; only the last one counts. */
function markSuperseded(definitions: UserDefinition[]): void {
  const last = new Map<string, UserDefinition>();
  for (const def of definitions) last.set(def.name, def);
  for (let i = 0; i < definitions.length; i++) {
    const def = definitions[i];
    if (last.get(def.name) !== def) definitions[i] = { ...def, duplicate: true };
  }
}

function analyzeConfUsers(model: LintModel): AclAnalysis | undefined {
  const config = model.config!;
  const setting = config.effective('acl-pubsub-default');
  const written = setting ? asciiLower(setting.values[0] ?? '') : '';
  const fromConfig = written === 'allchannels' || written === 'resetchannels';
  const ctx = aclContext(model.target.dataId, fromConfig ? { pubsubDefault: written as PubsubDefault } : {});
  const definitions: UserDefinition[] = [];
  const seen = new Set<string>();
  for (const record of config.users) {
    const username = record.args[0];
    if (!username) continue;
    const duplicate = seen.has(username.value);
    seen.add(username.value);
    const def = analyzeDefinition(ctx, {
      file: record.file, name: username.value, nameSpan: username.span, lineSpan: record.directive.span,
      words: record.args.slice(1), trim: false, fromReset: true,
    }, duplicate);
    if (def) definitions.push(def);
  }
  return {
    kind: 'conf', ctx, definitions, implicitDefault: false,
    fileAnchor: { start: 0, end: 0 },
    pubsubDefault: ctx.dialect.pubsubDefault,
    pubsubFromConfig: fromConfig && ctx.dialect.channels,
  };
}

interface DefinitionInput {
  readonly file: string;
  readonly name: string;
  readonly nameSpan: Span;
  readonly lineSpan: Span;
  readonly words: readonly AclWordInput[];
  /** ACL files: Redis trims `\t\r\n` from each rule. */
  readonly trim: boolean;
  /** redis.conf users start from `reset` (the default user exists already and is reset). */
  readonly fromReset: boolean;
}

// ---------------------------------------------------------------------------------------------
// Command bits each rule sets, known without applying it.

type Touch =
  | { readonly all: true; readonly allow: boolean }
  | { readonly all: false; readonly allow: boolean; readonly ids?: readonly number[]; readonly cmd?: CommandEntry; readonly category?: number };

const ALL_ON: Touch = { all: true, allow: true };
const ALL_OFF: Touch = { all: true, allow: false };

function commandTouch(ctx: AclContext, rule: AnalyzedRule): Touch | undefined {
  const { lower, value } = rule;
  if (rule.selector) return undefined;
  if (lower === '+@all' || lower === 'allcommands') return ALL_ON;
  if (lower === '-@all' || lower === 'nocommands' || lower === 'reset') return ALL_OFF;
  const sign = value[0];
  if (sign !== '+' && sign !== '-') return undefined;
  const allow = sign === '+';
  if (value[1] === '@') {
    const bit = ctx.table.categoryBit(lower.slice(2));
    return bit < 0 ? undefined : { all: false, allow, ids: ctx.table.categoryTargetIds(bit), category: bit };
  }
  const cmd = ctx.table.lookup(value.slice(1));
  return cmd ? { all: false, allow, cmd } : undefined;
}

function forEachId(touch: Touch, size: number, fn: (id: number) => void): void {
  if (touch.all) {
    for (let id = 0; id < size; id++) fn(id);
  } else if (touch.ids) {
    for (const id of touch.ids) fn(id);
  } else if (touch.cmd) {
    fn(touch.cmd.id);
    for (const sub of touch.cmd.subcommands) fn(sub.id);
  }
}

let scratch = new Int32Array(0);

/** The rule indexes that last set each command bit (-1: none), reused between users. */
function lastTouchers(size: number): Int32Array {
  if (scratch.length !== size) scratch = new Int32Array(size);
  scratch.fill(-1);
  return scratch;
}

/** Whether the rule removes first-args (`+select|0`) that are allowed at this point. */
function dropsFirstArgs(ctx: AclContext, s: Selector, touch: Touch): boolean {
  if (s.firstArgs.size === 0) return false;
  if (touch.all) return true;
  if (touch.cmd) return s.firstArgs.has(touch.cmd.id);
  if (touch.category !== undefined) {
    const mask = 1 << touch.category;
    for (const id of s.firstArgs.keys()) if (ctx.table.all[id].categoryMask & mask) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Replay

const HASH = /^[0-9a-f]{64}$/;

function passwordHash(rule: AnalyzedRule): string | undefined {
  const c = rule.value[0];
  if (c === '>' || c === '<') return sha256Hex(rule.value.slice(1));
  if ((c === '#' || c === '!') && HASH.test(rule.value.slice(1))) return rule.value.slice(1);
  return undefined;
}

/** `%RW~pattern` → the permission and the pattern, as the engine reads it (undefined: invalid). */
function keyRule(value: string): { read: boolean; write: boolean; pattern: string } | undefined {
  if (value[0] === '~') return { read: true, write: true, pattern: value.slice(1) };
  const tilde = value.indexOf('~');
  if (value[0] !== '%' || tilde < 2) return undefined;
  const letters = value.slice(1, tilde).toUpperCase();
  if (!/^(R|W|RW|WR)$/.test(letters)) return undefined;
  return { read: letters.includes('R'), write: letters.includes('W'), pattern: value.slice(tilde + 1) };
}

/** Whether applying this (non-command) rule now would change nothing. */
function isNoop(ctx: AclContext, user: AclUser, rule: AnalyzedRule): boolean {
  const root = user.selectors[0];
  const { lower, value } = rule;
  if (lower === 'allkeys' || lower === '~*') return root.allKeys;
  if (value[0] === '~' || (value[0] === '%' && ctx.dialect.keyPermissions)) {
    if (root.allKeys) return false; // an error: reported by invalid-acl-rule
    const key = keyRule(value);
    if (!key) return false;
    const existing = root.keys.find((k) => k.pattern === key.pattern);
    return existing !== undefined && (existing.read || !key.read) && (existing.write || !key.write);
  }
  if (value[0] === '&' && ctx.dialect.channels && lower !== '&*') {
    return !root.allChannels && root.channels.includes(value.slice(1));
  }
  if ((value[0] === '>' || value[0] === '#') && user.passwords.length > 0 && !user.nopass) {
    const hash = passwordHash(rule);
    return hash !== undefined && user.passwords.includes(hash);
  }
  return false;
}

/** The first later rule that undoes a key, channel, password or selector rule entirely. */
function laterOverride(ctx: AclContext, rules: readonly AnalyzedRule[], i: number): number | undefined {
  const rule = rules[i];
  const { lower, value } = rule;
  let clears: (later: AnalyzedRule) => boolean;
  if (rule.selector) {
    clears = (l) => l.lower === 'clearselectors' || l.lower === 'reset';
  } else if (lower === 'allkeys' || lower === '~*') {
    clears = (l) => l.lower === 'resetkeys' || l.lower === 'reset';
  } else if (value[0] === '~' || (value[0] === '%' && ctx.dialect.keyPermissions)) {
    clears = (l) => l.lower === 'resetkeys' || l.lower === 'reset' || l.lower === 'allkeys' || l.lower === '~*';
  } else if (lower === 'allchannels' || lower === '&*') {
    clears = (l) => l.lower === 'resetchannels' || l.lower === 'reset';
  } else if (value[0] === '&' && ctx.dialect.channels) {
    clears = (l) => l.lower === 'resetchannels' || l.lower === 'reset' || l.lower === 'allchannels' || l.lower === '&*';
  } else if (value[0] === '>' || value[0] === '#') {
    const hash = passwordHash(rule);
    if (hash === undefined) return undefined;
    clears = (l) => l.lower === 'resetpass' || l.lower === 'reset' || ((l.value[0] === '<' || l.value[0] === '!') && passwordHash(l) === hash);
  } else {
    return undefined;
  }
  for (let j = i + 1; j < rules.length; j++) if (!rules[j].failed && clears(rules[j])) return j;
  return undefined;
}

/** Command rules that only restate where users start (`-@all`, `nocommands`, `reset`): never "no-ops". */
const EXPLICIT_DEFAULT = new Set(['-@all', 'nocommands', 'reset']);

function analyzeDefinition(ctx: AclContext, input: DefinitionInput, duplicate: boolean): UserDefinition | undefined {
  const merged = mergeSelectorWords(input.words, ctx.dialect);
  if (!merged.ok) return undefined; // unmatched `(`: invalid-acl-rule / crashes-redis report it
  const rules: AnalyzedRule[] = [];
  for (const m of merged.rules) {
    const t = input.trim ? trimmed(m.value, m.span) : { value: m.value, span: m.span };
    if (t.value === '') continue;
    const selector = ctx.dialect.selectors && t.value[0] === '(' && t.value[t.value.length - 1] === ')';
    const lower = asciiLower(t.value);
    const sign = t.value[0];
    const deny = selector ? undefined
      : sign === '+' || sign === '-' ? sign === '-'
        : lower === 'allcommands' || lower === 'nocommands' ? lower === 'nocommands' : undefined;
    rules.push({ value: t.value, lower, span: t.span, wordSpan: m.span, selector, failed: false, ...(deny === undefined ? {} : { deny }) });
  }

  const { table } = ctx;
  const size = table.all.length;
  const touches = rules.map((rule) => commandTouch(ctx, rule));
  const last = lastTouchers(size);
  let lastAll = -1;
  touches.forEach((touch, i) => {
    if (!touch) return;
    if (touch.all) lastAll = i;
    else forEachId(touch, size, (id) => (last[id] = i));
  });
  const lastOf = (id: number): number => Math.max(last[id], lastAll);

  const user = createUser(ctx, input.name);
  if (input.fromReset) applyUserRule(ctx, user, 'reset');
  const selectorRules = [-1];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const root = user.selectors[0];
    const touch = touches[i];
    let effect: RuleEffect | undefined;
    if (touch && rule.lower !== 'reset') {
      let changed = false;
      let matters = false;
      forEachId(touch, size, (id) => {
        if (root.allowed.get(id) !== (touch.allow ? 1 : 0)) {
          changed = true;
          if (lastOf(id) === i) matters = true;
        }
      });
      if (touch.all && root.future !== touch.allow) {
        changed = true;
        if (lastAll === i) matters = true;
      }
      if (dropsFirstArgs(ctx, root, touch)) changed = matters = true;
      if (!changed) {
        if (!EXPLICIT_DEFAULT.has(rule.lower)) effect = { kind: 'noop' };
      } else if (!matters) {
        effect = { kind: 'overridden', by: overriddenBy(ctx, root, touches, i, size) };
      }
    } else if (!touch && isNoop(ctx, user, rule)) {
      effect = { kind: 'noop' };
    }
    const selectorsBefore = user.selectors.length;
    const failure = applyUserRule(ctx, user, rule.value);
    if (failure) {
      rule.failed = true;
      continue;
    }
    if (effect) rule.effect = effect;
    if (rule.lower === 'clearselectors' || rule.lower === 'reset') selectorRules.length = 1;
    if (user.selectors.length > selectorsBefore) selectorRules.push(i);
  }
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule.failed || rule.effect || touches[i]) continue;
    const by = laterOverride(ctx, rules, i);
    if (by !== undefined) rule.effect = { kind: 'overridden', by };
  }

  // Which rule grants each watched command, and which permission sets allow everything.
  const grants = new Map<string, { rule: number | undefined; selector: number; risks: ResolvedRisk[] }>();
  const grant = (rule: number | undefined, selector: number, risk: ResolvedRisk) => {
    const key = `${selector}:${rule ?? ''}`;
    let entry = grants.get(key);
    if (!entry) grants.set(key, (entry = { rule, selector, risks: [] }));
    entry.risks.push(risk);
  };
  const risks = riskyCommands(table);
  user.selectors.forEach((s, k) => {
    for (const risk of risks) {
      if (!selectorCanRun(s, risk)) continue;
      if (k > 0) grant(selectorRules[k], k, risk);
      else if (risk.firstArg !== undefined && !s.allowed.get(risk.entry.id)) grant(lastFirstArgRule(rules, risk), 0, risk);
      else {
        const at = lastOf(risk.entry.id);
        grant(at >= 0 ? at : undefined, 0, risk);
      }
    }
  });
  const unrestricted: { selector: number; rule: number | undefined }[] = [];
  user.selectors.forEach((s, k) => {
    if (!s.allKeys || !(s.allCommands || s.allowed.all())) return;
    if (k > 0) unrestricted.push({ selector: k, rule: selectorRules[k] });
    else unrestricted.push({ selector: 0, rule: lastAll >= 0 && touches[lastAll]?.allow ? lastAll : undefined });
  });

  return {
    file: input.file, name: input.name, nameSpan: input.nameSpan, lineSpan: input.lineSpan,
    rules, user, selectorRules, grants: [...grants.values()], unrestricted, duplicate,
  };
}

function lastFirstArgRule(rules: readonly AnalyzedRule[], risk: ResolvedRisk): number | undefined {
  const text = `+${risk.entry.name}|${risk.firstArg}`;
  for (let i = rules.length - 1; i >= 0; i--) if (!rules[i].failed && rules[i].lower === text) return i;
  return undefined;
}

/** The rule after `i` by which every bit `i` changes has been set again. */
function overriddenBy(ctx: AclContext, root: Selector, touches: readonly (Touch | undefined)[], i: number, size: number): number {
  const touch = touches[i]!;
  const remaining = new Set<number>();
  forEachId(touch, size, (id) => {
    if (root.allowed.get(id) !== (touch.allow ? 1 : 0)) remaining.add(id);
  });
  const needAll = touch.all && root.future !== touch.allow;
  for (let j = i + 1; j < touches.length; j++) {
    const later = touches[j];
    if (!later) continue;
    if (later.all) return j;
    if (needAll) continue;
    forEachId(later, size, (id) => remaining.delete(id));
    if (remaining.size === 0) return j;
  }
  return touches.length - 1;
}

/** Whether any permission set lets the user run a command. */
export function canRunAnything(user: AclUser): boolean {
  return user.selectors.some((s) => s.allCommands || s.allowed.any() || s.firstArgs.size > 0);
}
