// Applying one rule to a user or a selector, as Redis's ACLSetUser / ACLSetSelector do it.
// Each function returns undefined on success, or why Redis refuses the rule. A refused rule may
// leave earlier effects of the same call in place, as in Redis (`(…)` selectors are all-or-nothing).
import type { CommandEntry } from './commands.js';
import type { AclFailure, SyntaxDetail } from './errors.js';
import { WORK } from '../../../../grammar/src/index.js';
import { sha256Hex } from './sha256.js';
import { splitArgs } from './splitargs.js';
import { createSelector, rootSelector, type AclContext, type AclUser, type KeyPattern, type Selector } from './state.js';

/** `strcasecmp` semantics: ASCII-only case folding, comparison stops at a NUL. */
function keyword(op: string): string {
  for (let i = 0; i < op.length; i++) {
    const c = op.charCodeAt(i);
    if (c === 0 || (c >= 65 && c <= 90)) {
      const nul = op.indexOf('\0');
      return (nul === -1 ? op : op.slice(0, nul)).replace(/[A-Z]/g, (x) => x.toLowerCase());
    }
  }
  return op;
}

const syntax = (detail: SyntaxDetail): AclFailure => ({ errno: 'EINVAL', detail });

/** `ACLStringHasSpaces`: C isspace() or NUL anywhere. */
function hasSpaces(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0) return true;
  }
  return false;
}

function isValidHash(hash: string): boolean {
  if (hash.length !== 64) return false;
  for (let i = 0; i < 64; i++) {
    const c = hash.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

const USER_LEVEL_RULES = new Set([
  'on', 'off', 'nopass', 'resetpass', 'reset', 'clearselectors', 'sanitize-payload', 'skip-sanitize-payload',
]);

// ---------------------------------------------------------------------------------------------
// Command bits

function setBit(s: Selector, id: number, allow: boolean): void {
  s.allowed.set(id, allow);
  if (!allow) s.allCommands = false;
}

/** `ACLChangeSelectorPerm`: a command with all its subcommands; drops its allowed first-args. */
function changePerm(s: Selector, cmd: CommandEntry, allow: boolean): void {
  setBit(s, cmd.id, allow);
  s.firstArgs.delete(cmd.id);
  for (const sub of cmd.subcommands) setBit(s, sub.id, allow);
}

function setAllCommands(s: Selector, allow: boolean): void {
  s.allowed.fill(allow);
  s.allCommands = allow;
  s.future = allow;
  s.firstArgs.clear();
  s.rules = [];
}

function addFirstArg(s: Selector, id: number, arg: string): void {
  const list = s.firstArgs.get(id) ?? [];
  WORK.aclSteps++;
  const word = keyword(arg);
  if (list.length < SMALL) {
    let found = false;
    for (const a of list) if (keyword(a) === word) found = true;
    if (!found) list.push(arg);
  } else {
    const seen = indexOf(firstArgIndexes, list, (l) => new Set(l.map(keyword)));
    if (!seen.has(word)) {
      list.push(arg);
      seen.add(word);
    }
  }
  s.firstArgs.set(id, list);
}

// ---------------------------------------------------------------------------------------------
// Indexes beside the selector's plain arrays, so that a line with 100,000 rules costs 100,000
// steps (DESIGN.md: linear on any input). Each is keyed by the array it indexes: an array that is
// replaced (`resetkeys`, a copied selector) gets a fresh index, and one changed elsewhere (its
// length no longer matches) is indexed again. Arrays shorter than SMALL (nearly all of them) are
// scanned instead: as cheap, and nothing is allocated per user.

/** Below this many entries a scan costs a bounded number of steps and allocates nothing. */
const SMALL = 8;

const firstArgIndexes = new WeakMap<string[], Set<string>>();
const keyIndexes = new WeakMap<KeyPattern[], Map<string, KeyPattern>>();
const channelIndexes = new WeakMap<string[], Set<string>>();
const passwordIndexes = new WeakMap<string[], Set<string>>();

function indexOf<A extends object, I extends { readonly size: number }>(indexes: WeakMap<A, I>, array: A & { readonly length: number }, build: (array: A) => I): I {
  let index = indexes.get(array);
  if (!index || index.size !== array.length) {
    WORK.aclSteps += array.length;
    index = build(array);
    indexes.set(array, index);
  }
  return index;
}

/**
 * 7.2+ command rules in order, a later rule for a command replacing the earlier ones: an
 * insertion-ordered map (a replaced rule moves to the end) plus, per `cmd` and `cmd|sub` prefix,
 * the rules below it, so that recording a rule costs the rules it drops, not all of them. The
 * selector's `rules` array is read through it (see ruleOrder).
 */
class RuleOrder {
  private readonly byBody = new Map<string, string>();
  private readonly children = new Map<string, Set<string>>();
  private list: string[] | undefined;

  constructor(rules: readonly string[]) {
    this.reset(rules);
  }

  get rules(): string[] {
    return (this.list ??= [...this.byBody.values()]);
  }

  reset(rules: readonly string[]): void {
    this.byBody.clear();
    this.children.clear();
    this.list = undefined;
    for (const rule of rules) this.add(rule);
  }

  /** Drops the rule for `rule` and those for its `rule|…` subcommands and first args, then appends `text`. */
  record(rule: string, text: string): void {
    this.drop(rule);
    const below = this.children.get(rule);
    if (below) for (const body of [...below]) this.drop(body);
    this.add(text);
  }

  private add(text: string): void {
    const body = text.slice(1);
    this.drop(body);
    WORK.aclSteps++;
    this.byBody.set(body, text);
    this.list = undefined;
    for (let bar = body.indexOf('|'); bar !== -1; bar = body.indexOf('|', bar + 1)) {
      const prefix = body.slice(0, bar);
      const set = this.children.get(prefix);
      if (set) set.add(body);
      else this.children.set(prefix, new Set([body]));
    }
  }

  private drop(body: string): void {
    if (!this.byBody.delete(body)) return;
    WORK.aclSteps++;
    this.list = undefined;
    for (let bar = body.indexOf('|'); bar !== -1; bar = body.indexOf('|', bar + 1)) this.children.get(body.slice(0, bar))?.delete(body);
  }
}

const ruleOrders = new WeakMap<Selector, RuleOrder>();

/** The selector's rule order; on first use its `rules` property becomes a view of it. */
function ruleOrder(s: Selector): RuleOrder {
  let order = ruleOrders.get(s);
  if (!order) {
    WORK.aclSteps += s.rules.length;
    const created = new RuleOrder(s.rules);
    Object.defineProperty(s, 'rules', {
      get: () => created.rules,
      set: (rules: readonly string[]) => created.reset(rules),
      enumerable: true,
      configurable: true,
    });
    ruleOrders.set(s, created);
    order = created;
  }
  return order;
}

/**
 * 7.2+ `ACLUpdateCommandRules`: drop earlier rules for the same command (and, for a whole
 * command, its `cmd|…` rules), then append this one, lower-cased.
 */
function recordRule(ctx: AclContext, s: Selector, name: string, allow: boolean): void {
  if (ctx.dialect.commandRulesFormat !== 'as-written') return;
  const rule = keyword(name);
  const text = `${allow ? '+' : '-'}${rule}`;
  // `ruleOrders` first: on a selector it already tracks, `s.rules` is a getter that builds the list.
  if (!ruleOrders.has(s) && s.rules.length < SMALL) {
    // In place: drop the rule for `rule` and those for `rule|…`, then append.
    const rules = s.rules;
    WORK.aclSteps += rules.length + 1;
    let kept = 0;
    for (const existing of rules) {
      const same = existing.length === rule.length + 1 && existing.endsWith(rule);
      const below = existing.length > rule.length + 1 && existing.startsWith(rule, 1) && existing[rule.length + 1] === '|';
      if (!same && !below) rules[kept++] = existing;
    }
    rules.length = kept;
    rules.push(text);
    return;
  }
  ruleOrder(s).record(rule, text);
}

function applyCategory(ctx: AclContext, s: Selector, op: string): AclFailure | undefined {
  const name = op.slice(2);
  const bit = ctx.table.categoryBit(keyword(name));
  if (bit < 0) return { errno: 'ENOENT', detail: 'unknown-category', name };
  const allow = op[0] === '+';
  for (const id of ctx.table.categoryTargetIds(bit)) setBit(s, id, allow);
  for (const id of ctx.table.categoryMemberIds(bit)) s.firstArgs.delete(id);
  recordRule(ctx, s, `@${name}`, allow);
  return undefined;
}

function allowCommand(ctx: AclContext, s: Selector, op: string): AclFailure | undefined {
  const spec = op.slice(1);
  const bar = ctx.dialect.subcommands ? op.lastIndexOf('|') : op.indexOf('|');
  if (bar === -1) {
    const cmd = ctx.table.lookup(spec);
    if (!cmd) return { errno: 'ENOENT', detail: 'unknown-command', name: spec };
    changePerm(s, cmd, true);
    recordRule(ctx, s, cmd.name, true);
    return undefined;
  }
  const base = op.slice(1, bar);
  const arg = op.slice(bar + 1);
  const cmd = ctx.table.lookup(base);
  if (!cmd) return { errno: 'ENOENT', detail: 'unknown-command', name: base };
  if (cmd.parent) return { errno: 'ECHILD' };
  if (arg === '') return syntax('empty-first-arg');
  if (cmd.subcommands.length > 0) {
    const sub = ctx.table.lookup(spec);
    if (!sub) return { errno: 'ENOENT', detail: 'unknown-subcommand', name: spec };
    changePerm(s, sub, true);
    recordRule(ctx, s, sub.name, true);
    return undefined;
  }
  if (!ctx.dialect.subcommands) {
    // 6.x: a first-arg of an allowed command is refused (6.0) or ignored (6.2).
    if (s.allowed.get(cmd.id)) return ctx.dialect.firstArgOfAllowedCommandIsError ? { errno: 'EBUSY' } : undefined;
  }
  // A first-arg of a command without subcommands (`+select|0`): deprecated, still honoured.
  addFirstArg(s, cmd.id, arg);
  recordRule(ctx, s, spec, true);
  return undefined;
}

function blockCommand(ctx: AclContext, s: Selector, op: string): AclFailure | undefined {
  const cmd = ctx.table.lookup(op.slice(1));
  if (!cmd) return { errno: 'ENOENT', detail: op.includes('|') ? 'unknown-subcommand' : 'unknown-command', name: op.slice(1) };
  changePerm(s, cmd, false);
  recordRule(ctx, s, cmd.name, false);
  return undefined;
}

function addKeyPattern(ctx: AclContext, s: Selector, op: string): AclFailure | undefined {
  if (s.allKeys) return { errno: 'EEXIST' };
  let read = true;
  let write = true;
  let offset = 1;
  if (op[0] === '%') {
    read = write = false;
    for (; offset < op.length; offset++) {
      const c = op[offset].toUpperCase();
      if (c === 'R' && !read) read = true;
      else if (c === 'W' && !write) write = true;
      else if (op[offset] === '~' && (read || write || !ctx.dialect.percentNeedsPermission)) {
        offset++;
        break;
      } else return syntax('bad-permission-prefix');
    }
    if (!read && !write && ctx.dialect.percentAloneRejected) return syntax('bad-permission-prefix');
  }
  const pattern = op.slice(offset);
  if (hasSpaces(pattern)) return syntax('pattern-has-space');
  WORK.aclSteps++;
  let index: Map<string, KeyPattern> | undefined;
  let existing: KeyPattern | undefined;
  if (s.keys.length < SMALL) {
    for (const k of s.keys) if (k.pattern === pattern) existing = k;
  } else {
    index = indexOf(keyIndexes, s.keys, (keys) => new Map(keys.map((k) => [k.pattern, k])));
    existing = index.get(pattern);
  }
  if (existing) {
    existing.read ||= read;
    existing.write ||= write;
  } else {
    const key = { pattern, read, write };
    s.keys.push(key);
    index?.set(pattern, key);
  }
  s.allKeys = false;
  return undefined;
}

function addChannelPattern(s: Selector, op: string): AclFailure | undefined {
  if (s.allChannels) return { errno: 'EISDIR' };
  const pattern = op.slice(1);
  if (hasSpaces(pattern)) return syntax('pattern-has-space');
  WORK.aclSteps++;
  if (s.channels.length < SMALL) {
    if (!s.channels.includes(pattern)) s.channels.push(pattern);
  } else {
    const index = indexOf(channelIndexes, s.channels, (channels) => new Set(channels));
    if (!index.has(pattern)) {
      s.channels.push(pattern);
      index.add(pattern);
    }
  }
  s.allChannels = false;
  return undefined;
}

/** `ACLSetSelector`: command, key and channel rules (the only ones allowed inside `(…)`). */
export function applySelectorRule(ctx: AclContext, s: Selector, op: string): AclFailure | undefined {
  WORK.aclRules++;
  const { dialect } = ctx;
  const word = keyword(op);
  if (word === 'allkeys' || word === '~*') {
    s.allKeys = true;
    s.keys = [];
  } else if (word === 'resetkeys') {
    s.allKeys = false;
    s.keys = [];
  } else if (dialect.channels && (word === 'allchannels' || word === '&*')) {
    s.allChannels = true;
    s.channels = [];
  } else if (dialect.channels && word === 'resetchannels') {
    s.allChannels = false;
    s.channels = [];
  } else if (word === 'allcommands' || word === '+@all') {
    setAllCommands(s, true);
  } else if (word === 'nocommands' || word === '-@all') {
    setAllCommands(s, false);
  } else if (op[0] === '~' || (op[0] === '%' && dialect.keyPermissions)) {
    return addKeyPattern(ctx, s, op);
  } else if (op[0] === '&' && dialect.channels) {
    return addChannelPattern(s, op);
  } else if (op[0] === '+' && op[1] !== '@') {
    return allowCommand(ctx, s, op);
  } else if (op[0] === '-' && op[1] !== '@') {
    return blockCommand(ctx, s, op);
  } else if ((op[0] === '+' || op[0] === '-') && op[1] === '@') {
    return applyCategory(ctx, s, op);
  } else {
    return syntax(USER_LEVEL_RULES.has(word) && !s.root ? 'not-in-selector' : 'unknown-rule');
  }
  return undefined;
}

function addPassword(user: AclUser, op: string): AclFailure | undefined {
  let hash: string;
  if (op[0] === '>') hash = sha256Hex(op.slice(1));
  else if (isValidHash(op.slice(1))) hash = op.slice(1);
  else return { errno: 'EBADMSG' };
  WORK.aclSteps++;
  if (user.passwords.length < SMALL) {
    if (!user.passwords.includes(hash)) user.passwords.push(hash);
  } else {
    const index = indexOf(passwordIndexes, user.passwords, (passwords) => new Set(passwords));
    if (!index.has(hash)) {
      user.passwords.push(hash);
      index.add(hash);
    }
  }
  user.nopass = false;
  return undefined;
}

function removePassword(user: AclUser, op: string): AclFailure | undefined {
  let hash: string;
  if (op[0] === '<') hash = sha256Hex(op.slice(1));
  else if (isValidHash(op.slice(1))) hash = op.slice(1);
  else return { errno: 'EBADMSG' };
  const index = user.passwords.length < SMALL ? undefined : indexOf(passwordIndexes, user.passwords, (passwords) => new Set(passwords));
  WORK.aclSteps++;
  if (index ? !index.has(hash) : !user.passwords.includes(hash)) return { errno: 'ENODEV' };
  const at = user.passwords.indexOf(hash);
  // The scan and the splice: linear in the passwords, but only for a password that is there.
  WORK.aclSteps += user.passwords.length;
  user.passwords.splice(at, 1);
  index?.delete(hash);
  return undefined;
}

/** `aclCreateSelectorFromOpSet`: the words inside `(…)`, all applied or the selector is dropped. */
function addSelector(ctx: AclContext, user: AclUser, op: string): AclFailure | undefined {
  const selector = createSelector(ctx, false);
  // Unbalanced quotes inside make Redis split nothing: the selector is added empty.
  for (const inner of splitArgs(op.slice(1, -1)) ?? []) {
    const failure = applySelectorRule(ctx, selector, inner);
    if (failure) return failure;
  }
  user.selectors.push(selector);
  return undefined;
}

function resetUser(ctx: AclContext, user: AclUser): void {
  user.passwords = [];
  user.nopass = false;
  user.enabled = false;
  if (ctx.dialect.sanitizePayload) user.sanitize = 'sanitize-payload';
  user.selectors = [rootSelector(user)];
  const root = rootSelector(user);
  root.allKeys = false;
  root.keys = [];
  root.allChannels = ctx.dialect.pubsubDefault === 'allchannels';
  root.channels = [];
  setAllCommands(root, false);
}

/** `ACLSetUser`: any rule, applied to the user (selector rules go to its root selector). */
export function applyUserRule(ctx: AclContext, user: AclUser, op: string): AclFailure | undefined {
  WORK.aclRules++;
  if (op.length === 0) return undefined;
  const { dialect } = ctx;
  const word = keyword(op);
  if (word === 'on') user.enabled = true;
  else if (word === 'off') user.enabled = false;
  else if (dialect.sanitizePayload && word === 'skip-sanitize-payload') user.sanitize = 'skip-sanitize-payload';
  else if (dialect.sanitizePayload && word === 'sanitize-payload') user.sanitize = 'sanitize-payload';
  else if (word === 'nopass') {
    user.nopass = true;
    user.passwords = [];
  } else if (word === 'resetpass') {
    user.nopass = false;
    user.passwords = [];
  } else if (op[0] === '>' || op[0] === '#') return addPassword(user, op);
  else if (op[0] === '<' || op[0] === '!') return removePassword(user, op);
  else if (dialect.selectors && op[0] === '(' && op[op.length - 1] === ')') return addSelector(ctx, user, op);
  else if (dialect.selectors && word === 'clearselectors') user.selectors = [rootSelector(user)];
  else if (word === 'reset') resetUser(ctx, user);
  else return applySelectorRule(ctx, rootSelector(user), op);
  return undefined;
}
