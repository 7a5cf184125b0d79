// The ACL model: Redis's verdict on ACL rules, users, ACL files and redis.conf `user` lines,
// ACL LIST text and ACL DRYRUN, per target version.
import type { DataId } from '../../knowledge/targets.js';
import { commandTable } from './commands.js';
import { aclDialect, type PubsubDefault } from './dialect.js';
import { dryRunReply, dryRunVerdict } from './dryrun.js';
import type { AclContext, AclUser } from './state.js';

export interface AclModelOptions {
  /** The `acl-pubsub-default` setting when it is not the target's default. */
  readonly pubsubDefault?: PubsubDefault;
}

/** Everything the ACL functions need for one target. Cheap after the first call per target. */
export function aclContext(target: DataId, options: AclModelOptions = {}): AclContext {
  return { dialect: aclDialect(target, options), table: commandTable(target) };
}

/** `ACL DRYRUN <user> argv…` → `OK`, the denial sentence, or an `ERR …` error. */
export function dryRun(ctx: AclContext, user: AclUser, argv: readonly string[]): string {
  return dryRunReply(dryRunVerdict(ctx, user, argv));
}

export type { AclContext, AclUser, KeyPattern, Selector, SanitizePayload } from './state.js';
export { createUser, copyUser } from './state.js';
export type { AclDialect, PubsubDefault } from './dialect.js';
export { aclDialect } from './dialect.js';
export type { CommandEntry, CommandTable } from './commands.js';
export type { AclErrno, AclFailure } from './errors.js';
export { REDIS_ERROR_TEXT, explainFailure } from './errors.js';
export type { AclWordInput, MergedRule, MergeResult } from './merge.js';
export { mergeSelectorWords } from './merge.js';
export { applyUserRule, applySelectorRule } from './rules.js';
export type { AclRuleError, SetUserResult } from './setuser.js';
export { setUser, createDefaultUser, redactRule, wordsOf } from './setuser.js';
export { aclListLine, describeUser } from './describe.js';
export type { DryRunVerdict } from './dryrun.js';
export { dryRunVerdict, dryRunReply, checkCommand, lookupCall } from './dryrun.js';
export type { AclFileLineInput, AclFileOptions, AclFileProblem, AclFileProblemKind, AclFileResult } from './aclfile.js';
export { loadAclFile, splitAclFile, aclFileStartupError } from './aclfile.js';
export type { ConfUserLineResult, ConfUserLoadError, ConfUsersStartup } from './conf-users.js';
export { ConfUsers } from './conf-users.js';
export type { SelectorPermissions, UserPermissions } from './permissions.js';
export { userPermissions } from './permissions.js';
export { globMatch } from './glob.js';
export { sha256Hex } from './sha256.js';
export type { ResolvedRisk } from './risk.js';
export { riskyCommands, selectorCanRun, selectorMayRunRisky, channelCommandEntries } from './risk.js';
