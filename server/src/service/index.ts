// Editor features on plain data (rcjsuen's dockerfile-language-service style): each `compute*`
// takes an analysed document and returns LSP-shaped values. No transport, no node APIs: the
// language server (lsp/) and the browser playground both sit on top of this.

export * from './types.js';
export { analyzeDocument, toRange, toSpan, type AnalyzedDocument, type DocumentInput } from './document.js';
export { detectKind, documentKind, LANGUAGE_KINDS } from './kind.js';
export { resolveSettings, DEFAULT_SETTINGS, type RedisLintSettings, type ResolvedSettings } from './settings.js';
export { computeDiagnostics, findingToDiagnostic, type DiagnosticsOptions, ruleDocsUrl, DIAGNOSTIC_SOURCE, RULE_DOCS_BASE } from './diagnostics.js';
export { computeCodeActions, fixAllEdits, FIX_ALL_TITLE, type CodeActionContext } from './code-actions.js';
export { computeHover } from './hover.js';
export { computeCompletion, type CompletionOptions } from './completion.js';
export { computeDocumentSymbols, computeFoldingRanges } from './symbols.js';
export { computeDocumentLinks } from './links.js';
export { computeSemanticTokens, decodeSemanticTokens, SEMANTIC_TOKENS_LEGEND, type DecodedToken } from './semantic-tokens.js';
export { computeFormatting } from './formatting.js';
export { computeInlayHints } from './inlay-hints.js';
export { parseMemorySize, formatBytes, groupDigits } from './memory.js';
export { LintWorkspace, type OpenDocument } from './workspace.js';
export { ProjectConfigs, type ConfigFs, type FileSettings, type ProjectSettingsResult } from './project-config.js';
export { uriToPath, pathToUri } from './uri.js';
export { MASK } from '../linter/index.js';
export { decodeText, NO_FILES, formatTarget, type FileAccess, type ReadResult, type ModelKind, type Target } from '../model/index.js';
