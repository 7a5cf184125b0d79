import type { Rule, RuleMeta } from './types.js';

/**
 * A rule whose findings the model already computed while reading the file as Redis does
 * (load and startup errors). The rule owns the id, documentation and severity.
 */
export function problemRule(meta: Omit<RuleMeta, 'fixable'>): Rule {
  return {
    meta: { ...meta, fixable: false },
    check({ model, report }) {
      for (const problem of model.problems) {
        if (problem.code !== meta.id) continue;
        report(problem.span, problem.message, {
          file: problem.file,
          fatal: problem.fatal,
          ...(problem.related ? { related: [problem.related] } : {}),
        });
      }
    },
  };
}
