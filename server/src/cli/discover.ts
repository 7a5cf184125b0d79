// Turns PATH arguments (files, directories, globs) into the files to lint, with their kind.

import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import type { ModelKind } from '../model/index.js';

export class UsageError extends Error {}

/** Files a folder walk lints: configs, and YAML that may embed them (Kubernetes, Compose, Helm values). */
const CONFIG_NAME = /(?:\.conf|\.acl|\.ya?ml)$/i;

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

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Config files under `dir`; symbolic links to files count, links to folders are not followed. */
function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.git')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (CONFIG_NAME.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(path)))) out.push(path);
  }
}

export interface Input {
  /** Absolute path of the file to lint. */
  readonly path: string;
  /** The folder it was found under (the directory argument, the glob's base, or its own
   *  folder when named directly): --fix never writes outside it. */
  readonly tree: string;
  /** Named directly on the command line (not found by walking a folder or a glob). */
  readonly explicit: boolean;
}

function byPath(a: Input, b: Input): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Files to lint, absolute, de-duplicated, sorted by path (output order is stable). */
export function discoverInputs(paths: readonly string[], cwd: string): Input[] {
  const found = new Map<string, Input>();
  const add = (input: Input) => {
    if (!found.has(input.path)) found.set(input.path, input);
  };
  for (const arg of paths) {
    const absolute = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      const files: string[] = [];
      walk(absolute, files);
      if (files.length === 0) throw new UsageError(`${arg}: no Redis config files (*.conf, *.acl, *.yaml) in this directory`);
      for (const path of files) add({ path, tree: absolute, explicit: false });
    } else if (stats) {
      add({ path: absolute, tree: dirname(absolute), explicit: true });
    } else if (/[*?[{]/.test(arg)) {
      const matches = globSync(arg, { cwd, absolute: true, onlyFiles: true }).sort();
      if (matches.length === 0) throw new UsageError(`${arg}: no files match this pattern`);
      const base = resolve(cwd, arg.split(/[\\/]/).filter((part, i, parts) => i < parts.findIndex((p) => /[*?[{]/.test(p))).join('/') || '.');
      for (const path of matches) add({ path, tree: base, explicit: false });
    } else {
      add({ path: absolute, tree: dirname(absolute), explicit: true }); // reported as unreadable when linted
    }
  }
  return [...found.values()].sort(byPath);
}

/** Files to lint, absolute, de-duplicated, sorted by path. */
export function discoverFiles(paths: readonly string[], cwd: string): string[] {
  return discoverInputs(paths, cwd).map((input) => input.path);
}
