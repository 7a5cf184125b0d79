// `# redis-lint: redis-version 7.2` in a conf or sentinel file sets its target.

import type { ModelKind } from './analyze.js';

const DIRECTIVE = /^[ \t]*#[ \t]*redis-lint:[ \t]*redis-version[ \t]+([^\s]+)[ \t]*\r?$/m;

/** The version written in a `# redis-lint: redis-version X` comment, if the file has one. */
export function targetFromComment(text: string, kind: ModelKind): string | undefined {
  if (kind === 'acl') return undefined; // ACL files have no comments
  return DIRECTIVE.exec(text)?.[1];
}
