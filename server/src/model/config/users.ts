// `user` lines of redis.conf: what Redis checks while loading (ACLAppendUserForLoading) and
// what it checks at startup (ACLLoadConfiguredUsers). The rule semantics live in ../acl.

import type { ConfDirective, Span } from '../../../../grammar/src/index.js';
import type { Problem } from '../problems.js';
import { checkConfUserRules, type AclContext } from './user-rules.js';

export type { AclContext };

export class UserDeclarations {
  private readonly names = new Map<string, { file: string; span: Span }>();
  /** Declarations that passed the load-time checks, in order, for the startup phase. */
  readonly accepted: Array<{ file: string; directive: ConfDirective }> = [];

  constructor(private readonly context: AclContext) {}

  get count(): number {
    return this.names.size;
  }

  declare(file: string, line: ConfDirective, problems: Problem[]): void {
    const username = line.args[0];
    const first = this.names.get(username.value);
    if (first) {
      problems.push({
        code: 'duplicate-user', file, span: username.span, fatal: true, phase: 'load',
        redisMessage: `Error in user declaration '${username.value}': Duplicate user found. A user can only be defined once in config files`,
        message: `User ${username.value} is already declared; Redis refuses to start. Merge the rules into one \`user ${username.value} …\` line.`,
        related: { ...first, message: 'first declared here' },
      });
      return;
    }
    this.names.set(username.value, { file, span: username.span });
    const result = checkConfUserRules(line, this.context);
    for (const issue of result.issues) problems.push({ ...issue, file });
    if (!result.issues.some((issue) => issue.phase === 'load' && issue.fatal)) this.accepted.push({ file, directive: line });
  }
}
