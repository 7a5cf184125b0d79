export type * from './ast.js';
export { LineIndex, type Span, type LineColumn } from './span.js';
