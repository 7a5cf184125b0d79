import { aclAnalysis, canRunAnything } from './analysis.js';
import { lastRule } from './support.js';
import type { Rule } from '../types.js';

export const aclDisabledUserPermissions: Rule = {
  meta: {
    id: 'acl-disabled-user-permissions',
    category: 'security',
    severity: 'info',
    fixable: false,
    description: 'A disabled (`off`) ACL user that still holds command permissions: a single `ACL SETUSER <user> on` brings them back.',
    kinds: ['acl', 'conf', 'sentinel'],
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      if (def.duplicate || def.user.enabled || !canRunAnything(def.user)) continue;
      const off = lastRule(def, 'off');
      const rights = def.unrestricted.length > 0 ? 'every command on every key' : 'command permissions';
      const strip = `\`user ${def.name} off resetpass resetkeys resetchannels -@all\``;
      report(off?.span ?? def.nameSpan,
        off
          ? `User ${def.name} is off but still holds ${rights}: one \`ACL SETUSER ${def.name} on\` by anyone allowed to run ACL gives them back, with its passwords. If it is retired, strip it (${strip}) or delete the line.`
          : `User ${def.name} has no \`on\`, so it is disabled (users start off), yet it holds ${rights}. Add \`on\` if it should log in; if not, strip it (${strip}).`,
        { file: def.file });
    }
  },
};
