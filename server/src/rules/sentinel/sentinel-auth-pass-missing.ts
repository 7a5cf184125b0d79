import type { Rule } from '../types.js';

export const sentinelAuthPassMissing: Rule = {
  meta: {
    id: 'sentinel-auth-pass-missing',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: 'A monitored primary without `sentinel auth-pass`: either the primary has no password or Sentinel cannot log in to it.',
    kinds: ['sentinel'],
  },
  check({ model, report }) {
    const lines = model.config?.sentinel ?? [];
    const withAuth = new Set(lines.filter((l) => l.args[0]?.value.toLowerCase() === 'auth-pass' && l.args[1]).map((l) => l.args[1].value));
    for (const line of lines) {
      if (line.args[0]?.value.toLowerCase() !== 'monitor' || !line.args[1]) continue;
      const name = line.args[1].value;
      if (withAuth.has(name)) continue;
      report(line.args[1].span,
        `Sentinel monitors ${name} without \`sentinel auth-pass ${name} …\`: either that primary and its replicas accept clients without a password, so anyone who reaches them can read, wipe or take them over, or Sentinel cannot authenticate and will neither monitor nor fail them over. `
        + `Require a password on the primary and replicas and add \`sentinel auth-pass ${name} <password>\` (with \`sentinel auth-user\` for an ACL user).`,
        { file: line.file });
    }
  },
};
