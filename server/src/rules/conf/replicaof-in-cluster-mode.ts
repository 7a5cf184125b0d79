import { problemRule } from '../problem-rule.js';

export const replicaofInClusterMode = problemRule({
  id: 'replicaof-in-cluster-mode',
  category: 'correctness',
  severity: 'error',
  description: 'replicaof together with cluster-enabled yes: Redis refuses to start.',
  kinds: ['conf'],
});
