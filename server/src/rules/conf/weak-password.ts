import { assessPassword, isWellKnownPasswordHash } from '../shared/password-strength.js';
import { passwordSites } from '../shared/passwords.js';
import type { Rule } from '../types.js';

const ADVICE = 'Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`) and keep it out of version control.';

export const weakPassword: Rule = {
  meta: {
    id: 'weak-password',
    category: 'security',
    severity: 'error',
    fixable: false,
    description: 'A password (requirepass, masterauth, user >password or #hash, sentinel auth-pass / sentinel-pass) that is well known, short or easy to guess.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    for (const site of passwordSites(model)) {
      if (site.kind === 'hash') {
        if (!isWellKnownPasswordHash(site.value)) continue;
        report(site.span,
          `${capitalize(site.label)} is the SHA-256 of a well-known default: hashing does not help when the credential itself is on every guessing list, and anyone can look the hash up. ${ADVICE} Then store its hash.`,
          { file: site.file, severity: 'error' });
        continue;
      }
      const weakness = assessPassword(site.value);
      if (!weakness) continue;
      report(site.span,
        `${capitalize(site.label)} ${weakness.reason}; anyone who can reach the server can guess it and act with that credential's rights. ${ADVICE}`,
        { file: site.file, severity: weakness.level });
    }
  },
};

function capitalize(text: string): string {
  return text.startsWith('`') ? text : text[0].toUpperCase() + text.slice(1);
}
