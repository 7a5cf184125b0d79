export type * from './ast.js';
export { LineIndex, type Span, type LineColumn } from './span.js';
export { decodeText } from './decode.js';
export { parseConf, splitArgs } from './conf/parse-conf.js';
export { parseAcl } from './acl/parse-acl.js';
export { asciiLowerCase } from './chars.js';
