import { aclfileWithUsers } from './conf/aclfile-with-users.js';
import { buildDependentSetting } from './conf/build-dependent-setting.js';
import { deprecatedDirective } from './conf/deprecated-directive.js';
import { duplicateUser } from './conf/duplicate-user.js';
import { includeCycle } from './conf/include-cycle.js';
import { invalidSentinelDirective } from './conf/invalid-sentinel-directive.js';
import { includeNotFound } from './conf/include-not-found.js';
import { invalidAclRule } from './conf/invalid-acl-rule.js';
import { invalidValue } from './conf/invalid-value.js';
import { moduleConfigWithoutModule } from './conf/module-config-without-module.js';
import { nulByte } from './conf/nul-byte.js';
import { overriddenSetting } from './conf/overridden-setting.js';
import { pathNotFound } from './conf/path-not-found.js';
import { renameCommandInvalid } from './conf/rename-command-invalid.js';
import { replicaofInClusterMode } from './conf/replicaof-in-cluster-mode.js';
import { saveAfterInclude } from './conf/save-after-include.js';
import { sentinelDirectiveOutsideSentinel } from './conf/sentinel-directive-outside-sentinel.js';
import { tlsIncomplete } from './conf/tls-incomplete.js';
import { unbalancedQuotes } from './conf/unbalanced-quotes.js';
import { unknownDirective } from './conf/unknown-directive.js';
import { wrongArgumentCount } from './conf/wrong-argument-count.js';
import type { Rule } from './types.js';

/** Every rule, by id. Adding a rule: see CONTRIBUTING.md. */
export const RULES: readonly Rule[] = [
  aclfileWithUsers,
  buildDependentSetting,
  deprecatedDirective,
  duplicateUser,
  includeCycle,
  invalidSentinelDirective,
  includeNotFound,
  invalidAclRule,
  invalidValue,
  moduleConfigWithoutModule,
  nulByte,
  overriddenSetting,
  pathNotFound,
  renameCommandInvalid,
  replicaofInClusterMode,
  saveAfterInclude,
  sentinelDirectiveOutsideSentinel,
  tlsIncomplete,
  unbalancedQuotes,
  unknownDirective,
  wrongArgumentCount,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export type * from './types.js';
