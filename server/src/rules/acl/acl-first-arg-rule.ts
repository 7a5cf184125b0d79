import { aclAnalysis } from './analysis.js';
import { innerRules } from './support.js';
import type { Rule } from '../types.js';

export const aclFirstArgRule: Rule = {
  meta: {
    id: 'acl-first-arg-rule',
    category: 'deprecation',
    severity: 'warning',
    fixable: false,
    description: 'A first-argument ACL rule on a command without subcommands (`+select|0`): deprecated since Redis 7.0, which logs a warning for each.',
    kinds: ['acl', 'conf', 'sentinel'],
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis || !analysis.ctx.dialect.subcommands) return;
    const { table } = analysis.ctx;
    for (const def of analysis.definitions) {
      if (def.duplicate) continue;
      for (let i = 0; i < def.rules.length; i++) {
        if (def.failed(i) || !def.rules[i].value.includes('|')) continue;
        for (const inner of innerRules(model, def, i)) {
          if (inner.value[0] !== '+') continue;
          const bar = inner.value.indexOf('|');
          if (bar === -1) continue;
          const cmd = table.lookup(inner.value.slice(1, bar));
          if (!cmd || cmd.subcommands.length > 0 || cmd.parent) continue;
          const name = cmd.name.toUpperCase();
          const arg = inner.value.slice(bar + 1);
          report(inner.span,
            `\`${inner.value}\` allows ${name} only with the first argument \`${arg}\`. First-argument rules on commands without subcommands are deprecated since Redis 7.0 (the server logs a warning for each) and may stop working in a later version. `
            + `Allow the whole command (\`+${cmd.name}\`) if that is acceptable, or limit what the user reaches another way (key patterns, a separate user).`,
            { file: def.file });
        }
      }
    }
  },
};
