import { aclAnalysis, denyOf, type UserDefinition } from './analysis.js';
import { deleteRuleFix, shown, userName } from './support.js';
import type { Rule } from '../types.js';

function noopMessage(def: UserDefinition, i: number): string {
  const rule = def.rules[i];
  const text = shown(rule.value);
  const deny = denyOf(def, i);
  const what = deny === true
    ? 'what it denies is already denied at this point'
    : deny === false
      ? 'what it allows is already allowed at this point'
      : /^[>#]/.test(rule.value)
        ? 'this password is already set at this point'
        : 'the user already has it at this point';
  return `\`${text}\` changes nothing for ${userName(def)}: ${what} (rules apply left to right). Remove it.`;
}

export const aclIneffectiveRule: Rule = {
  meta: {
    id: 'acl-ineffective-rule',
    category: 'correctness',
    severity: 'warning',
    fixable: true,
    description: 'An ACL rule that a later rule undoes (`-flushall +@all` allows FLUSHALL) or that changes nothing where it stands; a deny that does not hold is a warning, the rest info.',
    kinds: ['acl', 'conf', 'sentinel'],
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      if (def.duplicate) continue;
      for (let i = 0; i < def.rules.length; i++) {
        const rule = def.rules[i];
        const effect = def.effect(i);
        if (!effect) continue;
        if (effect.kind === 'noop') {
          const fix = deleteRuleFix(model, def, i, `Remove \`${shown(rule.value)}\``);
          report(rule.span, noopMessage(def, i), { file: def.file, severity: 'info', ...(fix ? { fix } : {}) });
          continue;
        }
        const later = def.rules[effect.by];
        const text = shown(rule.value);
        const by = shown(later.value);
        const deny = denyOf(def, i);
        const laterDeny = denyOf(def, effect.by);
        if (deny === true && laterDeny === false) {
          report(rule.span,
            `\`${text}\` does not hold: the later \`${by}\` allows again everything it denies, because ACL rules apply left to right, so ${userName(def)} can run what this line seems to forbid. Move it after \`${by}\`.`,
            { file: def.file });
        } else if (effect.partial) {
          report(rule.span,
            `\`${text}\` has no effect: later rules set everything it sets again, the last of them \`${by}\` (rules apply left to right). Remove it, or move it after them if it was meant to win.`,
            { file: def.file, severity: 'info' });
        } else if (laterDeny === deny && deny !== undefined) {
          report(rule.span,
            `\`${text}\` is redundant: the later \`${by}\` sets everything it sets again. Remove it.`,
            { file: def.file, severity: 'info' });
        } else {
          report(rule.span,
            `\`${text}\` has no effect: the later \`${by}\` replaces everything it sets (rules apply left to right). Remove it, or move it after \`${by}\` if it was meant to win.`,
            { file: def.file, severity: 'info' });
        }
      }
    }
  },
};
