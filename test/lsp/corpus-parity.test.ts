// The server publishes exactly what the CLI reports: for every file of the shared corpus, the
// diagnostics of the language server (over stdio, as an editor opens the file) against the
// findings of lint() run the way the CLI runs it (kind detection, file access, default target).
// Compared: range, rule id, message (and severity).
//
// Missing ../shared: skipped with a message, but a failure when CI=true.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../support/knowledge.js';
import { detectKind } from '../../server/src/cli/discover.js';
import { nodeFiles, readConfigFile } from '../../server/src/cli/node-files.js';
import { lint } from '../../server/src/linter/index.js';
import { DEFAULT_TARGET, LineIndex } from '../../server/src/model/index.js';
import { pathToUri } from '../../server/src/service/index.js';
import { LspClient, REPO, type PublishDiagnostics } from './client.js';

const CORPUS = join(REPO, '..', 'shared', 'corpus');
const CI = process.env.CI === 'true';
const haveCorpus = existsSync(CORPUS);

function corpusFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...corpusFiles(path));
    else if (/\.(conf|acl|config)$/.test(name)) out.push(path);
  }
  return out;
}

const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

interface Row {
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
  readonly code: string;
  readonly severity: number;
  readonly message: string;
}

/** What the CLI reports for `path`, as diagnostics rows. */
function cliRows(path: string): Row[] {
  const read = readConfigFile(path);
  if ('error' in read) throw new Error(read.error);
  const result = lint({ text: read.text, file: path, kind: detectKind(path, read.text), target: DEFAULT_TARGET, files: nodeFiles });
  const lines = new LineIndex(read.text);
  return result.findings.map((f) => {
    if (f.file === path) {
      const start = lines.position(f.span.start);
      const end = lines.position(f.span.end);
      return { line: start.line, character: start.character, endLine: end.line, endCharacter: end.character, code: f.ruleId, severity: SEVERITY[f.severity], message: f.message };
    }
    // A finding in an included file: the server shows it on the include line, prefixed with where it is.
    const other = result.model.lines(f.file);
    const line = (other?.lineOf(f.span.start) ?? 0) + 1;
    return { line: -1, character: -1, endLine: -1, endCharacter: -1, code: f.ruleId, severity: SEVERITY[f.severity], message: `${basename(f.file)}:${line}: ${f.message}` };
  });
}

function serverRows(published: PublishDiagnostics, includesElsewhere: boolean): Row[] {
  return published.diagnostics.map((d) => {
    const elsewhere = includesElsewhere && /^[^:\s]+:\d+: /.test(d.message) && d.relatedInformation?.[0]?.message === 'where the problem is';
    return {
      line: elsewhere ? -1 : d.range.start.line,
      character: elsewhere ? -1 : d.range.start.character,
      endLine: elsewhere ? -1 : d.range.end.line,
      endCharacter: elsewhere ? -1 : d.range.end.character,
      code: d.code,
      severity: d.severity,
      message: d.message,
    };
  });
}

describe.skipIf(!haveCorpus && !CI)('server diagnostics = CLI findings on the corpus', () => {
  let client: LspClient;
  const files = haveCorpus ? corpusFiles(CORPUS) : [];

  beforeAll(async () => {
    if (!haveCorpus) throw new Error(`CI=true but the corpus is missing at ${CORPUS}`);
    client = new LspClient();
    await client.initialize({});
  });

  afterAll(async () => {
    if (client?.alive) await client.shutdown().catch(() => client.kill());
  });

  it('covers the whole corpus', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map((f) => [f.slice(CORPUS.length + 1), f]))('%s', async (_name, path) => {
    const read = readConfigFile(path);
    if ('error' in read) throw new Error(read.error);
    const uri = pathToUri(path);
    const from = client.notifications.length;
    client.open(uri, read.text, 'plaintext');
    const published = await client.waitForDiagnostics(uri, 1, from, 30_000);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    const expected = cliRows(path);
    expect(serverRows(published, expected.some((r) => r.line === -1))).toEqual(expected);
  });
});

if (!haveCorpus && !CI) {
  describe('server diagnostics = CLI findings on the corpus', () => {
    it.skip(`skipped: no corpus at ${CORPUS}`, () => {});
  });
}
