import { atLeast, defaultUserLine } from '../../model/config/queries.js';
import { exposureOf } from '../shared/exposure.js';
import { absenceUnknown, anchorFor, targetName } from '../shared/helpers.js';
import type { Rule, Severity } from '../types.js';

/** Whether the default user's rules end with CONFIG denied (a rough replay: last matching rule wins). */
function defaultUserDeniesConfig(rules: readonly string[]): boolean {
  let denied = true; // users from the config start from reset: -@all
  for (const raw of rules) {
    const rule = raw.toLowerCase();
    if (rule === '+@all' || rule === 'allcommands' || rule === '+config' || rule === '+@admin' || rule === '+@dangerous' || rule.startsWith('+config|')) denied = false;
    else if (rule === '-@all' || rule === 'nocommands' || rule === '-config' || rule === '-@admin' || rule === '-@dangerous' || rule === 'reset') denied = true;
  }
  return denied;
}

export const configCommandUnrestricted: Rule = {
  meta: {
    id: 'config-command-unrestricted',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: 'Redis 6.x with CONFIG neither renamed nor denied by ACL rules: clients can point `dir`/`dbfilename` anywhere and write files.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const config = model.config;
    const x = exposureOf(model);
    if (!config || !x || model.target.product !== 'redis' || atLeast(model.target, 7, 0)) return;
    if (absenceUnknown(model)) return;
    if (config.renames.some((r) => r.args[0]?.value.toLowerCase() === 'config')) return;
    const aclfile = config.effective('aclfile');
    if (aclfile && aclfile.values[0] !== '') return; // the ACL file decides; the ACL rules check it
    const defaultUser = defaultUserLine(config);
    if (defaultUser && (!defaultUser.enabled || defaultUserDeniesConfig(defaultUser.record.args.slice(1).map((a) => a.value)))) return;
    const severity: Severity = x.localOnly ? 'info' : x.open && !x.protectedMode.active ? 'error' : 'warning';
    const anchor = defaultUser ? { file: defaultUser.record.file, span: defaultUser.record.directive.span } : anchorFor(model, ['requirepass', 'bind', 'port']);
    report(anchor.span,
      `On ${targetName(model)} there is no enable-protected-configs: any client that may run CONFIG can set \`dir\` and \`dbfilename\` and SAVE, writing the dataset as /root/.ssh/authorized_keys or a cron file (the 2015 mass takeover), and CONFIG is allowed here. `
      + 'Deny it with ACL rules (`user default on #<sha256> ~* &* +@all -@admin`, or `-config`), or as a last resort `rename-command CONFIG ""`; better, upgrade to 7.0+.',
      { file: anchor.file, severity });
  },
};
