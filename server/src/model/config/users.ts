// `user` lines of redis.conf: what Redis checks while loading (ACLAppendUserForLoading) and
// what it checks at startup (ACLLoadConfiguredUsers). The rule semantics live in ../acl.

import type { ConfDirective, Span } from '../../../../grammar/src/index.js';
import { ConfUsers, type AclContext, type AclUser } from '../acl/index.js';
import type { Problem } from '../problems.js';

export class UserDeclarations {
  private readonly confUsers: ConfUsers;
  private readonly firstDeclared = new Map<string, { file: string; span: Span }>();
  /** Declarations that passed loading, in order: startup errors point into one of them. */
  private readonly accepted: Array<{ file: string; span: Span }> = [];

  /** `duplicatesAllowed`: 6.x has no duplicate check; a later line resets and redefines the user at startup. */
  constructor(readonly context: AclContext, private readonly duplicatesAllowed = false) {
    this.confUsers = new ConfUsers(context);
  }

  declare(file: string, line: ConfDirective, problems: Problem[]): void {
    const result = this.confUsers.addLine([line.name, ...line.args]);
    const username = line.args[0];
    if (!result.ok) {
      const duplicate = 'errno' in result.error.error && result.error.error.errno === 'EALREADY';
      // The model keeps the first definition (ConfUsers refuses the second).
      if (duplicate && this.duplicatesAllowed) return;
      const first = this.firstDeclared.get(username.value);
      problems.push({
        code: duplicate ? 'duplicate-user' : 'invalid-acl-rule', file, span: result.error.span, fatal: true, phase: 'load',
        redisMessage: result.error.redisMessageRedacted,
        message: duplicate
          ? `User ${username.value} is already declared; Redis refuses to start. Merge the rules into one \`user ${username.value} …\` line.`
          : result.error.message,
        ...(duplicate && first ? { related: { ...first, message: 'first declared here' } } : {}),
      });
      return;
    }
    if (!this.firstDeclared.has(username.value)) this.firstDeclared.set(username.value, { file, span: username.span });
    this.accepted.push({ file, span: line.span });
  }

  /** The startup step: users are created in order and the first failing rule stops Redis. */
  startup(problems: Problem[]): ReadonlyMap<string, AclUser> {
    const result = this.confUsers.startup();
    if (!result.ok && result.span) {
      const at = result.span;
      const file = this.accepted.find((d) => d.span.start <= at.start && at.end <= d.span.end)?.file ?? this.accepted[0]?.file ?? '';
      problems.push({
        code: 'invalid-acl-rule', file, span: result.span, fatal: true, phase: 'startup', lineless: true,
        redisMessage: (result.log ?? []).join(' '),
        message: `${result.message ?? 'This ACL rule is refused'} Redis accepts the line while reading the file but refuses to start when it creates the user.`,
      });
    }
    return result.users;
  }
}
