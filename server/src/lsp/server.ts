// The language server: the only module that speaks LSP. It keeps documents in sync, asks the
// editor for settings, and hands every request to the service layer. Diagnostics are pushed
// after each change (stale runs are dropped) unless the editor pulls them itself.

import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  computeCodeActions,
  computeCompletion,
  computeDiagnostics,
  computeDocumentLinks,
  computeDocumentSymbols,
  computeFoldingRanges,
  computeFormatting,
  computeHover,
  computeInlayHints,
  computeSemanticTokens,
  CodeActionKind,
  DEFAULT_SETTINGS,
  LintWorkspace,
  ProjectConfigs,
  resolveSettings,
  uriToPath,
  SEMANTIC_TOKENS_LEGEND,
  type AnalyzedDocument,
  type ConfigFs,
  type FileAccess,
  type ResolvedSettings,
} from '../service/index.js';
import { describeError } from './log.js';

declare const REDIS_LINT_VERSION: string;

export interface ServerOptions {
  /** File access for includes, aclfile, TLS files (the real file system in bin.ts). */
  readonly files?: FileAccess;
  /** Reads `.redis-lint.json` files (none are read without it). */
  readonly configFs?: ConfigFs;
  /** Delay before linting after a change, in ms (default 0: see schedule()). */
  readonly lintDelayMs?: number;
}

export const SERVER_NAME = 'redis-lint';

/** Diagnostics per document at most (a binary file opened by mistake yields tens of thousands). */
export const MAX_DIAGNOSTICS = 1000;

function serverVersion(): string {
  return typeof REDIS_LINT_VERSION === 'string' ? REDIS_LINT_VERSION : 'dev';
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new LintWorkspace(options.files);
  const delay = options.lintDelayMs ?? 0;
  const projects = options.configFs ? new ProjectConfigs(options.configFs) : undefined;

  let pullMode = false;
  let configurationSupport = false;
  let dynamicConfiguration = false;
  let watchSupport = false;
  let refreshSupport = false;
  let snippetSupport = false;
  let shuttingDown = false;
  /** Settings from initializationOptions or pushed by didChangeConfiguration (editors without workspace/configuration). */
  let baseSettings: ResolvedSettings = DEFAULT_SETTINGS;

  /** Scheduled lint runs by URI. */
  const timers = new Map<string, { cancel(): void }>();
  const settingsFetched = new Set<string>();
  const settingsPending = new Map<string, Promise<void>>();
  const warned = new Set<string>();
  const resultIds = new WeakMap<AnalyzedDocument, string>();
  let resultCounter = 0;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;

  const logError = (where: string, error: unknown): void => {
    try {
      connection.console.error(`redis-lint: ${where} failed: ${describeError(error)}`);
    } catch {
      // the connection itself is gone: nothing to report to
    }
  };

  /** Wraps a request handler: an exception is logged (without any document text) and answered with `fallback`. */
  function guard<P, R>(where: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await handler(params);
      } catch (error) {
        logError(where, error);
        return fallback;
      }
    };
  }

  const warn = (settings: ResolvedSettings): void => {
    for (const message of settings.warnings) {
      if (warned.has(message)) continue;
      warned.add(message);
      void connection.window.showWarningMessage(`redis-lint: ${message}`);
    }
  };

  // ---- settings ------------------------------------------------------------------------

  function needsSettings(uri: string): boolean {
    return (configurationSupport || projects !== undefined) && !settingsFetched.has(uri);
  }

  /** Editor settings (workspace/configuration) and the project's `.redis-lint.json`, once per document. */
  function ensureSettings(uri: string): Promise<void> {
    if (!needsSettings(uri)) return Promise.resolve();
    let pending = settingsPending.get(uri);
    if (!pending) {
      const editor = configurationSupport
        ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'redisLint' }).then(
            (raw: unknown) => {
              const settings = raw === null || raw === undefined ? workspace.defaultSettings : resolveSettings(raw);
              warn(settings);
              workspace.setSettings(uri, settings);
            },
            (error: unknown) => logError('workspace/configuration', error),
          )
        : Promise.resolve();
      const project = projects
        ? projects.forFile(uriToPath(uri)).then(
            (result) => {
              if (result.errors) warn({ ...DEFAULT_SETTINGS, warnings: [`invalid config file:\n${result.errors.join('\n')}`] });
              workspace.setProjectSettings(uri, result.settings);
            },
            (error: unknown) => logError('.redis-lint.json', error),
          )
        : Promise.resolve();
      pending = Promise.all([editor, project])
        .then(() => undefined)
        .finally(() => {
          settingsFetched.add(uri);
          settingsPending.delete(uri);
        });
      settingsPending.set(uri, pending);
    }
    return pending;
  }

  async function analyzed(uri: string): Promise<AnalyzedDocument | undefined> {
    if (!workspace.has(uri)) return undefined;
    await ensureSettings(uri);
    return workspace.get(uri);
  }

  // ---- diagnostics ---------------------------------------------------------------------

  function publishNow(uri: string): void {
    if (shuttingDown || !workspace.has(uri)) return;
    const version = workspace.version(uri);
    let doc: AnalyzedDocument | undefined;
    try {
      doc = workspace.get(uri);
    } catch (error) {
      logError(`linting version ${version} of ${uri}`, error);
      return;
    }
    // A newer version arrived meanwhile: its own run will publish.
    if (!doc || workspace.version(uri) !== version) return;
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: computeDiagnostics(doc, { max: MAX_DIAGNOSTICS }) });
  }

  function publish(uri: string): void {
    if (needsSettings(uri)) {
      const version = workspace.version(uri);
      void ensureSettings(uri).then(() => {
        if (workspace.version(uri) === version && !timers.has(uri)) publishNow(uri);
      });
      return;
    }
    publishNow(uri);
  }

  function requestRefresh(): void {
    if (!refreshSupport || refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      connection.languages.diagnostics.refresh().catch((error: unknown) => logError('workspace/diagnostic/refresh', error));
    }, 50);
  }

  /**
   * Lints `uri` soon; a newer change before then replaces this run, so stale runs never start.
   * Without a delay, the run waits two event-loop turns: messages already received (a burst of
   * keystrokes) are processed first, and only the last version is linted.
   */
  function schedule(uri: string, changed: boolean): void {
    if (pullMode) {
      if (!changed) requestRefresh();
      return;
    }
    const existing = timers.get(uri);
    if (existing) existing.cancel();
    let cancelled = false;
    let handle: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      if (cancelled) return;
      timers.delete(uri);
      publish(uri);
    };
    if (delay > 0) handle = setTimeout(run, delay);
    else setImmediate(() => (cancelled ? undefined : setImmediate(run)));
    timers.set(uri, {
      cancel: () => {
        cancelled = true;
        if (handle) clearTimeout(handle);
      },
    });
  }

  function relintAll(): void {
    workspace.invalidateAll();
    if (pullMode) requestRefresh();
    else for (const uri of workspace.uris()) schedule(uri, false);
  }

  // ---- lifecycle -----------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    configurationSupport = caps.workspace?.configuration === true;
    dynamicConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    watchSupport = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    pullMode = caps.textDocument?.diagnostic !== undefined;
    refreshSupport = caps.workspace?.diagnostics?.refreshSupport === true;
    snippetSupport = caps.textDocument?.completion?.completionItem?.snippetSupport === true;
    // Editors without workspace/configuration pass settings at start (Neovim, Helix, Emacs).
    const initial = params.initializationOptions as unknown;
    if (initial !== undefined && initial !== null) {
      baseSettings = resolveSettings(initial);
      warn(baseSettings);
      workspace.resetSettings(baseSettings);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '@', '+', '-', '~', '%', '&'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAllRedisLint], resolveProvider: false },
        documentSymbolProvider: { label: 'redis-lint' },
        foldingRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        inlayHintProvider: { resolveProvider: false },
        diagnosticProvider: { identifier: SERVER_NAME, interFileDependencies: true, workspaceDiagnostics: false },
      },
      serverInfo: { name: SERVER_NAME, version: serverVersion() },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'redisLint' }).catch((e: unknown) => logError('register configuration', e));
    }
    if (watchSupport) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{conf,acl}' }, { globPattern: '**/.redis-lint.json' }] })
        .catch((e: unknown) => logError('register file watchers', e));
    }
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    for (const timer of timers.values()) timer.cancel();
    timers.clear();
    if (refreshTimer) clearTimeout(refreshTimer);
  });

  connection.onDidChangeConfiguration((change) => {
    try {
      settingsFetched.clear();
      warned.clear();
      const raw = (change?.settings ?? undefined) as unknown;
      // Editors without workspace/configuration push the settings here; the others only signal
      // a change, and each document's settings are asked for again.
      if (!configurationSupport && raw !== undefined && raw !== null) {
        baseSettings = resolveSettings(raw);
        warn(baseSettings);
      }
      workspace.resetSettings(baseSettings);
      relintAll();
    } catch (error) {
      logError('workspace/didChangeConfiguration', error);
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    try {
      if (projects && params.changes.some((c) => c.uri.endsWith('/.redis-lint.json'))) {
        projects.reset();
        workspace.resetProjectSettings();
        settingsFetched.clear();
        relintAll();
      }
      for (const change of params.changes) {
        for (const uri of workspace.fileChanged(change.uri)) schedule(uri, false);
      }
    } catch (error) {
      logError('workspace/didChangeWatchedFiles', error);
    }
  });

  // ---- documents -----------------------------------------------------------------------

  documents.onDidChangeContent((event) => {
    try {
      const document = event.document;
      const affected = workspace.set({ uri: document.uri, text: document.getText(), version: document.version, languageId: document.languageId });
      for (const uri of affected) schedule(uri, uri === document.uri);
    } catch (error) {
      logError('document sync', error);
    }
  });

  documents.onDidClose((event) => {
    try {
      const uri = event.document.uri;
      timers.get(uri)?.cancel();
      timers.delete(uri);
      settingsFetched.delete(uri);
      const affected = workspace.close(uri);
      if (!pullMode) void connection.sendDiagnostics({ uri, diagnostics: [] });
      for (const other of affected) schedule(other, false);
    } catch (error) {
      logError('document close', error);
    }
  });

  // ---- requests ------------------------------------------------------------------------

  connection.languages.diagnostics.on(
    guard('textDocument/diagnostic', { kind: 'full' as const, items: [] }, async (params) => {
      const doc = await analyzed(params.textDocument.uri);
      if (!doc) return { kind: 'full' as const, items: [] };
      let resultId = resultIds.get(doc);
      if (!resultId) {
        resultId = `${doc.version}.${++resultCounter}`;
        resultIds.set(doc, resultId);
      }
      if (params.previousResultId === resultId) return { kind: 'unchanged' as const, resultId };
      return { kind: 'full' as const, resultId, items: computeDiagnostics(doc, { max: MAX_DIAGNOSTICS }) };
    }),
  );

  connection.onHover(
    guard('textDocument/hover', null, async (params) => {
      const doc = await analyzed(params.textDocument.uri);
      return doc ? computeHover(doc, params.position) : null;
    }),
  );

  connection.onCompletion(
    guard('textDocument/completion', null, async (params) => {
      const doc = await analyzed(params.textDocument.uri);
      return doc ? computeCompletion(doc, params.position, { snippets: snippetSupport }) : null;
    }),
  );

  connection.onCodeAction(
    guard('textDocument/codeAction', [], async (params) => {
      const doc = await analyzed(params.textDocument.uri);
      if (!doc) return [];
      return computeCodeActions(doc, params.range, {
        diagnostics: params.context.diagnostics.map((d) => ({ ...d, code: String(d.code ?? '') })) as never,
        ...(params.context.only ? { only: params.context.only } : {}),
      });
    }),
  );

  connection.onDocumentSymbol(
    guard('textDocument/documentSymbol', [], async (params) => {
      const doc = await analyzed(params.textDocument.uri);
      return doc ? computeDocumentSymbols(doc) : [];
    }),
  );

  connection.onFoldingRanges(
    guard('textDocument/foldingRange', [], async (params) => {
      const doc = await analyzed(params.textDocument.uri);
      return doc ? computeFoldingRanges(doc) : [];
    }),
  );

  connection.onDocumentLinks(
    guard('textDocument/documentLink', [], async (params) => {
      const doc = await analyzed(params.textDocument.uri);
      return doc ? computeDocumentLinks(doc) : [];
    }),
  );

  connection.languages.semanticTokens.on(
    guard('textDocument/semanticTokens/full', { data: [] as number[] }, async (params) => {
      const doc = await analyzed(params.textDocument.uri);
      return doc ? computeSemanticTokens(doc) : { data: [] };
    }),
  );

  connection.onDocumentFormatting(
    guard('textDocument/formatting', [], async (params) => {
      const doc = await analyzed(params.textDocument.uri);
      return doc ? computeFormatting(doc) : [];
    }),
  );

  connection.onDocumentRangeFormatting(
    guard('textDocument/rangeFormatting', [], async (params) => {
      const doc = await analyzed(params.textDocument.uri);
      return doc ? computeFormatting(doc, params.range) : [];
    }),
  );

  connection.languages.inlayHint.on(
    guard('textDocument/inlayHint', [], async (params) => {
      const doc = await analyzed(params.textDocument.uri);
      return doc ? computeInlayHints(doc, params.range) : [];
    }),
  );

  documents.listen(connection);
  connection.listen();
}
