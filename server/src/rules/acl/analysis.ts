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
  selectorMayRunRisky,
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
  /**
   * It changes something, but later rules undo all of it: `by` (an index into `rules`) alone,
   * or, when `partial`, `by` is the last of several.
   */
  | { readonly kind: 'overridden'; readonly by: number; readonly partial?: boolean };

/** A rule as Redis applies it: one word (trimmed in ACL files), or a `(…)` selector joined from several. */
export interface RuleWord {
  /** May be a secret (`>password`): never put it in a message as is (see `shown`). */
  readonly value: string;
  /** Where it is written. */
  readonly span: Span;
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
  /** The rules of the line, in order (kept as plain words: a file may hold millions). */
  readonly rules: readonly RuleWord[];
  /** The user after this line (refused rules skipped). */
  readonly user: AclUser;
  /** Index of the rule that created each selector; [0] (the root) is -1. */
  readonly selectorRules: readonly number[];
  readonly grants: readonly RiskGrant[];
  /** Permission sets that allow every command on every key, with the rule that made them so. */
  readonly unrestricted: readonly { readonly selector: number; readonly rule: number | undefined }[];
  /** A later line of the same user (7.0+ refuse it; 6.x replace the user): only the first counts. */
  readonly duplicate: boolean;
  /** Redis refuses rule `i` (reported by invalid-acl-rule); the analysis skips it. */
  failed(i: number): boolean;
  /** What rule `i` does when it is not simply "something that lasts". */
  effect(i: number): RuleEffect | undefined;
  /** Whether rule `i` is a `(…)` selector. */
  isSelector(i: number): boolean;
  /** The words rule `i` was written as (before the trim), for fixes that delete it. */
  wordSpan(i: number): Span;
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

/** A rule in ASCII lower case, as Redis compares keywords (`strcasecmp`). */
export function lowerOf(rule: RuleWord): string {
  return asciiLower(rule.value);
}

/** For command rules: a deny (`-…`, `nocommands`) or a grant (`+…`, `allcommands`); undefined for other rules. */
export function denyOf(def: UserDefinition, i: number): boolean | undefined {
  if (def.isSelector(i)) return undefined;
  const { value } = def.rules[i];
  if (value[0] === '+' || value[0] === '-') return value[0] === '-';
  const lower = asciiLower(value);
  return lower === 'allcommands' || lower === 'nocommands' ? lower === 'nocommands' : undefined;
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
  const definitions: Definition[] = [];
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
function markSuperseded(definitions: Definition[]): void {
  const last = new Map<string, Definition>();
  for (const def of definitions) last.set(def.name, def);
  for (let i = 0; i < definitions.length; i++) {
    const def = definitions[i];
    if (last.get(def.name) !== def) definitions[i] = def.superseded();
  }
}

function analyzeConfUsers(model: LintModel): AclAnalysis | undefined {
  const config = model.config!;
  const setting = config.effective('acl-pubsub-default');
  const written = setting ? asciiLower(setting.values[0] ?? '') : '';
  const fromConfig = written === 'allchannels' || written === 'resetchannels';
  const ctx = aclContext(model.target.dataId, fromConfig ? { pubsubDefault: written as PubsubDefault } : {});
  const definitions: Definition[] = [];
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

/** Only these rules set command bits: `+…`, `-…`, `allcommands`, `nocommands`, `reset`. */
function mayTouch(lower: string): boolean {
  const c = lower.charCodeAt(0);
  return c === 43 || c === 45 || lower === 'allcommands' || lower === 'nocommands' || lower === 'reset';
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

interface BuiltRules {
  readonly rules: readonly RuleWord[];
  /** Words Redis trims (ACL files): where they were written before the trim. */
  readonly untrimmed?: ReadonlyMap<number, Span>;
}

function buildRules(ctx: AclContext, input: DefinitionInput): BuiltRules | undefined {
  let merged: readonly RuleWord[];
  if (!ctx.dialect.selectors || !hasSelectorWords(input.words)) merged = input.words;
  else {
    const result = mergeSelectorWords(input.words, ctx.dialect);
    if (!result.ok) return undefined; // unmatched `(`: invalid-acl-rule / crashes-redis report it
    merged = result.rules;
  }
  // Most lines need no change at all: the words are the rules.
  let clean = true;
  for (const m of merged) {
    const v = m.value;
    if (v === '' || (input.trim && (isTrimmed(v.charCodeAt(0)) || isTrimmed(v.charCodeAt(v.length - 1))))) clean = false;
  }
  if (clean) return { rules: merged };
  const rules: RuleWord[] = [];
  const untrimmed = new Map<number, Span>();
  for (const m of merged) {
    const t = input.trim ? trimmed(m) : m;
    if (t.value === '') continue;
    if (t !== m) untrimmed.set(rules.length, m.span);
    rules.push(t);
  }
  return { rules, untrimmed };
}

// ---------------------------------------------------------------------------------------------
// Simulation: the state a user's root permissions pass through, rule by rule, kept only as far
// as "does this rule change anything, and does a later rule undo it" needs. The user itself
// comes from the engine. Linear in the rules of a line (a line may hold 100,000 of them), and
// nothing is allocated per user in the common case: the state below is reused.

const NOOP: RuleEffect = { kind: 'noop' };

/** `%RW~pattern` → the permission and the pattern, as the engine reads it (undefined: invalid). */
function keyRule(value: string): { read: boolean; write: boolean; pattern: string } | undefined {
  if (value[0] === '~') return { read: true, write: true, pattern: value.slice(1) };
  const tilde = value.indexOf('~');
  if (value[0] !== '%' || tilde < 2) return undefined;
  const letters = value.slice(1, tilde).toUpperCase();
  if (!/^(R|W|RW|WR)$/.test(letters)) return undefined;
  return { read: letters.includes('R'), write: letters.includes('W'), pattern: value.slice(tilde + 1) };
}

/** Below this many entries a scan is as cheap as an index. */
const SMALL = 8;

/** A map that scans a short list and indexes a long one, reused from user to user. */
class SmallMap<V> {
  private keys: string[] = [];
  private values: V[] = [];
  private index: Map<string, V> | undefined;

  clear(): void {
    this.keys.length = 0;
    this.values.length = 0;
    this.index = undefined;
  }

  get(key: string): V | undefined {
    if (this.index) return this.index.get(key);
    const at = this.keys.indexOf(key);
    return at === -1 ? undefined : this.values[at];
  }

  set(key: string, value: V): void {
    if (this.index) {
      this.index.set(key, value);
      return;
    }
    const at = this.keys.indexOf(key);
    if (at !== -1) this.values[at] = value;
    else if (this.keys.length < SMALL) {
      this.keys.push(key);
      this.values.push(value);
    } else {
      this.index = new Map(this.keys.map((k, i) => [k, this.values[i]]));
      this.index.set(key, value);
    }
  }

  delete(key: string): void {
    if (this.index) {
      this.index.delete(key);
      return;
    }
    const at = this.keys.indexOf(key);
    if (at === -1) return;
    this.keys.splice(at, 1);
    this.values.splice(at, 1);
  }
}

class Scratch {
  readonly bits: Uint8Array;
  readonly last: Int32Array;
  /** The ids the current rule changed. */
  readonly changed: Int32Array;
  readonly keys = new SmallMap<{ read: boolean; write: boolean }>();
  readonly channels = new SmallMap<true>();
  /** Passwords as written (`>pw`, `#hash`), for "already set". */
  readonly passwords = new SmallMap<true>();
  /** Rules still in force that a later clearing rule would undo, by what clears them. */
  readonly pendingPatterns: number[] = [];
  readonly pendingAllKeys: number[] = [];
  readonly pendingChannels: number[] = [];
  readonly pendingAllChannels: number[] = [];
  readonly pendingPasswords: number[] = [];
  readonly pendingSelectors: number[] = [];
  /** Pending password rules by the text that removes them (`<pw`, `!hash`). */
  readonly removers = new SmallMap<number[]>();
  /** Per rule, the next all-rule (`+@all`, `-@all`, `reset`…) after it, for the touches it was built for. */
  nextAll = new Int32Array(64);
  nextAllFor: readonly (Touch | null)[] | undefined;
  /** A bit per command, all 0 between uses. */
  readonly marks: Uint8Array;
  /** Effects found so far for the current user. */
  effects: Map<number, RuleEffect> | undefined;
  constructor(readonly size: number) {
    this.bits = new Uint8Array(size);
    this.last = new Int32Array(size);
    this.changed = new Int32Array(size);
    this.marks = new Uint8Array(size);
  }
}

let scratch: Scratch | undefined;

function scratchFor(size: number): Scratch {
  if (!scratch || scratch.size !== size) scratch = new Scratch(size);
  const s = scratch;
  s.bits.fill(0);
  s.last.fill(-1);
  s.keys.clear();
  s.channels.clear();
  s.passwords.clear();
  s.removers.clear();
  s.nextAllFor = undefined;
  for (const list of [s.pendingPatterns, s.pendingAllKeys, s.pendingChannels, s.pendingAllChannels, s.pendingPasswords, s.pendingSelectors]) list.length = 0;
  return s;
}

interface SimResult {
  /** What the rules that do not simply last do, by index (absent: none). */
  readonly effects?: ReadonlyMap<number, RuleEffect>;
  /** Rule index that last set each command bit (-1: none); valid until the next simulation. */
  readonly last: Int32Array;
  readonly lastAll: number;
  /** Index of the rule that created each selector of the final user ([0], the root, is -1). */
  readonly selectorRules: readonly number[];
}

const ROOT_ONLY: number[] = [-1];
const touchScratch: (Touch | null)[] = [];
const lowerScratch: string[] = [];

/** Command rules that only restate where users start (`-@all`, `nocommands`, `reset`): never "no-ops". */
const EXPLICIT_DEFAULT = new Set(['-@all', 'nocommands', 'reset']);

function setEffect(sc: Scratch, i: number, effect: RuleEffect): void {
  (sc.effects ??= new Map()).set(i, effect);
}

/** Marks the pending rules as undone by rule `by` (unless they have an effect already), and forgets them. */
function undo(sc: Scratch, pending: number[], by: number): void {
  for (const i of pending) if (!sc.effects?.has(i)) setEffect(sc, i, { kind: 'overridden', by });
  pending.length = 0;
}

function simulate(ctx: AclContext, rules: readonly RuleWord[], failed: ReadonlySet<number> | undefined, isSelector: (i: number) => boolean): SimResult {
  const { table, dialect } = ctx;
  const size = table.all.length;
  const sc = scratchFor(size);
  const { bits, last, changed } = sc;
  let lastAll = -1;
  const touches = touchScratch;
  touches.length = rules.length;
  const lowers = lowerScratch;
  lowers.length = rules.length;
  const cache = touchesOf(table);
  for (let i = 0; i < rules.length; i++) {
    const lower = (lowers[i] = asciiLower(rules[i].value));
    let touch: Touch | null | undefined = null;
    if (!failed?.has(i) && !isSelector(i) && mayTouch(lower)) {
      touch = cache.get(lower);
      if (touch === undefined) cache.set(lower, (touch = computeTouch(table, lower)));
    }
    touches[i] = touch;
    if (!touch) continue;
    if (touch.all) lastAll = i;
    else for (const id of touch.ids) last[id] = i;
  }
  const lastOf = (id: number): number => Math.max(last[id], lastAll);

  let future = false;
  let firstArgs: Set<number> | undefined;
  let allKeys = false;
  const channelsDefault = dialect.pubsubDefault === 'allchannels';
  let allChannels = channelsDefault;
  let nopass = false;
  let removersBuilt = false;
  let selectorRules: number[] = ROOT_ONLY;

  for (let i = 0; i < rules.length; i++) {
    if (failed?.has(i)) continue;
    const { value } = rules[i];
    const lower = lowers[i];
    const selector = isSelector(i);
    const touch = touches[i];
    if (touch) {
      const allow = touch.allow ? 1 : 0;
      let changedCount = 0;
      let matters = false;
      let otherChange = false;
      if (touch.all) {
        for (let id = 0; id < size; id++) {
          if (bits[id] !== allow) {
            changed[changedCount++] = id;
            if (lastAll === i && last[id] < i) matters = true;
            bits[id] = allow;
          }
        }
        if (future !== touch.allow) {
          otherChange = true;
          if (lastAll === i) matters = true;
          future = touch.allow;
        }
        if (firstArgs && firstArgs.size > 0) {
          otherChange = matters = true;
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
            if (firstArgs.delete(touch.cmd)) otherChange = matters = true;
          } else if (touch.category !== undefined) {
            const mask = 1 << touch.category;
            for (const id of firstArgs) {
              if (table.all[id].categoryMask & mask) {
                firstArgs.delete(id);
                otherChange = matters = true;
              }
            }
          }
        }
      }
      if (changedCount === 0 && !otherChange) {
        if (!EXPLICIT_DEFAULT.has(lower)) setEffect(sc, i, NOOP);
      } else if (!matters && lower !== 'reset') {
        setEffect(sc, i, overrider(sc, touches, i, changedCount, lastOf));
      }
    } else if (!selector && (value[0] === '+' || value[0] === '-') && value[1] !== '@' && value.includes('|')) {
      // A first-arg rule (`+select|0`): only tracked so that a later `-select` counts as a change.
      const cmd = table.lookup(value.slice(1, value.indexOf('|')));
      if (cmd && value[0] === '+') (firstArgs ??= new Set()).add(cmd.id);
    }

    if (lower === 'reset') {
      undo(sc, sc.pendingPatterns, i);
      undo(sc, sc.pendingAllKeys, i);
      undo(sc, sc.pendingChannels, i);
      undo(sc, sc.pendingAllChannels, i);
      undo(sc, sc.pendingPasswords, i);
      undo(sc, sc.pendingSelectors, i);
      allKeys = false;
      sc.keys.clear();
      allChannels = channelsDefault;
      sc.channels.clear();
      nopass = false;
      sc.passwords.clear();
      sc.removers.clear();
      selectorRules = ROOT_ONLY;
    } else if (selector) {
      sc.pendingSelectors.push(i);
      selectorRules = selectorRules === ROOT_ONLY ? [-1, i] : (selectorRules.push(i), selectorRules);
    } else if (lower === 'clearselectors') {
      undo(sc, sc.pendingSelectors, i);
      selectorRules = ROOT_ONLY;
    } else if (lower === 'allkeys' || lower === '~*') {
      if (allKeys) setEffect(sc, i, NOOP);
      else sc.pendingAllKeys.push(i);
      undo(sc, sc.pendingPatterns, i);
      allKeys = true;
      sc.keys.clear();
    } else if (lower === 'resetkeys') {
      undo(sc, sc.pendingPatterns, i);
      undo(sc, sc.pendingAllKeys, i);
      allKeys = false;
      sc.keys.clear();
    } else if (value[0] === '~' || (value[0] === '%' && dialect.keyPermissions)) {
      const key = keyRule(value);
      if (key && !allKeys) {
        const existing = sc.keys.get(key.pattern);
        if (existing && (existing.read || !key.read) && (existing.write || !key.write)) setEffect(sc, i, NOOP);
        else {
          if (existing) {
            existing.read ||= key.read;
            existing.write ||= key.write;
          } else sc.keys.set(key.pattern, { read: key.read, write: key.write });
          sc.pendingPatterns.push(i);
        }
      }
    } else if (dialect.channels && (lower === 'allchannels' || lower === '&*')) {
      undo(sc, sc.pendingChannels, i);
      if (!allChannels) sc.pendingAllChannels.push(i);
      allChannels = true;
      sc.channels.clear();
    } else if (dialect.channels && lower === 'resetchannels') {
      undo(sc, sc.pendingChannels, i);
      undo(sc, sc.pendingAllChannels, i);
      allChannels = false;
      sc.channels.clear();
    } else if (dialect.channels && value[0] === '&') {
      const pattern = value.slice(1);
      if (!allChannels && sc.channels.get(pattern)) setEffect(sc, i, NOOP);
      else {
        sc.channels.set(pattern, true);
        sc.pendingChannels.push(i);
      }
    } else if (lower === 'nopass') {
      // What nopass throws away is acl-nopass-with-password's to report.
      nopass = true;
      sc.passwords.clear();
      sc.pendingPasswords.length = 0;
      sc.removers.clear();
    } else if (lower === 'resetpass') {
      undo(sc, sc.pendingPasswords, i);
      sc.removers.clear();
      nopass = false;
      sc.passwords.clear();
    } else if (value[0] === '>' || value[0] === '#') {
      // Compared as written: `>a` twice is caught, `>a` and `#<sha256 of a>` are not (rare).
      if (!nopass && sc.passwords.get(value)) setEffect(sc, i, NOOP);
      else {
        sc.passwords.set(value, true);
        sc.pendingPasswords.push(i);
        if (removersBuilt) addRemover(sc, value, i);
      }
      nopass = false;
    } else if (value[0] === '<' || value[0] === '!') {
      const added = `${value[0] === '<' ? '>' : '#'}${value.slice(1)}`;
      sc.passwords.delete(added);
      if (!removersBuilt) {
        removersBuilt = true;
        for (const p of sc.pendingPasswords) if (!sc.effects?.has(p)) addRemover(sc, rules[p].value, p);
      }
      const undone = sc.removers.get(added);
      if (undone) {
        undo(sc, undone, i);
        sc.removers.delete(added);
      }
    }
  }

  // A deny whose every command ends up allowed by later grants does not hold, whether or not it
  // changed anything where it stands (`-flushall +@all`).
  for (let i = 0; i < rules.length; i++) {
    const touch = touches[i];
    if (!touch || touch.allow || lowers[i] === 'reset') continue;
    const by = regrantedBy(touch, bits, last, lastAll, size);
    if (by > i) setEffect(sc, i, { kind: 'overridden', by });
  }
  const effects = sc.effects;
  sc.effects = undefined;
  return { last, lastAll, selectorRules, ...(effects ? { effects } : {}) };
}

/**
 * Who undoes command rule `i`: the first later all-rule if there is one (it sets everything
 * again); else the last rule to set one of its bits, `partial` when that one alone does not
 * cover them all.
 */
function overrider(sc: Scratch, touches: readonly (Touch | null)[], i: number, changedCount: number, lastOf: (id: number) => number): RuleEffect {
  if (sc.nextAllFor !== touches) {
    // Built once per user, and only when a command rule turns out to be undone.
    if (sc.nextAll.length < touches.length + 1) sc.nextAll = new Int32Array(touches.length * 2 + 1);
    let next = -1;
    for (let j = touches.length - 1; j >= 0; j--) {
      sc.nextAll[j] = next;
      if (touches[j]?.all) next = j;
    }
    sc.nextAllFor = touches;
  }
  const all = sc.nextAll[i];
  if (all !== -1) return { kind: 'overridden', by: all };
  let by = -1;
  for (let k = 0; k < changedCount; k++) by = Math.max(by, lastOf(sc.changed[k]));
  const later = touches[by];
  if (!later || later.all) return { kind: 'overridden', by };
  const marks = sc.marks;
  for (const id of later.ids) marks[id] = 1;
  let covered = true;
  for (let k = 0; k < changedCount; k++) if (!marks[sc.changed[k]]) covered = false;
  for (const id of later.ids) marks[id] = 0;
  return covered ? { kind: 'overridden', by } : { kind: 'overridden', by, partial: true };
}

function addRemover(sc: Scratch, value: string, index: number): void {
  const list = sc.removers.get(value);
  if (list) list.push(index);
  else sc.removers.set(value, [index]);
}

/** When every command a deny touches is allowed in the end: the last rule that allowed one again; else -1. */
function regrantedBy(touch: Touch, final: Uint8Array, last: Int32Array, lastAll: number, size: number): number {
  let by = -1;
  if (touch.all) {
    for (let id = 0; id < size; id++) {
      if (final[id] !== 1) return -1;
      by = Math.max(by, last[id], lastAll);
    }
    return by;
  }
  if (touch.ids.length === 0) return -1;
  for (const id of touch.ids) {
    if (final[id] !== 1) return -1;
    by = Math.max(by, last[id], lastAll);
  }
  return by;
}

// ---------------------------------------------------------------------------------------------
// One definition

const NONE: readonly never[] = [];

class Definition implements UserDefinition {
  constructor(
    readonly file: string,
    readonly name: string,
    readonly nameSpan: Span,
    readonly lineSpan: Span,
    readonly rules: readonly RuleWord[],
    readonly user: AclUser,
    readonly selectorRules: readonly number[],
    readonly grants: readonly RiskGrant[],
    readonly unrestricted: readonly { readonly selector: number; readonly rule: number | undefined }[],
    readonly duplicate: boolean,
    private readonly selectors: boolean,
    private readonly refused: ReadonlySet<number> | undefined,
    private readonly effects: ReadonlyMap<number, RuleEffect> | undefined,
    private readonly untrimmed: ReadonlyMap<number, Span> | undefined,
  ) {}

  failed(i: number): boolean {
    return this.refused?.has(i) ?? false;
  }

  effect(i: number): RuleEffect | undefined {
    return this.effects?.get(i);
  }

  isSelector(i: number): boolean {
    const { value } = this.rules[i];
    return this.selectors && value.charCodeAt(0) === 40 && value.charCodeAt(value.length - 1) === 41;
  }

  wordSpan(i: number): Span {
    return this.untrimmed?.get(i) ?? this.rules[i].span;
  }

  /** A copy marked as a duplicate (6.x: a later line replaces the user). */
  superseded(): Definition {
    return new Definition(this.file, this.name, this.nameSpan, this.lineSpan, this.rules, this.user, this.selectorRules, this.grants,
      this.unrestricted, true, this.selectors, this.refused, this.effects, this.untrimmed);
  }
}

const isSelectorWord = (selectors: boolean, value: string): boolean =>
  selectors && value.charCodeAt(0) === 40 && value.charCodeAt(value.length - 1) === 41;

function replay(ctx: AclContext, input: DefinitionInput, rules: readonly RuleWord[]): { user: AclUser; failed: Set<number> | undefined } {
  const user = createUser(ctx, input.name);
  if (input.fromReset) applyUserRule(ctx, user, 'reset');
  let failed: Set<number> | undefined;
  rules.forEach((rule, i) => {
    if (applyUserRule(ctx, user, rule.value)) (failed ??= new Set()).add(i);
  });
  return { user, failed };
}

function analyzeDefinition(
  ctx: AclContext,
  input: DefinitionInput,
  duplicate: boolean,
  loaded?: { readonly user: AclUser; readonly failed: ReadonlySet<number> },
): Definition | undefined {
  const built = buildRules(ctx, input);
  if (!built) return undefined;
  const { rules } = built;
  let user: AclUser;
  let failed: Set<number> | undefined;
  if (loaded) {
    user = loaded.user;
    if (loaded.failed.size > 0) rules.forEach((rule, i) => {
      if (loaded.failed.has(rule.span.start)) (failed ??= new Set()).add(i);
    });
  } else {
    ({ user, failed } = replay(ctx, input, rules));
  }
  const selectors = ctx.dialect.selectors;
  const sim = simulate(ctx, rules, failed, (i) => isSelectorWord(selectors, rules[i].value));
  const selectorRules = sim.selectorRules.length === user.selectors.length ? sim.selectorRules : user.selectors.map((_, k) => (k === 0 ? -1 : -2));

  // Which rule grants each watched command, and which permission sets allow everything.
  let grants: (RiskGrant & { risks: ResolvedRisk[] })[] | undefined;
  const risks = riskyCommands(ctx.table);
  for (let k = 0; k < user.selectors.length; k++) {
    const s = user.selectors[k];
    if (!selectorMayRunRisky(ctx.table, s)) continue;
    const first = grants?.length ?? 0;
    for (const risk of risks) {
      if (!selectorCanRun(s, risk)) continue;
      let at: number;
      if (k > 0) at = selectorRules[k];
      else if (risk.firstArg !== undefined && !s.allowed.get(risk.entry.id)) at = lastFirstArgRule(rules, failed, risk);
      else at = Math.max(sim.last[risk.entry.id], sim.lastAll);
      const rule = at >= 0 ? at : undefined;
      grants ??= [];
      let entry: (RiskGrant & { risks: ResolvedRisk[] }) | undefined;
      for (let g = first; g < grants.length; g++) if (grants[g].rule === rule) entry = grants[g];
      if (!entry) grants.push((entry = { rule, selector: k, risks: [] }));
      entry.risks.push(risk);
    }
  }
  let unrestricted: { selector: number; rule: number | undefined }[] | undefined;
  for (let k = 0; k < user.selectors.length; k++) {
    const s = user.selectors[k];
    if (!s.allKeys || !(s.allCommands || s.allowed.all())) continue;
    let rule: number | undefined;
    if (k > 0) rule = selectorRules[k] >= 0 ? selectorRules[k] : undefined;
    else if (sim.lastAll >= 0 && /^(\+@all|allcommands)$/i.test(rules[sim.lastAll].value)) rule = sim.lastAll;
    (unrestricted ??= []).push({ selector: k, rule });
  }

  return new Definition(input.file, input.name, input.nameSpan, input.lineSpan, rules, user, selectorRules, grants ?? NONE,
    unrestricted ?? NONE, duplicate, selectors, failed, sim.effects, built.untrimmed);
}

function lastFirstArgRule(rules: readonly RuleWord[], failed: ReadonlySet<number> | undefined, risk: ResolvedRisk): number {
  const text = `+${risk.entry.name}|${risk.firstArg}`;
  for (let i = rules.length - 1; i >= 0; i--) if (!failed?.has(i) && asciiLower(rules[i].value) === text) return i;
  return -1;
}

/** Whether any permission set lets the user run a command. */
export function canRunAnything(user: AclUser): boolean {
  return user.selectors.some((s) => s.allCommands || s.allowed.any() || s.firstArgs.size > 0);
}
