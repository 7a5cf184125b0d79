import { problemRule } from '../problem-rule.js';

/** Reported by the model (model/template/tracker.ts): one finding per line with a placeholder. */
export const templatePlaceholder = problemRule({
  id: 'template-placeholder',
  category: 'correctness',
  severity: 'info',
  description: 'A value, directive name or line is a template placeholder (${VAR}, $VAR, {{ … }}, @VAR@, %VAR%): unknown until rendered, so it is not checked.',
  kinds: ['conf', 'sentinel'],
});
