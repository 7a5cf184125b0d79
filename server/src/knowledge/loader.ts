// Knowledge data (one JSON document per name, e.g. `directives-redis-7.0`) comes from an
// injectable synchronous source, so the same core runs in node (loader-node.ts) and in a browser.
// Each document is read at most once, when first asked for.

/** Returns the parsed document, or undefined when there is none by that name. */
export type KnowledgeSource = (name: string) => unknown;

let source: KnowledgeSource | undefined;
const cache = new Map<string, unknown>();

/** Installs the data source and forgets everything loaded from the previous one. */
export function setKnowledgeSource(read: KnowledgeSource): void {
  source = read;
  cache.clear();
}

export function hasKnowledgeSource(): boolean {
  return source !== undefined;
}

/**
 * The document `name`, loaded on first use and cached. Modules that derive structures from a
 * document should key them on the returned object (e.g. a WeakMap), so that a new source
 * also gives new derived structures.
 */
export function loadKnowledge(name: string): unknown {
  if (cache.has(name)) return cache.get(name);
  if (!source) {
    throw new Error(
      'redis-lint knowledge: no data source installed; call useNodeKnowledgeSource() (node) or setKnowledgeSource()',
    );
  }
  const data = source(name);
  if (data === undefined || data === null) throw new Error(`redis-lint knowledge: no data named '${name}'`);
  cache.set(name, data);
  return data;
}
