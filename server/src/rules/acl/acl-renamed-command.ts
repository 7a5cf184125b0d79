import { aclAnalysis, denyOf } from './analysis.js';
import { innerRules } from './support.js';
import { where } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const aclRenamedCommand: Rule = {
  meta: {
    id: 'acl-renamed-command',
    category: 'correctness',
    severity: 'error',
    fixable: true,
    description: 'An ACL rule in a `user` line that names a command by the name `rename-command` gave it: ACL rules only know the original names, so Redis refuses to start.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const config = model.config;
    const analysis = aclAnalysis(model);
    if (!config || !analysis || config.renames.length === 0) return;
    // New name → the original command and the rename line (renames can chain: a → b, b → c).
    const origins = new Map<string, { original: string; file: string; span: import('../../model/index.js').Span }>();
    for (const rename of config.renames) {
      const [from, to] = rename.args;
      if (!from || !to) continue;
      const fromName = from.value.toLowerCase();
      const original = origins.get(fromName)?.original ?? fromName;
      origins.delete(fromName);
      if (to.value !== '') origins.set(to.value.toLowerCase(), { original, file: rename.file, span: rename.directive.span });
    }
    const { table } = analysis.ctx;
    for (const def of analysis.definitions) {
      if (def.duplicate) continue;
      for (let i = 0; i < def.rules.length; i++) {
        if (denyOf(def, i) === undefined && !def.isSelector(i)) continue;
        for (const inner of innerRules(model, def, i)) {
          const sign = inner.value[0];
          if ((sign !== '+' && sign !== '-') || inner.value[1] === '@') continue;
          const bar = inner.value.indexOf('|');
          const written = bar === -1 ? inner.value.slice(1) : inner.value.slice(1, bar);
          const origin = origins.get(written.toLowerCase());
          if (!origin || table.lookup(written)) continue;
          const fixed = `${sign}${origin.original}${bar === -1 ? '' : inner.value.slice(bar)}`;
          report(inner.span,
            `\`${inner.value}\` uses the name rename-command gave ${origin.original.toUpperCase()} (${where(model, origin.file, origin.span)}), but ACL rules only know the original command names: Redis refuses to start ("Unknown command or category name in ACL"). Write \`${fixed}\`; clients still call it by its new name.`,
            {
              file: def.file,
              related: [{ file: origin.file, span: origin.span, message: 'renamed here' }],
              ...(inner.exact
                ? { fix: { title: `Use the original name: ${fixed}`, edits: [{ span: { start: inner.span.start + 1, end: inner.span.start + 1 + written.length }, newText: origin.original }] } }
                : {}),
            });
        }
      }
    }
  },
};
