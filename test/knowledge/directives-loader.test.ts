import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { getDirectives } from '../../server/src/knowledge/directives.js';
import { loadKnowledge, setKnowledgeSource } from '../../server/src/knowledge/loader.js';
import { findKnowledgeDir, nodeKnowledgeSource, useNodeKnowledgeSource } from '../../server/src/knowledge/loader-node.js';

const knowledgeDir = fileURLToPath(new URL('../../server/src/knowledge', import.meta.url));

afterAll(() => useNodeKnowledgeSource());

test('the node source finds the data folder next to the sources', () => {
  expect(findKnowledgeDir()).toBe(join(knowledgeDir, 'data'));
});

test('documents are read lazily, once, and only for the asked target', () => {
  const read = nodeKnowledgeSource();
  const asked: string[] = [];
  setKnowledgeSource((name) => {
    asked.push(name);
    return read(name);
  });
  expect(asked).toEqual([]);
  const table = getDirectives('redis-7.0');
  expect(getDirectives('redis-7.0')).toBe(table);
  table.lookup('maxclients');
  expect(asked).toEqual(['directives-redis-7.0']);
});

test('a new source gives fresh data', () => {
  useNodeKnowledgeSource();
  const before = getDirectives('redis-7.4');
  useNodeKnowledgeSource();
  expect(getDirectives('redis-7.4')).not.toBe(before);
});

test('an injected in-memory source works (as in a browser)', () => {
  const file = JSON.parse(readFileSync(join(knowledgeDir, 'data', 'directives-redis-6.0.json'), 'utf8'));
  setKnowledgeSource((name) => (name === 'directives-redis-6.0' ? file : undefined));
  expect(getDirectives('redis-6.0').lookup('gopher-enabled')?.info.type).toBe('bool');
  expect(() => getDirectives('redis-7.0')).toThrow(/no data named 'directives-redis-7.0'/);
  expect(() => loadKnowledge('../etc/passwd')).toThrow(/no data named/);
});

test('the node source refuses names that are not plain file names', () => {
  expect(nodeKnowledgeSource()('../../package')).toBeUndefined();
});

test('the knowledge core imports no node built-ins (it must run in a browser)', () => {
  const core = readdirSync(knowledgeDir).filter((f) => f.endsWith('.ts') && !f.endsWith('-node.ts'));
  expect(core.length).toBeGreaterThan(3);
  for (const file of core) {
    const text = readFileSync(join(knowledgeDir, file), 'utf8');
    expect(text, file).not.toMatch(/from ['"](node:|fs|path|url|os)['"/]|require\(|\bprocess\.|__dirname|reference types="node"/);
  }
});
