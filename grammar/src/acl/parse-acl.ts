import type { AclDocument } from '../ast.js';
import { ACL_CHUNK_BYTES, redisView, viewProblems } from '../source.js';
import { AclBuilder } from './build.js';
import { aclParser } from './parser.js';
import { aclLexer } from './tokens.js';

/** Parses an ACL file (`aclfile`) as Redis's ACL loader reads it. */
export function parseAcl(text: string): AclDocument {
  const view = redisView(text, ACL_CHUNK_BYTES);
  const builder = new AclBuilder(view);
  aclParser().parseDocument(aclLexer().tokenize(view.text).tokens, builder);
  return { kind: 'acl', text, lines: builder.lines, problems: viewProblems(view) };
}
