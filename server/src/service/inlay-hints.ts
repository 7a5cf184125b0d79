// Inlay hints: memory sizes in bytes (`maxmemory 1gb` → `= 1,073,741,824 bytes`) and the
// target's default beside a setting that changes it. Never about secrets.

import type { Span } from '../model/index.js';
import { directiveTable } from './directive-docs.js';
import { confDocument, documentSecrets, type AnalyzedDocument } from './document.js';
import { memoryArgument } from './hover.js';
import { formatBytes, parseMemorySize } from './memory.js';
import { InlayHintKind, type InlayHint, type Range } from './types.js';

export function computeInlayHints(doc: AnalyzedDocument, range?: Range): InlayHint[] {
  if (doc.kind === 'acl') return [];
  const conf = confDocument(doc);
  if (!conf) return [];
  const { memorySizes, defaults } = doc.settings.inlayHints;
  if (!memorySizes && !defaults) return [];
  const first = range?.start.line ?? 0;
  const last = range?.end.line ?? Infinity;
  const table = directiveTable(doc.target);
  const secrets = documentSecrets(doc);
  const secret = (span: Span) => secrets.some((s) => s.start < span.end && span.start < s.end);
  const hints: InlayHint[] = [];
  for (const line of conf.lines) {
    if (line.kind !== 'directive' || line.line < first || line.line > last) continue;
    const match = table.lookup(line.key);
    if (!match || match.moduleConfig) continue;
    const info = match.info;
    if (info.secret || line.args.some((a) => secret(a.span))) continue;
    if (memorySizes) {
      line.args.forEach((arg, i) => {
        if (!memoryArgument(info.name, info.type, i)) return;
        const size = parseMemorySize(arg.value);
        if (!size || size.unit === '' || size.unit === 'b') return;
        hints.push({
          position: doc.lines.position(arg.span.end),
          label: `= ${formatBytes(size.bytes)}`,
          kind: InlayHintKind.Type,
          paddingLeft: true,
        });
      });
    }
    if (defaults && info.handledBy === 'table' && typeof info.default === 'string' && line.args.length > 0) {
      const written = line.args.map((a) => a.value).join(' ');
      if (!sameValue(written, info.default, info.type)) {
        const last = line.args[line.args.length - 1];
        hints.push({
          position: doc.lines.position(last.span.end),
          label: `default: ${info.default === '' ? '""' : info.default}`,
          tooltip: `The default of ${info.name} for ${doc.target.dataId}`,
          paddingLeft: true,
        });
      }
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function sameValue(written: string, dflt: string, type: string): boolean {
  if (written.toLowerCase() === dflt.toLowerCase()) return true;
  if (type === 'memory' || type.includes('int') || type.includes('long')) {
    const a = parseMemorySize(written);
    const b = parseMemorySize(dflt);
    return a !== undefined && b !== undefined && a.bytes === b.bytes;
  }
  return false;
}
