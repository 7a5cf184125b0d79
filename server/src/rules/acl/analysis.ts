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
  type CommandTable,
  type PubsubDefault,
  type ResolvedRisk,
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
  effect: RuleEffect | undefined;
  /** For command rules: a deny (`-…`) or a grant (`+…`); undefined for other rules. */
  readonly deny: boolean | undefined;
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

const isTrimmed = (c: number): boolean => c === 9 || c === 10 || c === 13;

/** The word as Redis applies it: `\t\r\n` trimmed from both ends (the same object when there is none). */
function trimmed<W extends { readonly value: string; readonly span: Span }>(word: W): W | { value: string; span: Span } {
  const { value, span } = word;
  if (!isTrimmed(value.charCodeAt(0)) && !isTrimmed(value.charCodeAt(value.length - 1))) return word;
  const lead = value.length - value.replace(TRIM_START, '').length;
  const out = value.replace(TRIM_START, '').replace(TRIM_END, '');
  return { value: out, span: { start: span.start + lead, end: span.start + lead + out.length } };
}

function analyzeAclFile(model: LintModel): AclAnalysis {
  const acl = model.acl!;
  const ctx = aclContext(model.target.dataId);
  const legacy = ctx.dialect.legacyAclFile;
  // 7.0+: the model loaded the file already; reuse its users and its refused rules.
  const failed = new Set<number>();
  if (!legacy) for (const problem of acl.result.problems) if (problem.kind === 'rule') failed.add(problem.span.start);
  const definitions: UserDefinition[] = [];
  const seen = new Set<string>();
  let sawDefault = false;
  for (const line of acl.doc.lines) {
    const username = line.username;
    if (line.keyword.value !== 'user' || !username || /[ \t\n\v\f\r\0]/.test(username.value) || username.value === '') continue;
    const duplicate = seen.has(username.value);
    seen.add(username.value);
    if (username.value === 'default') sawDefault = true;
    const loaded = legacy || duplicate ? undefined : acl.result.users.get(username.value);
    const def = analyzeDefinition(ctx, {
      file: model.mainFile, name: username.value, nameSpan: username.span, lineSpan: line.span, words: line.rules, trim: true, fromReset: false,
    }, legacy ? false : duplicate, loaded ? { user: loaded, failed } : undefined);
    if (def) definitions.push(def);
  }
  if (legacy) markSuperseded(definitions);
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
// Command bits each rule sets, known from its text alone.

type Touch =
  | { readonly all: true; readonly allow: boolean }
  | { readonly all: false; readonly allow: boolean; readonly ids: readonly number[]; readonly cmd?: number; readonly category?: number };

const ALL_ON: Touch = { all: true, allow: true };
const ALL_OFF: Touch = { all: true, allow: false };

const touchCache = new WeakMap<CommandTable, Map<string, Touch | null>>();

/** The command bits each (lower-cased, non-selector) rule sets, or null for other rules and first-args; cached per table. */
function touchesOf(table: CommandTable): Map<string, Touch | null> {
  let cache = touchCache.get(table);
  if (!cache) touchCache.set(table, (cache = new Map()));
  return cache;
}

function computeTouch(table: CommandTable, lower: string): Touch | null {
  if (lower === '+@all' || lower === 'allcommands') return ALL_ON;
  if (lower === '-@all' || lower === 'nocommands' || lower === 'reset') return ALL_OFF;
  const sign = lower[0];
  if (sign !== '+' && sign !== '-') return null;
  const allow = sign === '+';
  if (lower[1] === '@') {
    const bit = table.categoryBit(lower.slice(2));
    return bit < 0 ? null : { all: false, allow, ids: table.categoryTargetIds(bit), category: bit };
  }
  const cmd = table.lookup(lower.slice(1));
  return cmd ? { all: false, allow, ids: [cmd.id, ...cmd.subcommands.map((s) => s.id)], cmd: cmd.id } : null;
}

// ---------------------------------------------------------------------------------------------
// Building the rule list

function hasSelectorWords(words: readonly AclWordInput[]): boolean {
  for (const w of words) if (w.value.charCodeAt(0) === 40 /* ( */) return true;
  return false;
}

function buildRules(ctx: AclContext, input: DefinitionInput): AnalyzedRule[] | undefined {
  let merged: readonly { readonly value: string; readonly span: Span }[];
  if (!ctx.dialect.selectors || !hasSelectorWords(input.words)) merged = input.words;
  else {
    const result = mergeSelectorWords(input.words, ctx.dialect);
    if (!result.ok) return undefined; // unmatched `(`: invalid-acl-rule / crashes-redis report it
    merged = result.rules;
  }
  const rules: AnalyzedRule[] = [];
  for (const m of merged) {
    const t = input.trim ? trimmed(m) : m;
    if (t.value === '') continue;
    const selector = ctx.dialect.selectors && t.value[0] === '(' && t.value[t.value.length - 1] === ')';
    const lower = asciiLower(t.value);
    const sign = t.value[0];
    const deny = selector ? undefined
      : sign === '+' || sign === '-' ? sign === '-'
        : lower === 'allcommands' || lower === 'nocommands' ? lower === 'nocommands' : undefined;
    rules.push({ value: t.value, lower, span: t.span, wordSpan: m.span, selector, failed: false, deny, effect: undefined });
  }
  return rules;
}

// ---------------------------------------------------------------------------------------------
// Simulation: the state a user's root permissions pass through, rule by rule, kept only as far
// as "does this rule change anything, and does a later rule undo it" needs. The user itself
// comes from the engine.

const HASH = /^[0-9a-f]{64}$/;
const NOOP: RuleEffect = { kind: 'noop' };

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

class Scratch {
  readonly bits: Uint8Array;
  readonly last: Int32Array;
  /** The ids the current rule changed. */
  readonly changed: Int32Array;
  constructor(readonly size: number) {
    this.bits = new Uint8Array(size);
    this.last = new Int32Array(size);
    this.changed = new Int32Array(size);
  }
}

let scratch: Scratch | undefined;

function scratchFor(size: number): Scratch {
  if (!scratch || scratch.size !== size) scratch = new Scratch(size);
  return scratch;
}

interface SimResult {
  /** Rule index that last set each command bit (-1: none); valid until the next simulation. */
  readonly last: Int32Array;
  readonly lastAll: number;
  /** Index of the rule that created each selector of the final user ([0], the root, is -1). */
  readonly selectorRules: readonly number[];
}

const ROOT_ONLY: number[] = [-1];
const touchScratch: (Touch | null)[] = [];

/** Command rules that only restate where users start (`-@all`, `nocommands`, `reset`): never "no-ops". */
const EXPLICIT_DEFAULT = new Set(['-@all', 'nocommands', 'reset']);

function simulate(ctx: AclContext, rules: AnalyzedRule[]): SimResult {
  const { table, dialect } = ctx;
  const size = table.all.length;
  const { bits, last, changed } = scratchFor(size);
  bits.fill(0);
  last.fill(-1);
  let lastAll = -1;
  const touches = touchScratch;
  touches.length = rules.length;
  const cache = touchesOf(table);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    let touch: Touch | null | undefined = null;
    if (!rule.failed && !rule.selector) {
      touch = cache.get(rule.lower);
      if (touch === undefined) cache.set(rule.lower, (touch = computeTouch(table, rule.lower)));
    }
    touches[i] = touch;
    if (!touch) continue;
    if (touch.all) lastAll = i;
    else for (const id of touch.ids) last[id] = i;
  }

  let future = false;
  let firstArgs: Set<number> | undefined;
  let allKeys = false;
  // Small lists: a user has a handful of patterns and passwords.
  let keys: { pattern: string; read: boolean; write: boolean }[] | undefined;
  const channelsDefault = dialect.pubsubDefault === 'allchannels';
  let allChannels = channelsDefault;
  let channels: string[] | undefined;
  let nopass = false;
  let passwords: string[] | undefined;
  let selectorRules: number[] = ROOT_ONLY;

  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule.failed) continue;
    const { lower, value } = rule;
    const touch = touches[i];
    if (touch) {
      const allow = touch.allow ? 1 : 0;
      let changedCount = 0;
      let matters = false;
      let futureChanged = false;
      if (touch.all) {
        for (let id = 0; id < size; id++) {
          if (bits[id] !== allow) {
            changed[changedCount++] = id;
            if (lastAll === i && last[id] < i) matters = true;
            bits[id] = allow;
          }
        }
        if (future !== touch.allow) {
          futureChanged = true;
          if (lastAll === i) matters = true;
          future = touch.allow;
        }
        if (firstArgs && firstArgs.size > 0) {
          futureChanged = matters = true;
          firstArgs.clear();
        }
      } else {
        for (const id of touch.ids) {
          if (bits[id] !== allow) {
            changed[changedCount++] = id;
            if (last[id] === i && lastAll < i) matters = true;
            bits[id] = allow;
          }
        }
        if (firstArgs && firstArgs.size > 0) {
          if (touch.cmd !== undefined) {
            if (firstArgs.delete(touch.cmd)) futureChanged = matters = true;
          } else if (touch.category !== undefined) {
            const mask = 1 << touch.category;
            for (const id of firstArgs) {
              if (table.all[id].categoryMask & mask) {
                firstArgs.delete(id);
                futureChanged = matters = true;
              }
            }
          }
        }
      }
      if (changedCount === 0 && !futureChanged) {
        if (!EXPLICIT_DEFAULT.has(lower)) rule.effect = NOOP;
      } else if (!matters && lower !== 'reset') {
        rule.effect = { kind: 'overridden', by: overriddenBy(touches, i, changed.subarray(0, changedCount), futureChanged) };
      }
    } else if (!rule.selector && (value[0] === '+' || value[0] === '-') && value[1] !== '@' && value.includes('|')) {
      // A first-arg rule (`+select|0`): only tracked so that a later `-select` counts as a change.
      const cmd = table.lookup(value.slice(1, value.indexOf('|')));
      if (cmd && value[0] === '+') (firstArgs ??= new Set()).add(cmd.id);
    }
    if (lower === 'reset') {
      allKeys = false;
      keys = undefined;
      allChannels = channelsDefault;
      channels = undefined;
      nopass = false;
      passwords = undefined;
      selectorRules = ROOT_ONLY;
    } else if (rule.selector) {
      selectorRules = selectorRules === ROOT_ONLY ? [-1, i] : (selectorRules.push(i), selectorRules);
    } else if (lower === 'clearselectors') {
      selectorRules = ROOT_ONLY;
    } else if (lower === 'allkeys' || lower === '~*') {
      if (allKeys) rule.effect = NOOP;
      allKeys = true;
      keys = undefined;
    } else if (lower === 'resetkeys') {
      allKeys = false;
      keys = undefined;
    } else if (value[0] === '~' || (value[0] === '%' && dialect.keyPermissions)) {
      const key = keyRule(value);
      if (key && !allKeys) {
        const existing = keys?.find((k) => k.pattern === key.pattern);
        if (existing && (existing.read || !key.read) && (existing.write || !key.write)) rule.effect = NOOP;
        else if (existing) {
          existing.read ||= key.read;
          existing.write ||= key.write;
        } else (keys ??= []).push(key);
      }
    } else if (dialect.channels && (lower === 'allchannels' || lower === '&*')) {
      allChannels = true;
      channels = undefined;
    } else if (dialect.channels && lower === 'resetchannels') {
      allChannels = false;
      channels = undefined;
    } else if (dialect.channels && value[0] === '&') {
      const pattern = value.slice(1);
      if (!allChannels && channels?.includes(pattern)) rule.effect = NOOP;
      else (channels ??= []).push(pattern);
    } else if (lower === 'nopass') {
      nopass = true;
      passwords = undefined;
    } else if (lower === 'resetpass') {
      nopass = false;
      passwords = undefined;
    } else if (value[0] === '>' || value[0] === '#') {
      // Compared as written: `>a` twice is caught, `>a` and `#<sha256 of a>` are not (rare).
      if (!nopass && passwords?.includes(value)) rule.effect = NOOP;
      else (passwords ??= []).push(value);
      nopass = false;
    } else if (passwords && (value[0] === '<' || value[0] === '!')) {
      const added = `${value[0] === '<' ? '>' : '#'}${value.slice(1)}`;
      passwords = passwords.filter((p) => p !== added);
    }
  }
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const touch = touches[i];
    if (rule.failed) continue;
    if (touch) {
      // A deny whose every command ends up allowed by later grants does not hold, whether or
      // not it changed anything where it stands (`-flushall +@all`).
      if (!touch.allow && rule.lower !== 'reset') {
        const by = regrantedBy(touch, bits, last, lastAll, size);
        if (by > i) rule.effect = { kind: 'overridden', by };
      }
    } else if (!rule.effect) {
      const by = laterOverride(ctx, rules, i);
      if (by !== undefined) rule.effect = { kind: 'overridden', by };
    }
  }
  return { last, lastAll, selectorRules };
}

/** When every command a deny touches is allowed in the end: the last rule that allowed one again; else -1. */
function regrantedBy(touch: Touch, final: Uint8Array, last: Int32Array, lastAll: number, size: number): number {
  let by = -1;
  const check = (id: number): boolean => {
    if (final[id] !== 1) return false;
    by = Math.max(by, last[id], lastAll);
    return true;
  };
  if (touch.all) {
    for (let id = 0; id < size; id++) if (!check(id)) return -1;
  } else {
    if (touch.ids.length === 0) return -1;
    for (const id of touch.ids) if (!check(id)) return -1;
  }
  return by;
}

/** The first rule after `i` by which every bit `i` changed has been set again. */
function overriddenBy(touches: readonly (Touch | null)[], i: number, changedIds: Int32Array, needAll: boolean): number {
  const remaining = new Set<number>(changedIds);
  for (let j = i + 1; j < touches.length; j++) {
    const later = touches[j];
    if (!later) continue;
    if (later.all) return j;
    if (needAll) continue;
    for (const id of later.ids) remaining.delete(id);
    if (remaining.size === 0) return j;
  }
  return touches.length - 1;
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
  } else if (ctx.dialect.channels && (lower === 'allchannels' || lower === '&*')) {
    clears = (l) => l.lower === 'resetchannels' || l.lower === 'reset';
  } else if (value[0] === '&' && ctx.dialect.channels) {
    clears = (l) => l.lower === 'resetchannels' || l.lower === 'reset' || l.lower === 'allchannels' || l.lower === '&*';
  } else if (value[0] === '>' || value[0] === '#') {
    let hash: string | undefined;
    clears = (l) => {
      if (l.lower === 'resetpass' || l.lower === 'reset') return true;
      if (l.value[0] !== '<' && l.value[0] !== '!') return false;
      hash ??= passwordHash(rule) ?? '';
      return passwordHash(l) === hash;
    };
  } else {
    return undefined;
  }
  for (let j = i + 1; j < rules.length; j++) if (!rules[j].failed && clears(rules[j])) return j;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// One definition

const NONE: readonly never[] = [];

function replay(ctx: AclContext, input: DefinitionInput, rules: AnalyzedRule[]): AclUser {
  const user = createUser(ctx, input.name);
  if (input.fromReset) applyUserRule(ctx, user, 'reset');
  for (const rule of rules) if (applyUserRule(ctx, user, rule.value)) rule.failed = true;
  return user;
}

function analyzeDefinition(
  ctx: AclContext,
  input: DefinitionInput,
  duplicate: boolean,
  loaded?: { readonly user: AclUser; readonly failed: ReadonlySet<number> },
): UserDefinition | undefined {
  const rules = buildRules(ctx, input);
  if (!rules) return undefined;
  let user: AclUser;
  if (loaded) {
    user = loaded.user;
    if (loaded.failed.size > 0) for (const rule of rules) if (loaded.failed.has(rule.span.start)) rule.failed = true;
  } else {
    user = replay(ctx, input, rules);
  }
  const sim = simulate(ctx, rules);
  const selectorRules = sim.selectorRules.length === user.selectors.length ? sim.selectorRules : user.selectors.map((_, k) => (k === 0 ? -1 : -2));
  const ruleAt = (index: number): number | undefined => (index >= 0 ? index : undefined);

  // Which rule grants each watched command, and which permission sets allow everything.
  let grants: (RiskGrant & { risks: ResolvedRisk[] })[] | undefined;
  const risks = riskyCommands(ctx.table);
  for (let k = 0; k < user.selectors.length; k++) {
    const s = user.selectors[k];
    if (!s.allCommands && !s.allowed.any() && s.firstArgs.size === 0) continue;
    for (const risk of risks) {
      if (!selectorCanRun(s, risk)) continue;
      let rule: number | undefined;
      if (k > 0) rule = ruleAt(selectorRules[k]);
      else if (risk.firstArg !== undefined && !s.allowed.get(risk.entry.id)) rule = lastFirstArgRule(rules, risk);
      else rule = ruleAt(Math.max(sim.last[risk.entry.id], sim.lastAll));
      grants ??= [];
      let entry = grants.find((g) => g.selector === k && g.rule === rule);
      if (!entry) grants.push((entry = { rule, selector: k, risks: [] }));
      entry.risks.push(risk);
    }
  }
  let unrestricted: { selector: number; rule: number | undefined }[] | undefined;
  for (let k = 0; k < user.selectors.length; k++) {
    const s = user.selectors[k];
    if (!s.allKeys || !(s.allCommands || s.allowed.all())) continue;
    const rule = k > 0 ? ruleAt(selectorRules[k]) : sim.lastAll >= 0 && rules[sim.lastAll].deny === false ? sim.lastAll : undefined;
    (unrestricted ??= []).push({ selector: k, rule });
  }

  return {
    file: input.file, name: input.name, nameSpan: input.nameSpan, lineSpan: input.lineSpan,
    rules, user, selectorRules, grants: grants ?? NONE, unrestricted: unrestricted ?? NONE, duplicate,
  };
}

function lastFirstArgRule(rules: readonly AnalyzedRule[], risk: ResolvedRisk): number | undefined {
  const text = `+${risk.entry.name}|${risk.firstArg}`;
  for (let i = rules.length - 1; i >= 0; i--) if (!rules[i].failed && rules[i].lower === text) return i;
  return undefined;
}

/** Whether any permission set lets the user run a command. */
export function canRunAnything(user: AclUser): boolean {
  return user.selectors.some((s) => s.allCommands || s.allowed.any() || s.firstArgs.size > 0);
}
