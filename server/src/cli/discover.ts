// Turns PATH arguments (files, directories, globs) into the files to lint, with their kind.

import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { ModelKind } from '../model/index.js';

export class UsageError extends Error {}

const CONFIG_NAME = /(?:\.conf|\.acl)$/i;

/** DESIGN.md "Kind detection": by name first, then by content. */
export function detectKind(path: string, text: string): ModelKind {
  const name = basename(path).toLowerCase();
  if (name.endsWith('.acl')) return 'acl';
  const contentLines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (contentLines.length > 0 && contentLines.every((l) => l.startsWith('user '))) return 'acl';
  if (name.includes('sentinel')) return 'sentinel';
  if (/^[ \t]*sentinel[ \t]+monitor[ \t]/im.test(text)) return 'sentinel';
  return 'conf';
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.git')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && CONFIG_NAME.test(entry.name)) out.push(path);
  }
}

/** Files to lint, absolute, de-duplicated, in a stable order. */
export function discoverFiles(paths: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  for (const arg of paths) {
    const absolute = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      const before = found.length;
      walk(absolute, found);
      if (found.length === before) throw new UsageError(`${arg}: no Redis config files (*.conf, *.acl) in this directory`);
    } else if (stats) {
      found.push(absolute);
    } else if (/[*?[{]/.test(arg)) {
      const matches = globSync(arg, { cwd, absolute: true, onlyFiles: true }).sort();
      if (matches.length === 0) throw new UsageError(`${arg}: no files match this pattern`);
      found.push(...matches);
    } else {
      found.push(absolute); // reported as unreadable when linted
    }
  }
  return [...new Set(found)];
}
