// Bridges redis.conf `user` lines to the ACL engine (../acl): which rule errors Redis reports
// while loading the file and which only at startup.

import type { ConfDirective } from '../../../../grammar/src/index.js';
import type { Problem } from '../problems.js';

export interface AclContext {
  readonly targetId: string;
}

export function checkConfUserRules(_line: ConfDirective, _context: AclContext): { issues: Array<Omit<Problem, 'file'>> } {
  return { issues: [] };
}
