import { aclAnalysis, canRunAnything } from './analysis.js';
import { lastRule, listNames } from './support.js';
import type { Rule } from '../types.js';

export const aclNopassUser: Rule = {
  meta: {
    id: 'acl-nopass-user',
    category: 'security',
    severity: 'error',
    fixable: false,
    description: 'A named ACL user with `nopass`: `AUTH <user> <anything>` logs in, so anyone who knows the user name has its rights.',
    kinds: ['acl', 'conf', 'sentinel'],
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      // The default user is acl-default-user-open's (ACL files) and no-authentication's (redis.conf).
      if (def.duplicate || def.name === 'default' || !def.user.enabled || !def.user.nopass) continue;
      const nopass = lastRule(def, 'nopass');
      const span = nopass?.span ?? def.nameSpan;
      const runs = canRunAnything(def.user);
      const rights = def.unrestricted.length > 0
        ? 'every command on every key'
        : def.grants.length > 0
          ? `its commands, including ${listNames([...new Set(def.grants.flatMap((g) => g.risks.map((r) => r.label)))], 4)}`
          : runs ? 'its commands' : 'whatever is granted to it later';
      report(span,
        `User ${def.name} has \`nopass\`: \`AUTH ${def.name} <anything>\` logs in with any password, so anyone who can reach the server and guesses the name gets ${rights}. `
        + 'Replace nopass with a password hash (`#<sha256>` of a long random value, e.g. from `ACL GENPASS`), or turn the user off.',
        { file: def.file, ...(runs ? {} : { severity: 'warning' as const }) });
    }
  },
};
