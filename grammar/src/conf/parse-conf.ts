import type { ConfArg, ConfDocument, SyntaxProblem } from '../ast.js';
import { charLength } from '../chars.js';
import { CONF_CHUNK_BYTES, redisView, viewProblems } from '../source.js';
import { walkLines } from '../lines.js';
import { ConfBuilder } from './build.js';
import { confParser } from './parser.js';
import type { ArgScan } from './scan-arg.js';
import { confLexer, confTokens } from './tokens.js';

/** Parses redis.conf or sentinel.conf text as Redis's config loader reads it. */
export function parseConf(text: string): ConfDocument {
  return parseConfWith(text, true);
}

/** `parseConf`, optionally without the plain-line fast path (tests compare the two). */
export function parseConfWith(text: string, fastPath: boolean): ConfDocument {
  const view = redisView(text, CONF_CHUNK_BYTES);
  const builder = new ConfBuilder(view);
  walkLines(view.text, builder, fastPath);
  return { kind: 'conf', text, lines: builder.lines, problems: viewProblems(view) };
}

/**
 * Splits one string into arguments exactly as Redis's `sdssplitargs` does: what Redis applies to
 * the single value of a multi-argument setting (`save "3600 1 300 10"`) and to command-line
 * options. Spans are offsets into `text`. As in C, a NUL ends the string.
 */
export function splitArgs(text: string): { args: ConfArg[] } | { error: SyntaxProblem } {
  const nul = text.indexOf('\0');
  const string = nul === -1 ? text : text.slice(0, nul);
  const { tokens } = confLexer('string').tokenize(string);
  const kinds = confTokens().kinds;
  const args: ConfArg[] = [];
  for (const token of confParser().parseArgList(tokens)) {
    const kind = kinds[token.tokenTypeIdx];
    const start = token.startOffset;
    if (kind === 'word') {
      args.push({ value: token.image, span: { start, end: start + token.image.length }, quoted: false });
      continue;
    }
    const scan = token.payload as ArgScan;
    if (kind === 'text-after-quote') {
      return { error: { code: 'text-after-quote', span: { start: scan.end, end: scan.end + charLength(string, scan.end) } } };
    }
    if (kind === 'unbalanced') {
      return { error: { code: 'unbalanced-quotes', span: { start: scan.quoteAt, end: string.length } } };
    }
    args.push({ value: scan.value, span: { start, end: scan.end }, quoted: true });
  }
  return { args };
}
