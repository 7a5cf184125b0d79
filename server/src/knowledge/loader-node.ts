/// <reference types="node" />
// Node-only: reads knowledge documents from `<dir>/<name>.json`. Never import this from the core.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setKnowledgeSource, type KnowledgeSource } from './loader.js';

/**
 * Where the data folder is: `data/` next to this file when running from source (vitest, tsx),
 * or `dist/knowledge/` next to the esbuild CJS bundle, whose `__dirname` is `dist/`.
 */
export function findKnowledgeDir(): string {
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  const candidates = [
    ...(here ? [join(here, 'data'), join(here, 'knowledge'), join(here, 'knowledge', 'data')] : []),
    join(process.cwd(), 'server', 'src', 'knowledge', 'data'),
    join(process.cwd(), 'dist', 'knowledge'),
  ];
  const found = candidates.find((dir) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.json')));
  if (!found) throw new Error(`redis-lint knowledge: data folder not found; looked in ${candidates.join(', ')}`);
  return found;
}

export function nodeKnowledgeSource(dir: string = findKnowledgeDir()): KnowledgeSource {
  return (name) => {
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(name)) return undefined;
    const file = join(dir, `${name}.json`);
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  };
}

/** Installs the file-system source; `dir` overrides the automatic lookup. */
export function useNodeKnowledgeSource(dir?: string): void {
  setKnowledgeSource(nodeKnowledgeSource(dir));
}
