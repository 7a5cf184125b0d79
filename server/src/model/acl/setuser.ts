// Applying a list of rule words to a user: ACL SETUSER (`ACLStringSetUser`), shared by the ACL
// file and redis.conf loaders, which differ only in how they report and continue.
import type { Span } from '../../../../grammar/src/index.js';
import { explainFailure, REDIS_ERROR_TEXT, type AclErrno, type AclFailure } from './errors.js';
import { mergeSelectorWords, type AclWordInput, type MergedRule } from './merge.js';
import { applyUserRule } from './rules.js';
import { copyUser, createUser, type AclContext, type AclUser } from './state.js';

/** A rule Redis refuses, with where it is written and what both Redis and we say about it. */
export interface AclRuleError {
  readonly errno: AclErrno | 'EUNMATCHED';
  /** The rule as Redis applies it (a merged selector for `(…)` spread over words). May be a secret. */
  readonly rule: string;
  readonly span: Span;
  /** Our explanation; never contains a secret. */
  readonly message: string;
  /** Redis's sentence for the errno (`Syntax error`, …). */
  readonly redisReason: string;
  readonly failure?: AclFailure;
}

/** Passwords and hashes never leave the model in clear: `>secret` becomes `>****`. */
export function redactRule(rule: string): string {
  return /^[><#!]/.test(rule) ? `${rule[0]}****` : rule;
}

export function ruleError(rule: MergedRule, failure: AclFailure): AclRuleError {
  return {
    errno: failure.errno,
    rule: rule.value,
    span: rule.span,
    message: explainFailure(failure),
    redisReason: REDIS_ERROR_TEXT[failure.errno],
    failure,
  };
}

export function unmatchedError(word: AclWordInput, span: Span = word.span): AclRuleError {
  return {
    errno: 'EUNMATCHED',
    rule: word.value,
    span,
    message: "This selector '(' is never closed; end it with ')' in the same or a later word.",
    redisReason: 'Unmatched parenthesis in selector definition',
  };
}

export type SetUserResult =
  | { readonly ok: true; readonly user: AclUser; readonly rules: readonly MergedRule[] }
  | {
      readonly ok: false;
      readonly error: AclRuleError;
      /** Exactly what Redis replies (with its `ERR ` prefix); may contain a secret. */
      readonly reply: string;
      /** The same reply with any password or hash replaced by `****`. */
      readonly replyRedacted: string;
    };

/**
 * `ACL SETUSER name rules…`: all rules apply or none does. Without `existing` the user is new
 * (off, no passwords, `-@all`, the default channel permission).
 */
export function setUser(
  ctx: AclContext,
  username: string | AclWordInput,
  words: readonly AclWordInput[],
  existing?: AclUser,
): SetUserResult {
  const nameWord = typeof username === 'string' ? { value: username, span: { start: 0, end: 0 } } : username;
  const name = nameWord.value;
  if (/[ \t\n\v\f\r\0]/.test(name)) {
    const reply = "ERR Usernames can't contain spaces or null characters";
    const error: AclRuleError = {
      errno: 'EINVAL',
      rule: name,
      span: nameWord.span,
      message: 'A user name cannot contain spaces or control characters.',
      redisReason: "Usernames can't contain spaces or null characters",
    };
    return { ok: false, error, reply, replyRedacted: reply };
  }
  const merged = mergeSelectorWords(words, ctx.dialect);
  if (!merged.ok) {
    const word = words[merged.openIndex];
    const reply = `ERR Unmatched parenthesis in acl selector starting at '${word.value}'.`;
    return { ok: false, error: unmatchedError(word), reply, replyRedacted: reply };
  }
  const user = existing ? copyUser(existing, name) : createUser(ctx, name);
  for (const rule of merged.rules) {
    const failure = applyUserRule(ctx, user, rule.value);
    if (failure) {
      const error = ruleError(rule, failure);
      const reply = (text: string): string => `ERR Error in ACL SETUSER modifier '${text}': ${error.redisReason}`;
      return { ok: false, error, reply: reply(cString(rule.value)), replyRedacted: reply(redactRule(cString(rule.value))) };
    }
  }
  return { ok: true, user, rules: merged.rules };
}

/** Redis formats with `%s`: text after a NUL byte is not printed. */
export function cString(text: string): string {
  const nul = text.indexOf('\0');
  return nul === -1 ? text : text.slice(0, nul);
}

/** `ACLCreateDefaultUser`: `on nopass ~* &* +@all`. */
export function createDefaultUser(ctx: AclContext): AclUser {
  const user = createUser(ctx, 'default');
  for (const rule of ['+@all', '~*', '&*', 'on', 'nopass']) applyUserRule(ctx, user, rule);
  return user;
}

/** Convenience for tests and tools: rule strings without positions. */
export function wordsOf(rules: readonly string[]): AclWordInput[] {
  let at = 0;
  return rules.map((value) => {
    const span = { start: at, end: at + value.length };
    at += value.length + 1;
    return { value, span };
  });
}
