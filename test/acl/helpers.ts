// Shared by the ACL suites: where ../shared is, and the one normalisation ACL LIST needs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useNodeKnowledgeSource } from '../../server/src/knowledge/loader-node';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const inCI = process.env.CI === 'true';

useNodeKnowledgeSource(join(repoRoot, 'server', 'src', 'knowledge', 'data'));

/** Whether ../shared exists; outside CI a missing folder skips the suite with a message. */
export function haveShared(): boolean {
  if (existsSync(join(sharedDir, 'corpus'))) return true;
  if (inCI) throw new Error(`${sharedDir} is missing: the ACL corpus suites cannot run (required under CI=true)`);
  console.warn(`[acl] skipping corpus suites: ${sharedDir} not found (run from a checkout with ../shared)`);
  return false;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/**
 * Redis 7.0 lists single commands in the order of its command dict, which is seeded randomly per
 * process (see divergences.json). This sorts the single-command tail of every selector (the
 * tokens after the last `+@…`/`-@…`) so that two descriptions of the same user compare equal.
 */
export function normalizeCommandOrder(line: string): string {
  return line
    .split(/(?= \()/)
    .map((segment) => {
      const closing = segment.endsWith(')') ? ')' : '';
      const body = closing ? segment.slice(0, -1) : segment;
      const tokens = body.split(' ');
      let lastCategory = -1;
      tokens.forEach((t, i) => {
        if (/^\(?[+-]@/.test(t)) lastCategory = i;
      });
      if (lastCategory === -1) return segment;
      const head = tokens.slice(0, lastCategory + 1);
      const tail = tokens.slice(lastCategory + 1).sort();
      return [...head, ...tail].join(' ') + closing;
    })
    .join('');
}
