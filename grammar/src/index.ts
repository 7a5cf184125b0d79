/**
 * The grammar layer: redis.conf / sentinel.conf and ACL file text to AST, as Redis reads it.
 *
 * Invariants:
 * - Parsing never throws and never fails as a whole: a line Redis rejects becomes a node with a
 *   problem, and it never affects its neighbours.
 * - Every span is a range of the text as given (UTF-16 offsets), also where Redis drops bytes
 *   after a NUL and parses the rest (`nul-dropped`).
 * - Redis is the judge: splitting, trimming, quoting, escapes, comments, BOM and NUL handling
 *   follow its loaders byte for byte (checked against redis-server in test/grammar).
 * - Chevrotain lexers and parsers define the syntax; plain lines take a direct path that tests
 *   prove equal. Lexers and parsers are built on first use, never at import.
 * - Imports nothing but `chevrotain`, and no Node built-ins (it also runs in browsers).
 */
export type * from './ast.js';
export { LineIndex, type Span, type LineColumn } from './span.js';
export { decodeText } from './decode.js';
export { parseConf, splitArgs } from './conf/parse-conf.js';
export { parseAcl } from './acl/parse-acl.js';
export { asciiLowerCase } from './chars.js';
export { WORK, resetWork, readWork, type WorkCounters } from './work.js';
