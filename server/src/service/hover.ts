// Hover: directive documentation for the target, the value in effect after includes and
// repeats (secrets as ****), memory sizes in bytes, sentinel sub-directives and ACL rules.

import { MASK } from '../linter/index.js';
import type { ConfArg, SettingRecord, Span } from '../model/index.js';
import {
  aclRuleMarkdown,
  code,
  directiveMarkdown,
  directiveTable,
  escapeMarkdown,
  sentinelMarkdown,
  sentinelTable,
} from './directive-docs.js';
import { aclLineAt, confDocument, confLineAt, contains, documentSecrets, toRange, type AnalyzedDocument } from './document.js';
import { binarySize, formatBytes, parseMemorySize } from './memory.js';
import type { Hover, Position } from './types.js';
import { basename } from './uri.js';

/** Directives whose repeated lines add up rather than replace each other. */
const ACCUMULATING = new Set(['save', 'client-output-buffer-limit']);

export function computeHover(doc: AnalyzedDocument, position: Position): Hover | null {
  const offset = doc.lines.offset(position);
  if (doc.kind === 'acl') return aclHover(doc, position.line, offset);
  const conf = confDocument(doc);
  if (!conf) return null;
  const line = confLineAt(conf, position.line);
  if (!line || line.kind === 'comment') return null;
  const words: ConfArg[] = line.kind === 'directive' ? [line.name, ...line.args] : [...line.args];
  const index = words.findIndex((w) => contains(w.span, offset));
  if (index === -1) return null;
  const word = words[index];
  const key = words[0].value.toLowerCase();
  const range = toRange(doc.lines, word.span);
  const secrets = documentSecrets(doc);

  if (key === 'sentinel' && index >= 1) {
    const table = sentinelTable(doc.target);
    const match = table?.lookup(words[1].value);
    if (match && index === 1) return markdown(sentinelMarkdown(match.info, doc.target), range);
    return null;
  }
  if (key === 'user' && index >= 2) {
    const text = aclRuleMarkdown(isSecret(word.span, secrets) ? word.value[0] ?? '' : word.value, doc.target);
    return text ? markdown(text, range) : null;
  }

  const table = directiveTable(doc.target);
  const match = table.lookup(key);
  if (!match) {
    if (index > 0) return null;
    const suggestion = table.suggest(key);
    const known = table.knownIn(key);
    const parts = [`${code(words[0].value)} is not a directive of ${escapeMarkdown(doc.target.dataId)}.`];
    if (suggestion) parts.push(`Did you mean ${code(suggestion)}?`);
    if (known.length > 0) parts.push(`Known in: ${known.join(', ')}.`);
    return markdown(parts.join(' '), range);
  }
  const info = match.info;

  const lead: string[] = [];
  if (index > 0 && !isSecret(word.span, secrets)) {
    const memory = memoryArgument(info.name, info.type, index - 1) ? parseMemorySize(word.value) : undefined;
    if (memory && memory.unit !== '') {
      const binary = binarySize(memory.bytes);
      lead.push(`${code(word.value)} = ${formatBytes(memory.bytes)}${binary ? ` (${binary})` : ''}`);
    } else if (memory && memory.bytes >= 1024n) {
      const binary = binarySize(memory.bytes);
      if (binary) lead.push(`${code(word.value)} bytes = ${binary}`);
    }
  }
  if (match.alias) lead.push(`${code(match.alias)} is another name for ${code(info.name)}.`);
  if (match.moduleConfig) lead.push(`A module configuration: applied after the module named ${code(key.split('.')[0])} loads.`);

  const effective = match.moduleConfig || info.handledBy !== 'table' ? [] : effectiveLines(doc, info.name, line.kind === 'directive' ? line.span : undefined);
  return markdown(directiveMarkdown(info, { target: doc.target, lead, effective }), range);
}

/** Arguments that are memory sizes: the values of memory settings and the limits of client-output-buffer-limit. */
export function memoryArgument(name: string, type: string, valueIndex: number): boolean {
  if (type === 'memory') return true;
  if (name === 'client-output-buffer-limit') return valueIndex % 4 === 1 || valueIndex % 4 === 2;
  return false;
}

function isSecret(span: Span, secrets: readonly Span[]): boolean {
  return secrets.some((s) => s.start < span.end && span.start < s.end);
}

function effectiveLines(doc: AnalyzedDocument, name: string, thisLine: Span | undefined): string[] {
  const config = doc.result.model.config;
  if (!config) return [];
  const records = config.all(name);
  const record = config.effective(name);
  if (!record) return [`Not set in this configuration: the default applies.`];
  const where = (r: SettingRecord): string => {
    const line = (doc.result.model.lines(r.file)?.lineOf(r.directive.span.start) ?? 0) + 1;
    return r.file === doc.file ? `line ${line}` : `${escapeMarkdown(basename(r.file))}:${line}`;
  };
  const value = valueText(doc, record);
  const isThis = thisLine !== undefined && record.file === doc.file && record.directive.span.start === thisLine.start;
  if (ACCUMULATING.has(name) && records.length > 1) {
    return [`In effect: ${records.length} lines add up (${records.map(where).join(', ')}).`];
  }
  const out = [`In effect: ${value} (${isThis ? 'this line' : where(record)}${records.length > 1 ? `; set ${records.length} times, the last wins` : ''}).`];
  if (thisLine !== undefined && !isThis && records.some((r) => r.file === doc.file && r.directive.span.start === thisLine.start)) {
    out.push('This line has no effect: a later line sets it again.');
  }
  return out;
}

function valueText(doc: AnalyzedDocument, record: SettingRecord): string {
  if (record.facts.sensitive) return code(MASK);
  const secrets = doc.result.model.kind === 'acl' ? [] : secretSpansOf(doc, record.file);
  if (record.valueSpans.some((span) => isSecret(span, secrets))) return code(MASK);
  return record.values.length === 0 ? '(no value)' : code(record.values.join(' '));
}

function secretSpansOf(doc: AnalyzedDocument, file: string): Span[] {
  return file === doc.file ? documentSecrets(doc) : [];
}

function aclHover(doc: AnalyzedDocument, lineNumber: number, offset: number): Hover | null {
  const line = aclLineAt(doc, lineNumber);
  if (!line) return null;
  const range = (span: Span) => toRange(doc.lines, span);
  if (contains(line.keyword.span, offset)) {
    return markdown('**user** `<name>` `<rule>…`: one ACL user per line, applied as `ACL SETUSER` would.', range(line.keyword.span));
  }
  if (line.username && contains(line.username.span, offset)) {
    return markdown(`ACL user ${code(line.username.value)}.`, range(line.username.span));
  }
  const word = line.rules.find((w) => contains(w.span, offset) && w.value !== '');
  if (!word) return null;
  const secrets = documentSecrets(doc);
  const text = aclRuleMarkdown(isSecret(word.span, secrets) ? word.value[0] ?? '' : word.value, doc.target);
  return text ? markdown(text, range(word.span)) : null;
}

function markdown(value: string, range: Hover['range']): Hover {
  return { contents: { kind: 'markdown', value }, ...(range ? { range } : {}) };
}
