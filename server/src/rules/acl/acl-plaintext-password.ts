import { sha256Hex } from '../../model/acl/index.js';
import { isPlaceholder } from '../shared/password-strength.js';
import { aclAnalysis } from './analysis.js';
import type { Rule } from '../types.js';

export const aclPlaintextPassword: Rule = {
  meta: {
    id: 'acl-plaintext-password',
    category: 'security',
    severity: 'warning',
    fixable: true,
    description: 'An ACL password written in clear text (`>password`, `<password`) where its SHA-256 (`#<hash>`, `!<hash>`) works the same.',
    kinds: ['acl', 'conf', 'sentinel'],
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      for (const rule of def.rules) {
        const sign = rule.value[0];
        if (sign !== '>' && sign !== '<') continue;
        const password = rule.value.slice(1);
        if (isPlaceholder(password)) continue; // filled in at deploy time: hashing it here would break that
        const add = sign === '>';
        const hashed = `${add ? '#' : '!'}${sha256Hex(password)}`;
        report(rule.span,
          add
            ? `A password of ${def.name === 'default' ? 'the default user' : `user ${def.name}`} is written in clear text (\`>****\`): anyone who reads this file (a backup, a repository, a container image, a support bundle) can log in with it. Write its SHA-256 instead, \`#<64 hex digits>\`, which Redis accepts the same way and stores anyway.`
            : `This rule names a password of ${def.name === 'default' ? 'the default user' : `user ${def.name}`} in clear text (\`<****\`): anyone who reads this file learns it. Write \`!<sha256>\` instead, which removes the same password.`,
          {
            file: def.file,
            fix: { title: 'Replace the clear-text password with its SHA-256 hash', edits: [{ span: rule.span, newText: hashed }] },
          });
      }
    }
  },
};
