import type { AclDocument } from '../ast.js';
import { ACL_CHUNK_BYTES, redisView, viewProblems } from '../source.js';
import { AclBuilder } from './build.js';
import { walkLines } from '../lines.js';

/** Parses an ACL file (`aclfile`) as Redis's ACL loader reads it. */
export function parseAcl(text: string): AclDocument {
  return parseAclWith(text, true);
}

/** `parseAcl`, optionally without the plain-line fast path (tests compare the two). */
export function parseAclWith(text: string, fastPath: boolean): AclDocument {
  const view = redisView(text, ACL_CHUNK_BYTES);
  const builder = new AclBuilder(view);
  walkLines(view.text, builder, fastPath);
  return { kind: 'acl', text, lines: builder.lines, problems: viewProblems(view) };
}
