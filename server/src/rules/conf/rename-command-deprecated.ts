import type { Rule } from '../types.js';

export const renameCommandDeprecated: Rule = {
  meta: {
    id: 'rename-command-deprecated',
    category: 'deprecation',
    severity: 'info',
    fixable: false,
    description: '`rename-command` is deprecated in favour of ACL rules.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    for (const rename of model.config?.renames ?? []) {
      const [from, to] = rename.args;
      if (!from || !to) continue;
      const command = from.value.toLowerCase();
      const what = to.value === '' ? `disables ${command.toUpperCase()}` : `renames ${command.toUpperCase()}`;
      report(rename.directive.name.span,
        `This line ${what}, a deprecated approach: it applies to every user including administrators, breaks tools and clients that expect the real name, `
        + 'is propagated under the new name to AOF files and replicas, and ACL rules still use the original name. '
        + `Deny the command with ACL rules instead, e.g. \`-${command}\` (or \`-@dangerous\`) on application users: \`user app on #<sha256> ~app:* &app:* +@all -@dangerous\`.`,
        { file: rename.file });
    }
  },
};
