// End to end over stdio JSON-RPC against the bundled server (built as scripts/build.mjs builds
// dist/server.cjs): lifecycle, push and pull diagnostics with exact ranges, code actions,
// hover, completion, settings, robustness, and no secret in anything the server says.

import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits, LspClient, REPO, serverBundle, type Diagnostic, type TextEdit } from './client.js';

const SECRET = 'Xq7-very-secret-Pw-91';

interface Capabilities {
  readonly completionProvider: { readonly triggerCharacters: string[] };
  readonly codeActionProvider: { readonly codeActionKinds: string[] };
  readonly semanticTokensProvider: { readonly legend: { readonly tokenTypes: string[] } };
  readonly [key: string]: unknown;
}

interface IpcMessage {
  readonly id?: number;
  readonly method?: string;
  readonly result?: { readonly serverInfo: { readonly name: string } };
  readonly params?: { readonly diagnostics: ReadonlyArray<{ readonly range: unknown }> };
}

describe('language server over stdio', () => {
  let client: LspClient;
  let init: Awaited<ReturnType<LspClient['initialize']>>;

  beforeAll(async () => {
    client = new LspClient();
    init = await client.initialize({});
  });

  afterAll(() => client?.kill());

  it('initializes with every feature', () => {
    expect(init.serverInfo?.name).toBe('redis-lint');
    const caps = init.capabilities as unknown as Capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps.hoverProvider).toBe(true);
    expect(caps.completionProvider.triggerCharacters).toContain(' ');
    expect(caps.codeActionProvider.codeActionKinds).toEqual(['quickfix', 'source.fixAll.redis-lint']);
    expect(caps.diagnosticProvider).toMatchObject({ interFileDependencies: true, workspaceDiagnostics: false });
    expect(caps.semanticTokensProvider.legend.tokenTypes).toContain('property');
    for (const key of ['documentSymbolProvider', 'foldingRangeProvider', 'documentLinkProvider', 'documentFormattingProvider', 'documentRangeFormattingProvider', 'inlayHintProvider']) {
      expect(caps[key], key).toBeTruthy();
    }
  });

  it('publishes diagnostics with exact ranges on open, and again on change', async () => {
    const uri = 'file:///tmp/redis-lint-e2e/a/redis.conf';
    const from = client.notifications.length;
    client.open(uri, 'maxmemroy 100mb\n');
    const first = await client.waitForDiagnostics(uri, 1, from);
    const unknown = first.diagnostics.find((d) => d.code === 'unknown-directive');
    expect(unknown).toMatchObject({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } },
      severity: 1,
      source: 'redis-lint',
      codeDescription: { href: 'https://github.com/redis-lint/redis-lint/blob/main/docs/rules/unknown-directive.md' },
    });
    expect(unknown!.message).toContain('`maxmemory`');

    // Type the fix, one keystroke at a time (incremental sync): the error goes away.
    const next = client.notifications.length;
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 6 }, end: { line: 0, character: 9 } }, text: 'ory' }],
    });
    const second = await client.waitForDiagnostics(uri, 2, next);
    expect(second.diagnostics.some((d) => d.code === 'unknown-directive')).toBe(false);
  });

  it('drops stale runs: a burst of changes ends with the diagnostics of the last version', async () => {
    const uri = 'file:///tmp/redis-lint-e2e/burst/redis.conf';
    client.open(uri, 'port 6379\n');
    await client.waitForDiagnostics(uri, 1);
    const from = client.notifications.length;
    for (let v = 2; v <= 20; v++) {
      client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: v % 2 === 0 ? 'port 6379\n' : 'prot 6379\n' }] });
    }
    const last = await client.waitForDiagnostics(uri, 20, from);
    expect(last.diagnostics.some((d) => d.code === 'unknown-directive')).toBe(false);
    const published = client.notifications.slice(from).filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri);
    expect(published.length).toBeLessThan(19);
  });

  it('applies a quick fix, after which the diagnostic is gone', async () => {
    const uri = 'file:///tmp/redis-lint-e2e/b/redis.conf';
    const text = 'bind 127.0.0.1\nport 6379\nport 6380\n';
    client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, 1);
    const overridden = published.diagnostics.find((d) => d.code === 'overridden-setting')!;
    expect(overridden.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 9 } });
    expect(overridden.tags).toEqual([1]);

    const actions = await client.request<Array<{ title: string; kind: string; isPreferred?: boolean; diagnostics?: Diagnostic[]; edit: { changes: Record<string, TextEdit[]> } }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: overridden.range,
      context: { diagnostics: [overridden], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.title).toMatch(/Remove the overridden port line/);
    expect(fix.diagnostics?.[0].code).toBe('overridden-setting');
    expect(actions.map((a) => a.title)).toEqual(expect.arrayContaining(['Disable overridden-setting for this line', 'Disable overridden-setting for this file']));

    const fixed = applyEdits(text, fix.edit.changes[uri]);
    expect(fixed).toBe('bind 127.0.0.1\nport 6380\n');
    const from = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await client.waitForDiagnostics(uri, 2, from);
    expect(after.diagnostics.some((d) => d.code === 'overridden-setting')).toBe(false);
  });

  it('answers hover with directive docs and bytes', async () => {
    const uri = 'file:///tmp/redis-lint-e2e/c/redis.conf';
    client.open(uri, 'maxmemory 1gb\nappendonly yes\n');
    const hover = await client.request<{ contents: { kind: string; value: string }; range: unknown }>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 11 } });
    expect(hover.contents.kind).toBe('markdown');
    expect(hover.contents.value).toContain('`1gb` = 1,073,741,824 bytes (1 GiB)');
    expect(hover.contents.value).toContain('**maxmemory**');
    expect(hover.contents.value).toContain('Default: `0`');
    expect(hover.range).toEqual({ start: { line: 0, character: 10 }, end: { line: 0, character: 13 } });
    const onName = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    expect(onName.contents.value).toContain('CONFIG SET: yes');
  });

  it('completes directive names (plain text: this client has no snippets) and values', async () => {
    const uri = 'file:///tmp/redis-lint-e2e/d/redis.conf';
    client.open(uri, 'maxmem\nappendonly \n');
    const names = await client.request<{ items: Array<{ label: string; textEdit: TextEdit; insertTextFormat?: number }> }>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 6 } });
    const item = names.items.find((i) => i.label === 'maxmemory-policy')!;
    expect(item.textEdit).toEqual({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, newText: 'maxmemory-policy' });
    expect(item.insertTextFormat).toBeUndefined();
    const values = await client.request<{ items: Array<{ label: string }> }>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 11 } });
    expect(values.items.map((i) => i.label)).toEqual(['yes', 'no']);
  });

  it('serves pull diagnostics, unchanged while the document is', async () => {
    const uri = 'file:///tmp/redis-lint-e2e/e/redis.conf';
    client.open(uri, 'maxmemroy 100mb\n');
    const pushed = await client.waitForDiagnostics(uri, 1);
    const pulled = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(pulled.kind).toBe('full');
    expect(pulled.items).toEqual(pushed.diagnostics);
    const again = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', { textDocument: { uri }, previousResultId: pulled.resultId });
    expect(again).toEqual({ kind: 'unchanged', resultId: pulled.resultId });
  });

  it('answers the other requests', async () => {
    const uri = 'file:///tmp/redis-lint-e2e/f/redis.conf';
    client.open(uri, '################################## NETWORK #####################################\n\nbind   127.0.0.1\nport 6379\n');
    const symbols = await client.request<Array<{ name: string; children: Array<{ name: string }> }>>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => [s.name, s.children.map((c) => c.name)])).toEqual([['NETWORK', ['bind', 'port']]]);
    const folding = await client.request<unknown[]>('textDocument/foldingRange', { textDocument: { uri } });
    expect(folding).toEqual([{ startLine: 0, endLine: 3, kind: 'region' }]);
    const formatting = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(formatting).toEqual([{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 16 } }, newText: 'bind 127.0.0.1' }]);
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    expect(tokens.data.length % 5).toBe(0);
    expect(tokens.data.length).toBeGreaterThan(0);
    const hints = await client.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } } });
    expect(hints).toEqual([{ position: { line: 2, character: 16 }, label: 'default: * -::*', tooltip: 'The default of bind for redis-7.4', paddingLeft: true }]);
    const links = await client.request<unknown[]>('textDocument/documentLink', { textDocument: { uri } });
    expect(links).toEqual([]);
  });

  it('survives malformed messages and bad parameters', async () => {
    client.writeRaw('Content-Length: 12\r\n\r\n{not json!!}');
    client.writeRaw('Content-Length: 2\r\n\r\n[]');
    client.send({ id: 9001, method: 'textDocument/hover', params: { textDocument: { uri: 42 } } });
    client.send({ id: 9002, method: 'no/suchMethod', params: {} });
    client.notify('textDocument/didChange', { textDocument: { uri: 'file:///never/opened.conf', version: 3 }, contentChanges: [{ text: 'x' }] });
    const uri = 'file:///tmp/redis-lint-e2e/g/redis.conf';
    client.open(uri, 'port 6379\n');
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    expect(hover.contents.value).toContain('**port**');
    expect(client.alive).toBe(true);
  });

  it('survives a 5 MB binary document and keeps answering', async () => {
    const uri = 'file:///tmp/redis-lint-e2e/h/dump.rdb.conf';
    const bytes = randomBytes(5 * 1024 * 1024);
    client.open(uri, bytes.toString('latin1'));
    const published = await client.waitForDiagnostics(uri, 1, 0, 60_000);
    expect(published.diagnostics.length).toBeGreaterThan(0);
    expect(published.diagnostics.length).toBeLessThanOrEqual(1000);
    const other = 'file:///tmp/redis-lint-e2e/g/redis.conf';
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 1 } }, 60_000);
    expect(hover.contents.value).toContain('**port**');
    await client.request('textDocument/semanticTokens/full', { textDocument: { uri } }, 60_000);
    await client.request('textDocument/documentSymbol', { textDocument: { uri } }, 60_000);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    expect(client.alive).toBe(true);
  }, 120_000);

  it('never says a secret: diagnostics, hover, symbols, logs', async () => {
    const uri = 'file:///tmp/redis-lint-e2e/i/redis.conf';
    const text = `requirepass ${SECRET}\nrequirepass ${SECRET}\nmasterauth ${SECRET}\nuser bob on >${SECRET} ~* +@all\nsentinel auth-pass m ${SECRET}\n"requirepass ${SECRET}\n`;
    const from = client.notifications.length;
    client.open(uri, text);
    await client.waitForDiagnostics(uri, 1, from);
    const answers: unknown[] = [];
    for (let line = 0; line < 6; line++) {
      for (const character of [1, 14, 20]) {
        answers.push(await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character } }));
      }
    }
    answers.push(await client.request('textDocument/documentSymbol', { textDocument: { uri } }));
    answers.push(await client.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } } }));
    answers.push(await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } }, context: { diagnostics: [] } }));
    answers.push(await client.request('textDocument/diagnostic', { textDocument: { uri } }));
    expect(JSON.stringify(answers)).not.toContain(SECRET);
    expect(JSON.stringify(client.notifications)).not.toContain(SECRET);
    expect(client.stderr).not.toContain(SECRET);
  });

  it('shuts down and exits with 0', async () => {
    expect(await client.shutdown()).toBe(0);
  });
});

describe('settings from workspace/configuration', () => {
  it('lints for the configured Redis version, with configured severities', async () => {
    const client = new LspClient({
      configuration: (item) => (item.section === 'redisLint' ? { redisVersion: '6.2', rules: { 'overridden-setting': 'info' } } : null),
    });
    try {
      await client.initialize({ workspace: { configuration: true } });
      const uri = 'file:///tmp/redis-lint-e2e/j/redis.conf';
      client.open(uri, 'maxmemory-clients 0\nport 1\nport 2\n');
      const published = await client.waitForDiagnostics(uri, 1);
      const unknown = published.diagnostics.find((d) => d.code === 'unknown-directive');
      expect(unknown?.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 17 } });
      expect(published.diagnostics.find((d) => d.code === 'overridden-setting')?.severity).toBe(3);
      expect(client.serverRequests.some((m) => m.method === 'workspace/configuration')).toBe(true);
      expect(await client.shutdown()).toBe(0);
    } finally {
      client.kill();
    }
  });

  it('takes settings from initializationOptions (editors without workspace/configuration)', async () => {
    const client = new LspClient();
    try {
      await client.initialize({}, { redisLint: { redisVersion: '6.2' } });
      const uri = 'file:///tmp/redis-lint-e2e/k/redis.conf';
      client.open(uri, 'maxmemory-clients 0\n');
      const published = await client.waitForDiagnostics(uri, 1);
      expect(published.diagnostics.map((d) => d.code)).toContain('unknown-directive');
      await client.shutdown();
    } finally {
      client.kill();
    }
  });

  it('follows the project .redis-lint.json, as the CLI does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redis-lint-lsp-'));
    const client = new LspClient();
    try {
      mkdirSync(join(dir, '.git'));
      mkdirSync(join(dir, 'legacy'));
      writeFileSync(
        join(dir, '.redis-lint.json'),
        JSON.stringify({ redisVersion: '6.2', rules: { 'overridden-setting': 'off' }, ignore: ['legacy/**'] }),
      );
      await client.initialize({}, { redisLint: { redisVersion: '7.4' } });
      const uri = pathToFileURL(join(dir, 'redis.conf')).href;
      client.open(uri, 'maxmemory-clients 0\nport 1\nport 2\n');
      const published = await client.waitForDiagnostics(uri, 1);
      expect(published.diagnostics.map((d) => d.code)).toContain('unknown-directive');
      expect(published.diagnostics.map((d) => d.code)).not.toContain('overridden-setting');
      const ignored = pathToFileURL(join(dir, 'legacy', 'redis.conf')).href;
      client.open(ignored, 'maxmemroy 1\n');
      expect((await client.waitForDiagnostics(ignored, 1)).diagnostics).toEqual([]);
      await client.shutdown();
    } finally {
      client.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not push when the editor pulls diagnostics', async () => {
    const client = new LspClient();
    try {
      await client.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
      const uri = 'file:///tmp/redis-lint-e2e/l/redis.conf';
      client.open(uri, 'maxmemroy 1\n');
      const pulled = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      expect(pulled.items.map((d) => d.code)).toContain('unknown-directive');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(client.notifications.some((m) => m.method === 'textDocument/publishDiagnostics')).toBe(false);
      await client.shutdown();
    } finally {
      client.kill();
    }
  });
});

describe('language server over node IPC', () => {
  it('initializes and publishes diagnostics', async () => {
    const child = fork(serverBundle(), ['--node-ipc'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    try {
      const messages: IpcMessage[] = [];
      const waitFor = (predicate: (m: IpcMessage) => boolean) =>
        new Promise<IpcMessage>((resolve, reject) => {
          const found = messages.find(predicate);
          if (found) return resolve(found);
          const timer = setTimeout(() => reject(new Error('timeout')), 15_000);
          child.on('message', (m: IpcMessage) => {
            if (predicate(m)) {
              clearTimeout(timer);
              resolve(m);
            }
          });
        });
      child.on('message', (m: IpcMessage) => messages.push(m));
      child.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
      const init = await waitFor((m) => m.id === 1);
      expect(init.result?.serverInfo.name).toBe('redis-lint');
      child.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
      child.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///tmp/ipc/redis.conf', languageId: 'redis-conf', version: 1, text: 'maxmemroy 100mb\n' } } });
      const published = await waitFor((m) => m.method === 'textDocument/publishDiagnostics');
      expect(published.params?.diagnostics[0].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 9 } });
      child.send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
      await waitFor((m) => m.id === 2);
      child.send({ jsonrpc: '2.0', method: 'exit' });
      const code = await new Promise((resolve) => child.on('exit', resolve));
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill();
    }
  });
});
