import type { Rule } from '../types.js';

/** Directives whose repeated lines add up instead of replacing each other. */
const ACCUMULATING = new Set(['save', 'client-output-buffer-limit']);

export const overriddenSetting: Rule = {
  meta: {
    id: 'overridden-setting',
    category: 'style',
    severity: 'warning',
    fixable: true,
    description: 'A setting that a later line (or an included file) sets again: only the last value counts.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const config = model.config;
    if (!config) return;
    for (const name of config.names()) {
      if (ACCUMULATING.has(name)) continue;
      const records = config.all(name);
      if (records.length < 2) continue;
      const last = records[records.length - 1];
      const lastLine = (model.lines(last.file)?.lineOf(last.directive.span.start) ?? 0) + 1;
      const where = last.file === model.mainFile ? `line ${lastLine}` : `${last.file}:${lastLine}`;
      for (const record of records.slice(0, -1)) {
        const lines = model.lines(record.file);
        const fix = record.file === model.mainFile && lines
          ? (() => {
              const line = lines.lineOf(record.directive.span.start);
              const start = lines.lineStart(line);
              const end = Math.min(lines.lineEnd(line) + 1, lines.text.length);
              return { title: `Remove the overridden ${name} line`, edits: [{ span: { start, end }, newText: '' }] };
            })()
          : undefined;
        report(record.directive.span, `${name} is set again at ${where}, which wins; this line has no effect. Remove it or merge the two.`, {
          file: record.file,
          related: [{ file: last.file, span: last.directive.span, message: 'the value in effect' }],
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
