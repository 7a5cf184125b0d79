// `user` lines in redis.conf. Redis checks each line while reading the config
// (`ACLAppendUserForLoading`: a FATAL CONFIG FILE ERROR names one token, often the wrong one)
// but only learns about unknown commands and categories at startup (`ACLLoadConfiguredUsers`).
import { WORK, type Span } from '../../../../grammar/src/index.js';
import { REDIS_ERROR_TEXT } from './errors.js';
import { mergeSelectorWords, type AclWordInput, type MergedRule } from './merge.js';
import { applyUserRule } from './rules.js';
import { cString, createDefaultUser, ruleError, unmatchedError, type AclRuleError } from './setuser.js';
import { createUser, type AclContext, type AclUser } from './state.js';

export interface ConfUserLoadError {
  /** Where the problem really is. */
  readonly span: Span;
  /** Our explanation; never contains a secret. */
  readonly message: string;
  /** `Error in user declaration '<token>': <reason>` exactly as Redis prints it (may contain a secret). */
  readonly redisMessage: string;
  /** The same with a password token shown as `****`. */
  readonly redisMessageRedacted: string;
  /** The word Redis names: argv[index] of the line, counting `user` as 0, often not the culprit. */
  readonly redisToken: AclWordInput;
  readonly error: AclRuleError | { readonly errno: 'EALREADY'; readonly message: string };
}

export type ConfUserLineResult =
  | {
      readonly ok: true;
      /** Rules that pass loading but stop the server at startup (unknown commands or categories). */
      readonly deferred: readonly AclRuleError[];
    }
  | { readonly ok: false; readonly error: ConfUserLoadError };

export interface ConfUsersStartup {
  readonly ok: boolean;
  readonly users: ReadonlyMap<string, AclUser>;
  /** The log lines Redis writes before exiting, when `ok` is false. */
  readonly log?: readonly string[];
  /** The rule (or user name) that stops startup. */
  readonly span?: Span;
  readonly message?: string;
}

interface PendingUser {
  readonly name: AclWordInput;
  readonly rules: readonly MergedRule[];
}

const hasSpaces = (s: string): boolean => /[ \t\n\v\f\r\0]/.test(s);
const redact = (token: string): string => (/^[><#!]/.test(token) ? `${token[0]}****` : token);

/** Follows the `user` lines of one redis.conf in order, as the server does. */
export class ConfUsers {
  private readonly pending: PendingUser[] = [];
  /** Names in `pending`: the duplicate check stays constant-time with thousands of users. */
  private readonly pendingNames = new Set<string>();

  constructor(private readonly ctx: AclContext) {}

  /** Names defined so far, in order. */
  get names(): string[] {
    return this.pending.map((p) => p.name.value);
  }

  /**
   * Checks one `user` directive at load time. `argv` is the whole line as Redis's tokenizer
   * splits it: the directive word, the user name, then the rules (at least the name).
   */
  addLine(argv: readonly AclWordInput[]): ConfUserLineResult {
    const name = argv[1];
    const fail = (token: number, span: Span, message: string, reason: string, error: ConfUserLoadError['error']): ConfUserLineResult => {
      const redisToken = argv[token];
      const redisMessage = `Error in user declaration '${cString(redisToken.value)}': ${reason}`;
      const redisMessageRedacted = `Error in user declaration '${redact(cString(redisToken.value))}': ${reason}`;
      return { ok: false, error: { span, message, redisMessage, redisMessageRedacted, redisToken, error } };
    };
    WORK.aclSteps++;
    if (this.pendingNames.has(name.value)) {
      const message = `User '${name.value}' is already defined by an earlier 'user' line; a user can only be defined once.`;
      return fail(1, name.span, message, REDIS_ERROR_TEXT.EALREADY, { errno: 'EALREADY', message });
    }
    const words = argv.slice(2);
    const merged = mergeSelectorWords(words, this.ctx.dialect);
    if (!merged.ok) {
      const error = unmatchedError(words[merged.openIndex]);
      // No errno is set on this path: Redis prints whatever errno was left over (ENOENT on
      // Debian's 7.0.15 [live]), and names argv[openIndex] counted from `user`.
      return fail(merged.openIndex, error.span, error.message, REDIS_ERROR_TEXT.ENOENT, error);
    }
    const probe = createUser(this.ctx, name.value);
    const deferred: AclRuleError[] = [];
    for (let j = 0; j < merged.rules.length; j++) {
      const rule = merged.rules[j];
      const failure = applyUserRule(this.ctx, probe, rule.value);
      if (!failure) continue;
      const error = ruleError(rule, failure);
      if (failure.errno === 'ENOENT') deferred.push(error);
      // Redis names argv[j] although j counts merged rules, not words of the line.
      else return fail(j, rule.span, error.message, error.redisReason, error);
    }
    this.pending.push({ name, rules: merged.rules });
    this.pendingNames.add(name.value);
    return { ok: true, deferred };
  }

  /**
   * `ACLLoadConfiguredUsers` at startup: users are created in order (`default` is reset first),
   * the first failing rule stops the server.
   */
  startup(): ConfUsersStartup {
    const users = new Map<string, AclUser>([['default', createDefaultUser(this.ctx)]]);
    const exit = 'Critical error while loading ACLs. Exiting.';
    for (const { name, rules } of this.pending) {
      if (hasSpaces(name.value)) {
        return {
          ok: false,
          users,
          log: ['Spaces not allowed in ACL usernames', exit],
          span: name.span,
          message: 'A user name cannot contain spaces or control characters.',
        };
      }
      let user = users.get(name.value);
      if (user) applyUserRule(this.ctx, user, 'reset');
      else {
        user = createUser(this.ctx, name.value);
        users.set(user.name, user);
      }
      for (const rule of rules) {
        const failure = applyUserRule(this.ctx, user, rule.value);
        if (!failure) continue;
        const error = ruleError(rule, failure);
        return {
          ok: false,
          users,
          log: [`Error loading ACL rule '${cString(redact(rule.value))}' for the user named '${name.value}': ${error.redisReason}`, exit],
          span: rule.span,
          message: error.message,
        };
      }
    }
    return { ok: true, users };
  }
}
