import { aclAnalysis, lowerOf } from './analysis.js';
import { shown } from './support.js';
import type { Rule } from '../types.js';

export const aclNopassWithPassword: Rule = {
  meta: {
    id: 'acl-nopass-with-password',
    category: 'security',
    severity: 'error',
    fixable: false,
    description: '`nopass` and passwords on one user: a later `nopass` throws the passwords away (any password works), a later password cancels `nopass`.',
    kinds: ['acl', 'conf', 'sentinel'],
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      if (def.duplicate) continue;
      const open = def.user.nopass && def.user.enabled;
      let pending: number[] = [];
      let nopass: number | undefined;
      def.rules.forEach((rule, i) => {
        if (def.failed(i)) return;
        const lower = lowerOf(rule);
        if (lower === 'nopass') {
          for (const p of pending) {
            const password = shown(def.rules[p].value);
            report(def.rules[p].span,
              open
                ? `The password \`${password}\` is thrown away by the later \`nopass\`, which clears every password and accepts any: ${def.name === 'default' ? 'the default user' : `user ${def.name}`} ends up with no password check at all, whatever this line seems to say. Remove \`nopass\` to require the password.`
                : `The password \`${password}\` is thrown away by the later \`nopass\` (which clears every password), so it has no effect. Remove it, or remove \`nopass\` if this password should be required.`,
              { file: def.file, ...(open ? {} : { severity: 'warning' as const }) });
          }
          pending = [];
          nopass = i;
        } else if (lower === 'resetpass' || lower === 'reset') {
          pending = [];
          nopass = undefined;
        } else if (rule.value[0] === '>' || rule.value[0] === '#') {
          if (nopass !== undefined) {
            report(def.rules[nopass].span,
              `\`nopass\` has no effect: the later password rule \`${shown(rule.value)}\` cancels it, so ${def.name === 'default' ? 'the default user' : `user ${def.name}`} needs a password after all. Remove \`nopass\` (or the passwords, if any password should work).`,
              { file: def.file, severity: 'warning' });
            nopass = undefined;
          }
          pending.push(i);
        }
      });
    }
  },
};
