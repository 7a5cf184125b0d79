import { problemRule } from '../problem-rule.js';

export const tlsIncomplete = problemRule({
  id: 'tls-incomplete',
  category: 'correctness',
  severity: 'error',
  description: 'TLS is enabled without a certificate or key file: Redis cannot configure TLS and refuses to start.',
  kinds: ['conf', 'sentinel'],
});
