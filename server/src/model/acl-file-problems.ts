// An ACL file's problems as Redis sees them at startup (ACLLoadFromFile): all errors are
// collected and any one of them stops the server; some inputs crash it instead.

import type { AclFileResult } from './acl/index.js';
import type { Problem } from './problems.js';

const CODES = {
  'not-a-user-line': 'invalid-acl-line',
  'invalid-username': 'invalid-acl-line',
  'unmatched-selector': 'invalid-acl-rule',
  'duplicate-user': 'duplicate-user',
  rule: 'invalid-acl-rule',
} as const;

export function aclFileProblems(result: AclFileResult, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const problem of result.problems) {
    if (problem.crashes) {
      problems.push({
        code: 'crashes-redis', file, span: problem.span, fatal: true, phase: 'startup',
        redisMessage: 'Segmentation fault while loading the ACL file',
        message: `${problem.message} Redis does not report this: it crashes (SIGSEGV) while loading the file, at startup and on ACL LOAD.`,
      });
      continue;
    }
    problems.push({
      code: CODES[problem.kind], file, span: problem.span, fatal: true, phase: 'startup',
      redisMessage: `Aborting Redis startup because of ACL errors: ${problem.redisText}`,
      message: problem.message,
    });
  }
  return problems;
}
