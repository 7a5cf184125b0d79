import { aclAnalysis } from './analysis.js';
import { userLabel } from './support.js';
import type { Rule } from '../types.js';

export const aclUserUnrestricted: Rule = {
  meta: {
    id: 'acl-user-unrestricted',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: 'An ACL user (or selector) that may run every command on every key (`+@all ~*`, `allcommands allkeys`): its password is as good as full control of the server.',
    kinds: ['acl', 'conf', 'sentinel'],
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      if (def.duplicate || !def.user.enabled) continue;
      for (const { selector, rule } of def.unrestricted) {
        const span = rule === undefined ? def.nameSpan : def.rules[rule].span;
        const how = selector > 0
          ? 'This selector allows every command on every key'
          : rule === undefined
            ? `${userLabel(def)} may run every command on every key`
            : `With \`${def.rules[rule].value}\` and access to every key, ${def.name === 'default' ? 'the default user' : `user ${def.name}`} may run every command`;
        report(span,
          `${how}: whoever holds its password can wipe the data (FLUSHALL), rewrite the configuration and write files (CONFIG SET), load native code (MODULE LOAD), replicate from a host they control (REPLICAOF) and change the users themselves (ACL SETUSER). `
          + 'Keep full access for one administrator with a long random `#<sha256>` password; give applications only what they need, e.g. `resetkeys ~app:* -@all +@read +@write -@dangerous`.',
          { file: def.file });
      }
    }
  },
};
