// Document links for the paths a config names: include, aclfile, TLS files, loadmodule.
// Relative include paths are looked up next to the including file (as the linter does);
// the others against the `dir` in effect (Redis reads them after chdir), else next to the file.

import type { ConfArg } from '../model/index.js';
import { confDocument, toRange, type AnalyzedDocument } from './document.js';
import type { DocumentLink } from './types.js';
import { dirname, isAbsolutePath, pathToUri, resolvePath } from './uri.js';

const PATH_SETTINGS = new Set([
  'aclfile',
  'tls-cert-file',
  'tls-key-file',
  'tls-client-cert-file',
  'tls-client-key-file',
  'tls-ca-cert-file',
  'tls-dh-params-file',
]);

export function computeDocumentLinks(doc: AnalyzedDocument): DocumentLink[] {
  if (doc.kind === 'acl' || !isAbsolutePath(doc.file)) return [];
  const conf = confDocument(doc);
  const config = doc.result.model.config;
  if (!conf || !config) return [];
  const here = dirname(doc.file);
  const dirValue = config.effective('dir')?.values[0];
  const workDir = dirValue ? resolvePath(here, dirValue) : here;
  const links: DocumentLink[] = [];
  for (const line of conf.lines) {
    if (line.kind !== 'directive' || line.args.length === 0) continue;
    const arg = line.args[0];
    if (arg.value === '') continue;
    let target: string | undefined;
    if (line.key === 'include') {
      const record = config.includes.find((i) => i.file === doc.file && i.directive.span.start === line.span.start);
      if (/[*?[]/.test(arg.value)) target = record && record.resolved.length === 1 ? record.resolved[0] : undefined;
      else target = resolvePath(here, arg.value);
    } else if (line.key === 'loadmodule' || PATH_SETTINGS.has(line.key)) {
      target = resolvePath(workDir, arg.value);
    }
    if (target === undefined) continue;
    links.push({ range: toRange(doc.lines, innerSpan(doc.text, arg)), target: pathToUri(target), tooltip: target });
  }
  return links;
}

/** The argument's span without its surrounding quotes. */
function innerSpan(text: string, arg: ConfArg): { start: number; end: number } {
  const { start, end } = arg.span;
  const first = text[start];
  if (arg.quoted && (first === '"' || first === "'") && text[end - 1] === first && end - start >= 2) return { start: start + 1, end: end - 1 };
  return arg.span;
}
