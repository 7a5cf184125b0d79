import type { Rule } from '../types.js';

export const deprecatedAlias: Rule = {
  meta: {
    id: 'deprecated-alias',
    category: 'deprecation',
    severity: 'info',
    fixable: true,
    description: 'A directive written under an old alias (`slaveof`, `slave-read-only`, `lua-time-limit`, …) instead of its current name.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    for (const record of model.config?.records ?? []) {
      if (!record.viaAlias) continue;
      const written = record.directive.name.value;
      report(record.directive.name.span,
        `\`${written}\` is an old name of \`${record.name}\`: it still works, but documentation, CONFIG GET/REWRITE and tools use \`${record.name}\`. Write \`${record.name}\`.`,
        { file: record.file, fix: { title: `Rename to ${record.name}`, edits: [{ span: record.directive.name.span, newText: record.name }] } });
    }
  },
};
