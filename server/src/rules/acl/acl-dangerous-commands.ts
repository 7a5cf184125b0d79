import type { ResolvedRisk } from '../../model/acl/index.js';
import { aclAnalysis, denyOf, lowerOf } from './analysis.js';
import { listNames, riskEffects, userLabel } from './support.js';
import type { Rule } from '../types.js';

function denyAdvice(risks: readonly ResolvedRisk[]): string {
  const words = [...new Set(risks.filter((r) => r.group !== 'scripting').map((r) => `-${r.entry.name}`))];
  return words.length <= 3 ? `\`${words.join(' ')}\`` : '`-@dangerous`, or name them (`' + words.slice(0, 3).join(' ') + ' …`)';
}

export const aclDangerousCommands: Rule = {
  meta: {
    id: 'acl-dangerous-commands',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: 'An ACL user that may run commands that wipe data, change the configuration, load code, hijack replication or manage users (FLUSHALL, CONFIG SET, MODULE LOAD, REPLICAOF, ACL SETUSER, …); scripting alone is info.',
    kinds: ['acl', 'conf', 'sentinel'],
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis) return;
    for (const def of analysis.definitions) {
      if (def.duplicate || !def.user.enabled) continue;
      const everything = new Set(def.unrestricted.map((u) => u.selector)); // acl-user-unrestricted's
      for (const grant of def.grants) {
        if (everything.has(grant.selector)) continue;
        const names = grant.risks.map((r) => r.label);
        const scriptingOnly = grant.risks.every((r) => r.group === 'scripting');
        const rule = grant.rule === undefined ? undefined : def.rules[grant.rule];
        const selector = grant.rule !== undefined && def.isSelector(grant.rule);
        const via = rule === undefined ? '' : selector ? ' through this selector' : ` through \`${rule.value}\``;
        const keyless = grant.risks.some((r) => r.group !== 'scripting' && !r.entry.data.keySpecs?.length);
        report(rule?.span ?? def.nameSpan,
          `${userLabel(def)} may run ${listNames(names)}${via}: whoever holds its password can ${riskEffects(grant.risks)}.`
          + (keyless ? ' Key patterns do not limit commands that take no keys.' : '')
          + (scriptingOnly
            ? ' If it does not need scripts, add `-@scripting` after this rule.'
            : rule && grant.rule !== undefined && denyOf(def, grant.rule) === false && !rule.value.includes('@') && lowerOf(rule) !== 'allcommands'
              ? ' Remove this rule unless this is an administrator account.'
              : ` Unless this is an administrator account, deny them after this rule: ${denyAdvice(grant.risks)}.`),
          { file: def.file, ...(scriptingOnly ? { severity: 'info' as const } : {}) });
      }
    }
  },
};
