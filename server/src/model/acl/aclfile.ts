// Loading an ACL file (`aclfile`, ACL LOAD) as Redis's ACLLoadFromFile does: every line is
// checked, errors accumulate, and any error rejects the whole file.
import type { Span } from '../../../../grammar/src/index.js';
import { mergeSelectorWords, type AclWordInput } from './merge.js';
import { applyUserRule } from './rules.js';
import { createDefaultUser, ruleError, unmatchedError, type AclRuleError } from './setuser.js';
import { createUser, type AclContext, type AclUser } from './state.js';

/** A line of the file as Redis splits it (the grammar's AclLine has this shape). */
export interface AclFileLineInput {
  /** 0-based line number. */
  readonly line: number;
  readonly keyword: AclWordInput;
  readonly username?: AclWordInput;
  readonly rules: readonly AclWordInput[];
  readonly span: Span;
}

export type AclFileProblemKind = 'not-a-user-line' | 'invalid-username' | 'duplicate-user' | 'unmatched-selector' | 'rule';

export interface AclFileProblem {
  readonly kind: AclFileProblemKind;
  /** 0-based line number. */
  readonly line: number;
  readonly span: Span;
  /** Our explanation; never contains a secret. */
  readonly message: string;
  /** Redis's message for this problem, as it appears in its error list (may name a rule, never a password). */
  readonly redisText: string;
  /** Redis lists only the first non-"unknown command" error of a line; the others are real but silent. */
  readonly reportedByRedis: boolean;
  readonly error?: AclRuleError;
  /** This line makes the server crash (SIGSEGV) while loading the file. */
  readonly crashes?: boolean;
}

export interface AclFileResult {
  /** Users after loading, by name; only meaningful when `accepted`. */
  readonly users: ReadonlyMap<string, AclUser>;
  readonly problems: readonly AclFileProblem[];
  readonly accepted: boolean;
  /** The server segfaults on this file (PARSING.md §6 row 1) instead of reporting errors. */
  readonly crashes: boolean;
  /** What ACL LOAD replies / the startup log reports (undefined when accepted or crashing). */
  readonly redisError?: string;
  /** No `user default` line: Redis creates `default` as `on nopass ~* &* +@all` (requirepass ignored). */
  readonly implicitDefaultUser: boolean;
}

export interface AclFileOptions {
  /** The `aclfile` path as configured: Redis prefixes each error with it. */
  readonly fileName?: string;
}

const TRIMMED = /^[\t\r\n]+|[\t\r\n]+$/g;

/** Redis trims `\t\r\n` from each rule before applying it; the span follows the trim. */
const edge = (c: number): boolean => c === 9 || c === 10 || c === 13;

function trimRule(value: string, span: Span): { value: string; span: Span } {
  if (!edge(value.charCodeAt(0)) && !edge(value.charCodeAt(value.length - 1))) return { value, span };
  const lead = value.length - value.replace(/^[\t\r\n]+/, '').length;
  const trimmed = value.replace(TRIMMED, '');
  return { value: trimmed, span: { start: span.start + lead, end: span.start + lead + trimmed.length } };
}

const hasSpaces = (s: string): boolean => /[ \t\n\v\f\r\0]/.test(s);
const opensParen = (w: AclWordInput): boolean => w.value.charCodeAt(0) === 40;

class FileLoader {
  readonly users = new Map<string, AclUser>();
  readonly problems: AclFileProblem[] = [];
  crashes = false;

  constructor(
    private readonly ctx: AclContext,
    private readonly file: string,
  ) {}

  problem(p: Omit<AclFileProblem, 'reportedByRedis'> & { reportedByRedis?: boolean }): void {
    this.problems.push({ reportedByRedis: true, ...p });
  }

  loadLine(input: AclFileLineInput): void {
    const n = input.line + 1;
    const { keyword, username } = input;
    if (keyword.value !== 'user' || !username) {
      this.problem({
        kind: 'not-a-user-line',
        line: input.line,
        span: input.span,
        message: "Every line of an ACL file must be 'user <name> <rules…>' with 'user' in lower case; comments are not allowed.",
        redisText: `${this.file}:${n} should start with user keyword followed by the username. `,
      });
      return;
    }
    if (hasSpaces(username.value)) {
      this.problem({
        kind: 'invalid-username',
        line: input.line,
        span: username.span,
        message: 'A user name cannot contain spaces or control characters.',
        redisText: `'${this.file}:${n}: username '${username.value}' contains invalid characters. `,
      });
      return;
    }
    if (this.ctx.dialect.legacyAclFile) return this.loadLegacyRules(input, username);
    if (this.users.has(username.value)) {
      this.problem({
        kind: 'duplicate-user',
        line: input.line,
        span: username.span,
        message: `User '${username.value}' is already defined earlier in this file; a user can only be defined once.`,
        redisText: `WARNING: Duplicate user '${username.value}' found on line ${n}. `,
      });
      return;
    }
    const user = createUser(this.ctx, username.value);
    this.users.set(user.name, user);
    this.applyRules(input, user);
  }

  private applyRules(input: AclFileLineInput, user: AclUser): void {
    const n = input.line + 1;
    // Without a `(` there is nothing to merge: the words are the rules (most lines).
    const merged = input.rules.some(opensParen) ? mergeSelectorWords(input.rules, this.ctx.dialect) : { ok: true as const, rules: input.rules };
    if (!merged.ok) {
      const word = input.rules[merged.openIndex];
      // Redis then walks a NULL rule array with the count of rules merged so far.
      const crashes = merged.completed > 0;
      this.crashes ||= crashes;
      this.problem({
        kind: 'unmatched-selector',
        line: input.line,
        span: word.span,
        message: crashes
          ? "This selector '(' is never closed. After another rule on the line, this crashes Redis (SIGSEGV) while loading the ACL file."
          : unmatchedError(word).message,
        redisText: `${this.file}:${n}: Unmatched parenthesis in selector definition.`,
        error: unmatchedError(word),
        ...(crashes ? { crashes } : {}),
      });
      return;
    }
    let reportedOther = false;
    for (const rule of merged.rules) {
      const trimmed = trimRule(rule.value, rule.span);
      const failure = applyUserRule(this.ctx, user, trimmed.value);
      if (!failure) continue;
      const error = ruleError({ words: [], ...rule, ...trimmed }, failure);
      const unknown = failure.errno === 'ENOENT';
      this.problem({
        kind: 'rule',
        line: input.line,
        span: trimmed.span,
        message: error.message,
        redisText: unknown
          ? `${this.file}:${n}: Error in applying operation '${trimmed.value}': ${error.redisReason}. `
          : `${this.file}:${n}: ${error.redisReason}. `,
        reportedByRedis: unknown || !reportedOther,
        error,
      });
      if (!unknown) reportedOther = true;
    }
  }

  /** 6.x: a repeated user starts over with `reset`; every error of the line is listed. */
  private loadLegacyRules(input: AclFileLineInput, username: AclWordInput): void {
    const n = input.line + 1;
    const probe = createUser(this.ctx, username.value);
    applyUserRule(this.ctx, probe, 'reset');
    let failed = false;
    const applied: string[] = [];
    for (const word of input.rules) {
      const trimmed = trimRule(word.value, word.span);
      applied.push(trimmed.value);
      const failure = applyUserRule(this.ctx, probe, trimmed.value);
      if (!failure) continue;
      failed = true;
      const error = ruleError({ value: trimmed.value, span: trimmed.span, words: [] }, failure);
      this.problem({
        kind: 'rule',
        line: input.line,
        span: trimmed.span,
        message: error.message,
        redisText: `${this.file}:${n}: ${error.redisReason}. `,
        error,
      });
    }
    if (failed || this.problems.length > 0) return;
    let user = this.users.get(username.value);
    if (user) applyUserRule(this.ctx, user, 'reset');
    else {
      user = createUser(this.ctx, username.value);
      this.users.set(user.name, user);
    }
    for (const rule of applied) applyUserRule(this.ctx, user, rule);
  }
}

/** Loads an ACL file given as Redis's split of its lines (see `splitAclFile` or the grammar's parseAcl). */
export function loadAclFile(ctx: AclContext, lines: readonly AclFileLineInput[], options: AclFileOptions = {}): AclFileResult {
  const loader = new FileLoader(ctx, options.fileName ?? 'users.acl');
  for (const line of lines) loader.loadLine(line);
  const { users, problems, crashes } = loader;
  const implicitDefaultUser = !users.has('default');
  if (implicitDefaultUser) users.set('default', createDefaultUser(ctx));
  const accepted = problems.length === 0;
  const listed = problems.filter((p) => p.reportedByRedis).map((p) => p.redisText).join('');
  return {
    users,
    problems,
    accepted,
    crashes,
    ...(accepted || crashes
      ? {}
      : { redisError: `${listed}WARNING: ACL errors detected, no change to the previously active ACL rules was performed` }),
    implicitDefaultUser,
  };
}

/** The startup log line when the file is refused: Redis then exits. */
export function aclFileStartupError(result: AclFileResult): string | undefined {
  return result.redisError ? `Aborting Redis startup because of ACL errors: ${result.redisError}` : undefined;
}

/** Redis's own view of the file text: lines on `\n`, trimmed of ` \t\r\n`, words on single spaces. */
export function splitAclFile(text: string): AclFileLineInput[] {
  const out: AclFileLineInput[] = [];
  let lineStart = 0;
  for (let line = 0; lineStart <= text.length; line++) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && ' \t\r\n'.includes(text[start])) start++;
    while (end > start && ' \t\r\n'.includes(text[end - 1])) end--;
    if (end > start) {
      const words: AclWordInput[] = [];
      let at = start;
      for (const value of text.slice(start, end).split(' ')) {
        words.push({ value, span: { start: at, end: at + value.length } });
        at += value.length + 1;
      }
      const [keyword, username, ...rules] = words;
      out.push({ line, keyword, ...(username ? { username } : {}), rules, span: { start, end } });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return out;
}
