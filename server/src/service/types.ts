// Plain data shaped like the Language Server Protocol's types, so that `lsp/` can hand them to the
// connection as they are, while this layer stays free of any LSP package (it also runs in a
// browser). Only the fields the service fills are declared.

export interface Position {
  readonly line: number;
  /** UTF-16 code units, as LSP counts by default. */
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

export const DiagnosticSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;
export type DiagnosticSeverity = (typeof DiagnosticSeverity)[keyof typeof DiagnosticSeverity];

export const DiagnosticTag = { Unnecessary: 1, Deprecated: 2 } as const;
export type DiagnosticTag = (typeof DiagnosticTag)[keyof typeof DiagnosticTag];

export interface DiagnosticRelatedInformation {
  readonly location: Location;
  readonly message: string;
}

/** What a diagnostic carries for code actions (a finding's identity and fatality). */
export interface DiagnosticData {
  readonly fatal: boolean;
  /** The finding is in another file (an included one) and is shown at the `include` line. */
  readonly elsewhere?: string;
}

export interface Diagnostic {
  readonly range: Range;
  readonly severity: DiagnosticSeverity;
  readonly code: string;
  readonly codeDescription: { readonly href: string };
  readonly source: string;
  readonly message: string;
  readonly tags?: DiagnosticTag[];
  readonly relatedInformation?: DiagnosticRelatedInformation[];
  readonly data?: DiagnosticData;
}

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface WorkspaceEdit {
  readonly changes: { [uri: string]: TextEdit[] };
}

export const CodeActionKind = {
  QuickFix: 'quickfix',
  Source: 'source',
  SourceFixAll: 'source.fixAll',
  /** Our own fix-all kind, under `source.fixAll` so editors' "fix all on save" picks it up. */
  SourceFixAllRedisLint: 'source.fixAll.redis-lint',
} as const;

export interface CodeAction {
  readonly title: string;
  readonly kind: string;
  readonly diagnostics?: Diagnostic[];
  readonly isPreferred?: boolean;
  readonly edit: WorkspaceEdit;
}

export interface MarkupContent {
  readonly kind: 'markdown' | 'plaintext';
  readonly value: string;
}

export interface Hover {
  readonly contents: MarkupContent;
  readonly range?: Range;
}

export const CompletionItemKind = {
  Text: 1,
  Keyword: 14,
  Property: 10,
  Value: 12,
  EnumMember: 20,
  Snippet: 15,
  Constant: 21,
  File: 17,
} as const;
export type CompletionItemKind = (typeof CompletionItemKind)[keyof typeof CompletionItemKind];

export const InsertTextFormat = { PlainText: 1, Snippet: 2 } as const;
export type InsertTextFormat = (typeof InsertTextFormat)[keyof typeof InsertTextFormat];

export const CompletionItemTag = { Deprecated: 1 } as const;
export type CompletionItemTag = (typeof CompletionItemTag)[keyof typeof CompletionItemTag];

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionItemKind;
  readonly detail?: string;
  readonly documentation?: MarkupContent;
  readonly sortText?: string;
  readonly filterText?: string;
  readonly insertTextFormat?: InsertTextFormat;
  readonly textEdit?: TextEdit;
  readonly tags?: CompletionItemTag[];
}

export interface CompletionList {
  readonly isIncomplete: boolean;
  readonly items: CompletionItem[];
}

export const SymbolKind = {
  File: 1,
  Module: 2,
  Namespace: 3,
  Class: 5,
  Property: 7,
  Field: 8,
  Variable: 13,
  Object: 19,
  Key: 20,
  Event: 24,
} as const;
export type SymbolKind = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface DocumentSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children?: DocumentSymbol[];
}

export interface FoldingRange {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'comment' | 'region';
}

export interface DocumentLink {
  readonly range: Range;
  readonly target: string;
  readonly tooltip?: string;
}

export const InlayHintKind = { Type: 1, Parameter: 2 } as const;
export type InlayHintKind = (typeof InlayHintKind)[keyof typeof InlayHintKind];

export interface InlayHint {
  readonly position: Position;
  readonly label: string;
  readonly kind?: InlayHintKind;
  readonly tooltip?: string;
  readonly paddingLeft?: boolean;
  readonly paddingRight?: boolean;
}

export interface SemanticTokensLegend {
  readonly tokenTypes: string[];
  readonly tokenModifiers: string[];
}

export interface SemanticTokens {
  readonly data: number[];
}

export interface FormattingOptions {
  readonly tabSize?: number;
  readonly insertSpaces?: boolean;
}
