// Rules `redis-lint remote` does not run on a live server, and why. Everything else runs
// unchanged on the configuration the server reports (docs/remote.md lists the same).

export interface SkippedRule {
  readonly id: string;
  readonly reason: string;
}

const TEXT = 'about how a file is written; redis-lint writes the live values itself';
const STARTED = 'a refusal to start; a running server passed its startup checks';
const ACL_LIST = 'ACL LIST prints each user once, normalized, with hashes only';

/** Rules about the text of a file: lines, quoting, comments, includes and paths on this machine. */
export const FILE_ONLY_RULES: readonly SkippedRule[] = [
  { id: 'unbalanced-quotes', reason: TEXT },
  { id: 'nul-byte', reason: TEXT },
  { id: 'wrong-argument-count', reason: TEXT },
  { id: 'invalid-value', reason: 'the server accepted every value it runs with' },
  { id: 'unknown-directive', reason: 'CONFIG GET names only settings the server has (names the knowledge base lacks are listed as not checked)' },
  { id: 'deprecated-alias', reason: 'CONFIG GET names every setting by its current name (aliases are left out)' },
  { id: 'deprecated-directive', reason: 'CONFIG GET lists every setting of the version, whether anyone set it or not' },
  { id: 'overridden-setting', reason: 'a server holds one value per setting' },
  { id: 'include-cycle', reason: 'includes exist only in files' },
  { id: 'include-not-found', reason: 'includes exist only in files' },
  { id: 'save-after-include', reason: 'includes exist only in files' },
  { id: 'path-not-found', reason: 'paths are checked on this machine; the running server has its own files' },
  { id: 'unused-suppression', reason: 'suppression comments exist only in files' },
  { id: 'duplicate-user', reason: ACL_LIST },
  { id: 'invalid-acl-line', reason: ACL_LIST },
  { id: 'invalid-acl-rule', reason: ACL_LIST },
  { id: 'aclfile-with-users', reason: 'the users are read from ACL LIST, not from the aclfile' },
  { id: 'acl-ineffective-rule', reason: ACL_LIST },
  { id: 'acl-plaintext-password', reason: ACL_LIST },
  { id: 'acl-nopass-with-password', reason: ACL_LIST },
  { id: 'acl-implicit-allchannels', reason: 'ACL LIST always prints the channel rule, so whether it was implicit is lost' },
  { id: 'protected-mode-implicit', reason: 'about a file without a protected-mode line; the server reports the mode in force' },
  { id: 'crashes-redis', reason: STARTED },
  { id: 'build-dependent-setting', reason: 'the running server accepted it, so its build has it' },
  { id: 'tls-incomplete', reason: STARTED },
  { id: 'replicaof-in-cluster-mode', reason: STARTED },
  { id: 'module-config-without-module', reason: STARTED },
  { id: 'sentinel-directive-outside-sentinel', reason: 'sentinel lines exist only in files' },
];

/** Rules about directives a running server does not report (CONFIG GET has no rename-command or loadmodule). */
export const NOT_VISIBLE_RULES: readonly SkippedRule[] = [
  { id: 'rename-command-deprecated', reason: 'rename-command cannot be read from a running server' },
  { id: 'rename-command-guessable', reason: 'rename-command cannot be read from a running server' },
  { id: 'rename-command-invalid', reason: 'rename-command cannot be read from a running server' },
  { id: 'acl-renamed-command', reason: 'rename-command cannot be read from a running server' },
  { id: 'loadmodule-unsafe-path', reason: 'loadmodule paths are not in CONFIG GET' },
];

export const SKIPPED_RULE_IDS: ReadonlySet<string> = new Set([...FILE_ONLY_RULES, ...NOT_VISIBLE_RULES].map((r) => r.id));

export function formatSkippedRules(): string {
  const width = Math.max(...[...FILE_ONLY_RULES, ...NOT_VISIBLE_RULES].map((r) => r.id.length));
  const rows = (list: readonly SkippedRule[]) => list.map((r) => `  ${r.id.padEnd(width)}  ${r.reason}`);
  return [
    'Rules redis-lint remote skips because they only make sense for a file:',
    ...rows(FILE_ONLY_RULES),
    '',
    'Rules about what a running server does not report:',
    ...rows(NOT_VISIBLE_RULES),
    '',
    'Every other conf rule runs unchanged on the configuration the server reports.',
    '',
  ].join('\n');
}
