// Which kind of file a document is, by editor language, then name, then content.
// Same rules as DESIGN.md "Kind detection" (cli/discover.ts has the CLI's copy; lsp/ may not
// import cli/).

import type { ModelKind } from '../model/index.js';
import { basename } from './uri.js';

/** Language ids the VS Code extension contributes (other editors may send these too). */
export const LANGUAGE_KINDS: Readonly<Record<string, ModelKind>> = {
  'redis-conf': 'conf',
  'redis-sentinel': 'sentinel',
  'redis-acl': 'acl',
};

/** DESIGN.md "Kind detection": by name first, then by content. */
export function detectKind(path: string, text: string): ModelKind {
  const name = basename(path).toLowerCase();
  if (name.endsWith('.acl')) return 'acl';
  if (allLinesAreUsers(text)) return 'acl';
  if (name.includes('sentinel')) return 'sentinel';
  if (/^[ \t]*sentinel[ \t]+monitor[ \t]/im.test(text)) return 'sentinel';
  return 'conf';
}

/** The kind for an editor document: its language id when it names one of ours, else detected. */
export function documentKind(path: string, text: string, languageId?: string): ModelKind {
  const byLanguage = languageId === undefined ? undefined : LANGUAGE_KINDS[languageId];
  // The editor's `redis-acl` and `redis-sentinel` win; for anything else (`redis-conf` included,
  // which covers every *.conf) the name and content decide, as in the CLI.
  if (byLanguage === 'acl') return 'acl';
  const detected = detectKind(path, text);
  return byLanguage === 'sentinel' && detected !== 'acl' ? 'sentinel' : detected;
}

function allLinesAreUsers(text: string): boolean {
  let any = false;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line !== '') {
      if (!line.startsWith('user ')) return false;
      any = true;
    }
    start = end + 1;
  }
  return any;
}
