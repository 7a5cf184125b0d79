// Lints several config texts as one set and returns the cross-file findings with 1-based lines.

import { basename } from 'node:path';
import '../support/knowledge.js';
import { lintSet } from '../../server/src/linter/cross-file.js';
import { nodeFacts, type Located, type NodeFacts } from '../../server/src/model/cross-file/facts.js';
import { analyze, LineIndex, parseTarget, type ModelKind } from '../../server/src/model/index.js';

export interface SetFindingView {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  /** The text the finding marks. */
  readonly marked: string;
  readonly message: string;
}

export function lintFiles(files: Readonly<Record<string, string>>, options: { target?: string; only?: readonly string[] } = {}): SetFindingView[] {
  const parsed = parseTarget(options.target ?? '7.0');
  if (!parsed.ok) throw new Error(parsed.message);
  const nodes: NodeFacts<Located>[] = [];
  const lines = new Map<string, LineIndex>();
  for (const [file, text] of Object.entries(files)) {
    const kind: ModelKind = basename(file).includes('sentinel') ? 'sentinel' : 'conf';
    const model = analyze({ text, file, kind, target: parsed.target });
    lines.set(file, new LineIndex(text));
    const facts = nodeFacts(model, basename(file), file);
    if (facts) nodes.push(facts);
  }
  const lineOf = (at: Located) => (lines.get(at.file)?.lineOf(at.span.start) ?? 0) + 1;
  return lintSet(nodes, {
    describe: (at) => `${basename(at.file)}:${lineOf(at)}`,
    ...(options.only ? { only: options.only } : {}),
  }).map((f) => ({
    ruleId: f.ruleId,
    file: f.at.file,
    line: lineOf(f.at),
    marked: files[f.at.file].slice(f.at.span.start, f.at.span.end),
    message: f.message,
  }));
}
