import { assessPassword, isWellKnownPasswordHash } from '../shared/password-strength.js';
import { aclAnalysis } from './analysis.js';
import type { Rule } from '../types.js';

const ADVICE = 'Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`), keep it out of version control, and write its hash (`#<sha256>`).';

export const aclWeakPassword: Rule = {
  meta: {
    id: 'acl-weak-password',
    category: 'security',
    severity: 'error',
    fixable: false,
    description: 'A password in an ACL file (`>password`, or the `#<sha256>` of a well-known one) that is short, well known or easy to guess.',
    kinds: ['acl'],
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis || analysis.kind !== 'acl') return; // redis.conf `user` lines: weak-password
    for (const def of analysis.definitions) {
      const whose = def.name === 'default' ? 'the default user' : `user ${def.name}`;
      for (const rule of def.rules) {
        if (rule.value[0] === '#') {
          if (!isWellKnownPasswordHash(rule.value.slice(1).toLowerCase())) continue;
          report(rule.span,
            `This password hash of ${whose} is the SHA-256 of a well-known default: hashing does not help when the password is on every guessing list, and anyone can look the hash up. ${ADVICE}`,
            { file: def.file, severity: 'error' });
        } else if (rule.value[0] === '>') {
          const weakness = assessPassword(rule.value.slice(1));
          if (!weakness) continue;
          report(rule.span,
            `A password of ${whose} ${weakness.reason}; anyone who can reach the server can guess it and act with ${whose}'s rights. ${ADVICE}`,
            { file: def.file, severity: weakness.level });
        }
      }
    }
  },
};
