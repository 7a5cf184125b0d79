import { problemRule } from '../problem-rule.js';

export const buildDependentSetting = problemRule({
  id: 'build-dependent-setting',
  category: 'correctness',
  severity: 'warning',
  description: "A setting some Redis builds refuse (activedefrag on distribution packages built without Redis's jemalloc).",
  kinds: ['conf', 'sentinel'],
});
