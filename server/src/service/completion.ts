// Completion: directive names (with snippets for their arguments), bool and enum values,
// sentinel sub-directives, ACL rules; only what the target version knows.

import type { DirectiveInfo } from '../knowledge/directives.js';
import type { SentinelDirectiveInfo } from '../knowledge/sentinel.js';
import {
  ACL_KEYWORDS,
  aclCategories,
  aclCommandNames,
  directiveMarkdown,
  directiveTable,
  sentinelMarkdown,
  sentinelTable,
  typeLabel,
} from './directive-docs.js';
import type { AnalyzedDocument } from './document.js';
import {
  CompletionItemKind,
  CompletionItemTag,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from './types.js';

export interface CompletionOptions {
  /** The editor accepts snippets (`${1:…}`); otherwise plain names are inserted. */
  readonly snippets?: boolean;
}

/** Directives written with a syntax of their own: snippet bodies after the name. */
const SPECIAL_SNIPPETS: Readonly<Record<string, string>> = {
  include: '${1:/etc/redis/extra.conf}',
  loadmodule: '${1:/usr/lib/redis/modules/module.so}',
  'rename-command': '${1:COMMAND} ${2:""}',
  user: '${1:name} on ${2:>password} ~${3:*} &${4:*} +@${5:all}',
  replicaof: '${1:host} ${2:6379}',
  save: '${1:3600} ${2:1}',
  'client-output-buffer-limit': '${1|normal,replica,pubsub|} ${2:0} ${3:0} ${4:0}',
  bind: '${1:127.0.0.1 -::1}',
  'oom-score-adj-values': '${1:0} ${2:200} ${3:800}',
  sentinel: '${1:monitor} ',
  dir: '${1:/var/lib/redis}',
};

interface WordAt {
  /** Index of the word the cursor is in (or about to start). */
  readonly index: number;
  /** Words before it, as written. */
  readonly before: readonly string[];
  /** What is typed of the current word. */
  readonly prefix: string;
  /** Range of the current word (to replace). */
  readonly range: Range;
}

export function computeCompletion(doc: AnalyzedDocument, position: Position, options: CompletionOptions = {}): CompletionList {
  const at = wordAt(doc, position);
  if (!at) return { isIncomplete: false, items: [] };
  const snippets = options.snippets !== false;
  const items = doc.kind === 'acl' ? aclItems(doc, at) : confItems(doc, at, snippets);
  return { isIncomplete: false, items };
}

function wordAt(doc: AnalyzedDocument, position: Position): WordAt | undefined {
  const lineStart = doc.lines.lineStart(position.line);
  const offset = doc.lines.offset(position);
  const head = doc.text.slice(lineStart, offset);
  if (/^\s*#/.test(head)) return undefined; // inside a comment
  const leading = head.match(/^[ \t]*/)?.[0].length ?? 0;
  const trimmed = head.slice(leading);
  const parts = trimmed === '' ? [''] : trimmed.split(/[ \t]+/);
  const prefix = parts[parts.length - 1];
  const before = parts.slice(0, -1);
  // The word continues to the right of the cursor until whitespace.
  const lineEnd = doc.lines.lineEnd(position.line);
  let end = offset;
  while (end < lineEnd && !/[ \t\r]/.test(doc.text[end])) end++;
  const start = offset - prefix.length;
  return {
    index: before.length,
    before,
    prefix,
    range: { start: doc.lines.position(start), end: doc.lines.position(end) },
  };
}

function confItems(doc: AnalyzedDocument, at: WordAt, snippets: boolean): CompletionItem[] {
  if (at.index === 0) return directiveItems(doc, at, snippets);
  const key = at.before[0].toLowerCase();
  if (key === 'sentinel') {
    if (at.index === 1) return sentinelItems(doc, at, snippets);
    const sub = sentinelTable(doc.target)?.lookup(at.before[1] ?? '');
    if (sub && /yes\|no/.test(sub.info.syntax) && at.index === sub.info.syntax.split(/\s+/).findIndex((w) => w.includes('yes|no'))) {
      return valueItems(['yes', 'no'], sub.info.default === undefined ? undefined : String(sub.info.default), at);
    }
    return [];
  }
  if (key === 'user') return at.index >= 2 ? aclRuleItems(doc, at) : [];
  const match = directiveTable(doc.target).lookup(key);
  if (!match || match.moduleConfig) return [];
  const info = match.info;
  if (info.type === 'bool' && at.index === 1) return valueItems(['yes', 'no'], info.default ?? undefined, at);
  if (info.type === 'enum' && at.index === 1 && info.enumValues) return valueItems(info.enumValues, info.default ?? undefined, at);
  if (info.type === 'multi-enum' && info.enumValues) return valueItems(info.enumValues, undefined, at);
  if (info.name === 'client-output-buffer-limit' && (at.index - 1) % 4 === 0) return valueItems(['normal', 'replica', 'pubsub'], undefined, at);
  if (info.name === 'replicaof' && at.index === 1) return valueItems(['no'], undefined, at);
  if (info.name === 'replicaof' && at.index === 2 && at.before[1]?.toLowerCase() === 'no') return valueItems(['one'], undefined, at);
  return [];
}

function valueItems(values: readonly string[], dflt: string | undefined, at: WordAt): CompletionItem[] {
  return values.map((value, i) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    ...(value === dflt ? { detail: 'default' } : {}),
    sortText: `${value === dflt ? '0' : '1'}${String(i).padStart(3, '0')}`,
    textEdit: { range: at.range, newText: value },
  }));
}

function directiveItems(doc: AnalyzedDocument, at: WordAt, snippets: boolean): CompletionItem[] {
  const table = directiveTable(doc.target);
  const items: CompletionItem[] = [];
  for (const info of table.all()) {
    if (info.name.includes('<') || info.flags.includes('HIDDEN')) continue;
    if (info.name === 'sentinel' && doc.kind !== 'sentinel') continue;
    const deprecated = info.ignored === true || info.handledBy === 'deprecated-list';
    const body = snippets ? snippetFor(info) : undefined;
    items.push({
      label: info.name,
      kind: info.handledBy === 'special' ? CompletionItemKind.Keyword : CompletionItemKind.Property,
      detail: `${typeLabel(info)}${info.default ? ` · default ${info.default}` : ''}`,
      documentation: { kind: 'markdown', value: directiveMarkdown(info, { target: doc.target }) },
      sortText: `${deprecated ? '1' : '0'}${info.name}`,
      ...(deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
      ...(body === undefined
        ? { textEdit: { range: at.range, newText: info.name } }
        : { insertTextFormat: InsertTextFormat.Snippet, textEdit: { range: at.range, newText: `${info.name} ${body}` } }),
    });
  }
  return items;
}

/** Escapes text for a snippet placeholder or choice. */
function snippetText(text: string, inChoice = false): string {
  const escaped = text.replace(/[\\$}]/g, '\\$&');
  return inChoice ? escaped.replace(/[,|]/g, '\\$&') : escaped;
}

export function snippetFor(info: DirectiveInfo): string | undefined {
  if (info.ignored || info.handledBy === 'deprecated-list') return undefined;
  const special = SPECIAL_SNIPPETS[info.name];
  if (special !== undefined) return special;
  const dflt = info.default ?? undefined;
  if (info.type === 'bool') {
    const values = dflt === 'no' ? ['no', 'yes'] : ['yes', 'no'];
    return `\${1|${values.join(',')}|}`;
  }
  if (info.type === 'enum' && info.enumValues && info.enumValues.length > 0) {
    const values = dflt && info.enumValues.includes(dflt) ? [dflt, ...info.enumValues.filter((v) => v !== dflt)] : info.enumValues;
    return `\${1|${values.map((v) => snippetText(v, true)).join(',')}|}`;
  }
  if (info.secret) return '${1:password}';
  if (dflt !== undefined && dflt !== '') {
    const written = /[\s"'\\]/.test(dflt) && !info.flags.includes('MULTI_ARG') ? `"${dflt.replace(/["\\]/g, '\\$&')}"` : dflt;
    return `\${1:${snippetText(written)}}`;
  }
  return '$1';
}

function sentinelItems(doc: AnalyzedDocument, at: WordAt, snippets: boolean): CompletionItem[] {
  const table = sentinelTable(doc.target);
  if (!table) return [];
  return table.all().map((info) => {
    const body = snippets ? sentinelSnippet(info) : undefined;
    return {
      label: info.name,
      kind: CompletionItemKind.Property,
      detail: info.syntax,
      documentation: { kind: 'markdown', value: sentinelMarkdown(info, doc.target) },
      sortText: `${info.generatedBySentinel ? '1' : '0'}${info.name}`,
      ...(body === undefined
        ? { textEdit: { range: at.range, newText: info.name } }
        : { insertTextFormat: InsertTextFormat.Snippet, textEdit: { range: at.range, newText: body } }),
    } satisfies CompletionItem;
  });
}

/** `sentinel monitor <master-name> <ip> <redis-port> <quorum>` → `monitor ${1:master-name} …`. */
function sentinelSnippet(info: SentinelDirectiveInfo): string {
  const words = info.syntax.split(/\s+/).slice(2);
  let n = 0;
  const parts = words.map((w) => {
    const placeholder = /^<(.+)>$/.exec(w);
    if (placeholder) return `\${${++n}:${snippetText(placeholder[1])}}`;
    if (/^[a-z-]+(\|[a-z-]+)+$/.test(w)) return `\${${++n}|${w.split('|').join(',')}|}`;
    return snippetText(w);
  });
  return [snippetText(info.name), ...parts].join(' ');
}

function aclItems(doc: AnalyzedDocument, at: WordAt): CompletionItem[] {
  if (at.index === 0) {
    return [{ label: 'user', kind: CompletionItemKind.Keyword, detail: 'user <name> <rule>…', textEdit: { range: at.range, newText: 'user' } }];
  }
  if (at.index === 1) return [];
  return aclRuleItems(doc, at);
}

function aclRuleItems(doc: AnalyzedDocument, at: WordAt): CompletionItem[] {
  const prefix = at.prefix;
  const items: CompletionItem[] = [];
  const add = (label: string, detail: string, kind: CompletionItem['kind'] = CompletionItemKind.Value) =>
    items.push({ label, kind, detail, textEdit: { range: at.range, newText: label } });
  if (prefix.startsWith('+') || prefix.startsWith('-')) {
    const sign = prefix[0];
    for (const category of ['all', ...aclCategories(doc.target)]) add(`${sign}@${category}`, `${sign === '+' ? 'allow' : 'deny'} category`);
    if (!prefix.startsWith(`${sign}@`)) {
      for (const name of aclCommandNames(doc.target)) add(`${sign}${name}`, `${sign === '+' ? 'allow' : 'deny'} command`, CompletionItemKind.Constant);
    }
    return items;
  }
  for (const [keyword, description] of ACL_KEYWORDS) {
    items.push({ label: keyword, kind: CompletionItemKind.Keyword, detail: description, textEdit: { range: at.range, newText: keyword } });
  }
  add('~*', 'all keys');
  add('%R~*', 'read-only key pattern (7.0+)');
  add('&*', 'all channels');
  add('+@all', 'allow every command');
  add('-@all', 'deny every command');
  return items;
}
