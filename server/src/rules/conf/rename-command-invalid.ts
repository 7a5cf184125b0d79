import { problemRule } from '../problem-rule.js';

export const renameCommandInvalid = problemRule({
  id: 'rename-command-invalid',
  category: 'correctness',
  severity: 'error',
  description: 'rename-command of a command that does not exist (or was already renamed), or to a name that is taken.',
  kinds: ['conf', 'sentinel'],
});
