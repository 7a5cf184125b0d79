import { aclDefaultUserOpen } from './acl/acl-default-user-open.js';
import { aclDangerousCommands } from './acl/acl-dangerous-commands.js';
import { aclDisabledUserPermissions } from './acl/acl-disabled-user-permissions.js';
import { aclFirstArgRule } from './acl/acl-first-arg-rule.js';
import { aclImplicitAllchannels } from './acl/acl-implicit-allchannels.js';
import { aclIneffectiveRule } from './acl/acl-ineffective-rule.js';
import { aclNopassUser } from './acl/acl-nopass-user.js';
import { aclNopassWithPassword } from './acl/acl-nopass-with-password.js';
import { aclPlaintextPassword } from './acl/acl-plaintext-password.js';
import { aclRenamedCommand } from './acl/acl-renamed-command.js';
import { aclUserUnrestricted } from './acl/acl-user-unrestricted.js';
import { aclWeakPassword } from './acl/acl-weak-password.js';
import { aclLogDisabled } from './conf/acl-log-disabled.js';
import { aclPubsubDefaultAllchannels } from './conf/acl-pubsub-default-allchannels.js';
import { aclfileWithUsers } from './conf/aclfile-with-users.js';
import { bindAllInterfaces } from './conf/bind-all-interfaces.js';
import { bufferLimitRaised } from './conf/buffer-limit-raised.js';
import { buildDependentSetting } from './conf/build-dependent-setting.js';
import { configCommandUnrestricted } from './conf/config-command-unrestricted.js';
import { debugCommandEnabled } from './conf/debug-command-enabled.js';
import { defaultPort } from './conf/default-port.js';
import { deprecatedAlias } from './conf/deprecated-alias.js';
import { deprecatedDirective } from './conf/deprecated-directive.js';
import { duplicateUser } from './conf/duplicate-user.js';
import { idleTimeoutDisabled } from './conf/idle-timeout-disabled.js';
import { includeCycle } from './conf/include-cycle.js';
import { crashesRedis } from './conf/crashes-redis.js';
import { invalidAclLine } from './conf/invalid-acl-line.js';
import { includeNotFound } from './conf/include-not-found.js';
import { invalidAclRule } from './conf/invalid-acl-rule.js';
import { invalidSentinelDirective } from './conf/invalid-sentinel-directive.js';
import { invalidValue } from './conf/invalid-value.js';
import { keyspaceNotificationsAll } from './conf/keyspace-notifications-all.js';
import { loadmoduleUnsafePath } from './conf/loadmodule-unsafe-path.js';
import { loggingDisabled } from './conf/logging-disabled.js';
import { maxclientsTooHigh } from './conf/maxclients-too-high.js';
import { maxmemoryPolicyWithoutMaxmemory } from './conf/maxmemory-policy-without-maxmemory.js';
import { moduleCommandEnabled } from './conf/module-command-enabled.js';
import { moduleConfigWithoutModule } from './conf/module-config-without-module.js';
import { noAuthentication } from './conf/no-authentication.js';
import { nulByte } from './conf/nul-byte.js';
import { overriddenSetting } from './conf/overridden-setting.js';
import { pathNotFound } from './conf/path-not-found.js';
import { persistenceDisabled } from './conf/persistence-disabled.js';
import { plaintextPortWithTls } from './conf/plaintext-port-with-tls.js';
import { protectedConfigsEnabled } from './conf/protected-configs-enabled.js';
import { protectedModeDisabled } from './conf/protected-mode-disabled.js';
import { protectedModeImplicit } from './conf/protected-mode-implicit.js';
import { renameCommandDeprecated } from './conf/rename-command-deprecated.js';
import { renameCommandGuessable } from './conf/rename-command-guessable.js';
import { renameCommandInvalid } from './conf/rename-command-invalid.js';
import { replicaReadOnlyDisabled } from './conf/replica-read-only-disabled.js';
import { replicaofInClusterMode } from './conf/replicaof-in-cluster-mode.js';
import { requirepassIgnored } from './conf/requirepass-ignored.js';
import { saveAfterInclude } from './conf/save-after-include.js';
import { sentinelAuthPassMissing } from './sentinel/sentinel-auth-pass-missing.js';
import { sentinelDirectiveOutsideSentinel } from './conf/sentinel-directive-outside-sentinel.js';
import { sentinelNoAuthentication } from './sentinel/sentinel-no-authentication.js';
import { sentinelScriptsReconfigAllowed } from './sentinel/sentinel-scripts-reconfig-allowed.js';
import { tcpKeepaliveDisabled } from './conf/tcp-keepalive-disabled.js';
import { templatePlaceholder } from './conf/template-placeholder.js';
import { tlsClientAuthDisabled } from './conf/tls-client-auth-disabled.js';
import { tlsClusterDisabled } from './conf/tls-cluster-disabled.js';
import { tlsDisabled } from './conf/tls-disabled.js';
import { tlsIncomplete } from './conf/tls-incomplete.js';
import { tlsProtocolsOutdated } from './conf/tls-protocols-outdated.js';
import { tlsReplicationDisabled } from './conf/tls-replication-disabled.js';
import { tlsWeakCiphers } from './conf/tls-weak-ciphers.js';
import { unbalancedQuotes } from './conf/unbalanced-quotes.js';
import { unixSocketWorldWritable } from './conf/unix-socket-world-writable.js';
import { unknownDirective } from './conf/unknown-directive.js';
import { weakPassword } from './conf/weak-password.js';
import { worldWritablePath } from './conf/world-writable-path.js';
import { wrongArgumentCount } from './conf/wrong-argument-count.js';
import { announceAddressMissing } from './container/announce-address-missing.js';
import { daemonizeInContainer } from './container/daemonize-in-container.js';
import { hostnamesNotAnnounced } from './container/hostnames-not-announced.js';
import { logfileInContainer } from './container/logfile-in-container.js';
import { maxmemoryOverMemoryLimit } from './container/maxmemory-over-memory-limit.js';
import { clusterAclMismatch } from './cross-file/cluster-acl-mismatch.js';
import { replicaAuthMismatch } from './cross-file/replica-auth-mismatch.js';
import { sentinelAuthMismatch } from './cross-file/sentinel-auth-mismatch.js';
import { tlsInconsistent } from './cross-file/tls-inconsistent.js';
import type { Rule, SetRule } from './types.js';

/** Every rule, by id. Adding a rule: see CONTRIBUTING.md. */
export const RULES: readonly Rule[] = [
  aclDefaultUserOpen,
  aclDangerousCommands,
  aclDisabledUserPermissions,
  aclFirstArgRule,
  aclImplicitAllchannels,
  aclIneffectiveRule,
  aclNopassUser,
  aclNopassWithPassword,
  aclPlaintextPassword,
  aclRenamedCommand,
  aclUserUnrestricted,
  aclWeakPassword,
  aclLogDisabled,
  aclPubsubDefaultAllchannels,
  aclfileWithUsers,
  bindAllInterfaces,
  bufferLimitRaised,
  buildDependentSetting,
  configCommandUnrestricted,
  debugCommandEnabled,
  defaultPort,
  deprecatedAlias,
  deprecatedDirective,
  duplicateUser,
  idleTimeoutDisabled,
  includeCycle,
  crashesRedis,
  invalidAclLine,
  includeNotFound,
  invalidAclRule,
  invalidSentinelDirective,
  invalidValue,
  keyspaceNotificationsAll,
  loadmoduleUnsafePath,
  loggingDisabled,
  maxclientsTooHigh,
  maxmemoryPolicyWithoutMaxmemory,
  moduleCommandEnabled,
  moduleConfigWithoutModule,
  noAuthentication,
  nulByte,
  overriddenSetting,
  pathNotFound,
  persistenceDisabled,
  plaintextPortWithTls,
  protectedConfigsEnabled,
  protectedModeDisabled,
  protectedModeImplicit,
  renameCommandDeprecated,
  renameCommandGuessable,
  renameCommandInvalid,
  replicaReadOnlyDisabled,
  replicaofInClusterMode,
  requirepassIgnored,
  saveAfterInclude,
  sentinelAuthPassMissing,
  sentinelDirectiveOutsideSentinel,
  sentinelNoAuthentication,
  sentinelScriptsReconfigAllowed,
  tcpKeepaliveDisabled,
  templatePlaceholder,
  tlsClientAuthDisabled,
  tlsClusterDisabled,
  tlsDisabled,
  tlsIncomplete,
  tlsProtocolsOutdated,
  tlsReplicationDisabled,
  tlsWeakCiphers,
  unbalancedQuotes,
  unixSocketWorldWritable,
  unknownDirective,
  weakPassword,
  worldWritablePath,
  wrongArgumentCount,
  // Containers (rules/container/): only where the manifest says the config runs in one.
  announceAddressMissing,
  daemonizeInContainer,
  hostnamesNotAnnounced,
  logfileInContainer,
  maxmemoryOverMemoryLimit,
  // Across files (rules/cross-file/): run by the linter over files linted together (checkSet).
  clusterAclMismatch,
  replicaAuthMismatch,
  sentinelAuthMismatch,
  tlsInconsistent,
];

/** The rules that compare files linted together (linter/cross-file.ts). */
export const SET_RULES: readonly SetRule[] = [clusterAclMismatch, replicaAuthMismatch, sentinelAuthMismatch, tlsInconsistent];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export type * from './types.js';
