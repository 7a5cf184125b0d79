import { problemRule } from '../problem-rule.js';

export const pathNotFound = problemRule({
  id: 'path-not-found',
  category: 'correctness',
  severity: 'warning',
  description: 'A directory or file the config needs (dir, logfile, aclfile, TLS files, modules) is missing here.',
  kinds: ['conf', 'sentinel'],
});
