// Outline and folding: the section banners of the stock redis.conf
// (`################################## NETWORK #####################################`) holding
// the directives under them; users in ACL files; comment blocks.

import { maskSpans } from '../linter/index.js';
import type { Span } from '../model/index.js';
import { confDocument, documentSecrets, lineContent, toRange, type AnalyzedDocument, type ConfLine } from './document.js';
import { SymbolKind, type DocumentSymbol, type FoldingRange, type Range } from './types.js';

/** `#####  TITLE  #####`: at least three #s on each side. */
const BANNER = /^#{3,}[ \t]+(\S(?:.*?\S)?)[ \t]+#{3,}[ \t\r]*$/;

interface Section {
  readonly title: string;
  readonly line: number;
  readonly titleSpan: Span;
  /** Last line with content before the next banner. */
  endLine: number;
  readonly children: DocumentSymbol[];
}

export function bannerTitle(lineText: string): string | undefined {
  return BANNER.exec(lineText.trim())?.[1];
}

function detailOf(doc: AnalyzedDocument, spans: readonly Span[], secrets: readonly Span[]): string | undefined {
  if (spans.length === 0) return undefined;
  const start = spans[0].start;
  const end = spans[spans.length - 1].end;
  const text = maskSpans(doc.text.slice(start, end), secrets, start);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

export function computeDocumentSymbols(doc: AnalyzedDocument): DocumentSymbol[] {
  const secrets = documentSecrets(doc);
  if (doc.kind === 'acl') {
    const acl = doc.result.model.acl;
    if (!acl) return [];
    return acl.doc.lines
      .filter((l) => l.username !== undefined)
      .map((l) => {
        const detail = detailOf(doc, l.rules.map((r) => r.span), secrets);
        return {
          name: l.username!.value === '' ? '(empty name)' : l.username!.value,
          ...(detail === undefined ? {} : { detail }),
          kind: SymbolKind.Object,
          range: toRange(doc.lines, l.span),
          selectionRange: toRange(doc.lines, l.username!.span),
        };
      });
  }
  const conf = confDocument(doc);
  if (!conf) return [];
  const top: DocumentSymbol[] = [];
  let section: Section | undefined;
  const sections: Section[] = [];
  for (const line of conf.lines) {
    if (line.kind === 'comment') {
      const title = bannerTitle(doc.text.slice(line.span.start, line.span.end));
      if (title !== undefined) {
        const at = doc.text.indexOf(title, line.span.start);
        section = { title, line: line.line, titleSpan: { start: at, end: at + title.length }, endLine: line.line, children: [] };
        sections.push(section);
        continue;
      }
    }
    if (section) section.endLine = line.line;
    if (line.kind === 'comment') continue;
    const symbol = directiveSymbol(doc, line, secrets);
    if (!symbol) continue;
    if (section) section.children.push(symbol);
    else top.push(symbol);
  }
  for (const s of sections) {
    const end = lineContent(doc, s.endLine).end;
    const range: Range = { start: doc.lines.position(doc.lines.lineStart(s.line)), end: doc.lines.position(end) };
    top.push({
      name: s.title,
      kind: SymbolKind.Namespace,
      range,
      selectionRange: toRange(doc.lines, s.titleSpan),
      children: s.children,
    });
  }
  // Directives before the first banner come first, then the sections in order.
  return top.sort((a, b) => a.range.start.line - b.range.start.line);
}

function directiveSymbol(doc: AnalyzedDocument, line: ConfLine, secrets: readonly Span[]): DocumentSymbol | undefined {
  if (line.kind === 'comment') return undefined;
  const words = line.kind === 'directive' ? [line.name, ...line.args] : line.args;
  if (words.length === 0) return undefined;
  const name = words[0].value;
  const key = name.toLowerCase();
  let label = name;
  let rest = words.slice(1);
  let kind: DocumentSymbol['kind'] = SymbolKind.Property;
  if ((key === 'user' || key === 'sentinel') && rest.length > 0) {
    label = `${name} ${rest[0].value}`;
    rest = rest.slice(1);
    kind = key === 'user' ? SymbolKind.Object : SymbolKind.Property;
    if (key === 'user' && secrets.some((s) => s.start < words[1].span.end && words[1].span.start < s.end)) label = `${name} ****`;
  }
  const detail = detailOf(doc, rest.map((w) => w.span), secrets);
  return {
    name: label === '' ? '""' : label,
    ...(detail === undefined ? {} : { detail }),
    kind,
    range: toRange(doc.lines, line.span),
    selectionRange: toRange(doc.lines, words[0].span),
  };
}

export function computeFoldingRanges(doc: AnalyzedDocument): FoldingRange[] {
  if (doc.kind === 'acl') return [];
  const conf = confDocument(doc);
  if (!conf) return [];
  const ranges: FoldingRange[] = [];
  let section: { line: number; end: number } | undefined;
  let block: { start: number; end: number } | undefined;
  const closeBlock = () => {
    if (block && block.end > block.start) ranges.push({ startLine: block.start, endLine: block.end, kind: 'comment' });
    block = undefined;
  };
  const closeSection = () => {
    if (section && section.end > section.line) ranges.push({ startLine: section.line, endLine: section.end, kind: 'region' });
    section = undefined;
  };
  for (const line of conf.lines) {
    const isBanner = line.kind === 'comment' && bannerTitle(doc.text.slice(line.span.start, line.span.end)) !== undefined;
    if (isBanner) {
      closeBlock();
      closeSection();
      section = { line: line.line, end: line.line };
      continue;
    }
    if (section) section.end = line.line;
    if (line.kind === 'comment') {
      if (block && block.end === line.line - 1) block.end = line.line;
      else {
        closeBlock();
        block = { start: line.line, end: line.line };
      }
    } else {
      closeBlock();
    }
  }
  closeBlock();
  closeSection();
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
