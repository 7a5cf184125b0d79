import { problemRule } from '../problem-rule.js';

export const moduleConfigWithoutModule = problemRule({
  id: 'module-config-without-module',
  category: 'correctness',
  severity: 'error',
  description: 'A module setting (a name with a dot) without any loadmodule line: Redis aborts at startup.',
  kinds: ['conf', 'sentinel'],
});
