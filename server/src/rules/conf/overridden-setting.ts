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
      // The same for every earlier line of this setting (a file can repeat one thousands of times).
      const message = `${name} is set again at ${where}, which wins; this line has no effect. Remove it or merge the two.`;
      const related = [{ file: last.file, span: last.directive.span, message: 'the value in effect' }];
      const title = `Remove the overridden ${name} line`;
      const mainLines = model.lines(model.mainFile);
      for (let i = 0; i < records.length - 1; i++) {
        const record = records[i];
        if (record.file === model.mainFile && mainLines) {
          const line = mainLines.lineOf(record.directive.span.start);
          const start = mainLines.lineStart(line);
          const end = Math.min(mainLines.lineEnd(line) + 1, mainLines.text.length);
          report(record.directive.span, message, { file: record.file, related, fix: { title, edits: [{ span: { start, end }, newText: '' }] } });
        } else {
          report(record.directive.span, message, { file: record.file, related });
        }
      }
    }
  },
};
