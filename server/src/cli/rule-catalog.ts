// Every rule id the CLI knows: the rules of rules/ plus those the linter reports itself
// (suppression problems). Used by `redis-lint rules`, `explain`, SARIF and the docs tests.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LINTER_RULES, RULES, type RuleMeta } from '../linter/index.js';

export const DOCS_BASE_URL = 'https://github.com/redis-lint/redis-lint/blob/main/docs/rules';

export function allRules(): RuleMeta[] {
  return [...RULES.map((r) => r.meta), ...LINTER_RULES].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function docsUrl(id: string): string {
  return `${DOCS_BASE_URL}/${id}.md`;
}

/**
 * The folder with the rules' pages: `docs/rules` beside `dist/` in the package (the bundle's
 * `__dirname` is `dist/`), else in the source tree.
 */
export function findDocsDir(): string | undefined {
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  const candidates = [
    ...(here ? [join(here, '..', 'docs', 'rules'), join(here, '..', '..', '..', 'docs', 'rules')] : []),
    join(process.cwd(), 'docs', 'rules'),
  ];
  return candidates.find((dir) => existsSync(dir));
}

/** A rule's documentation page (markdown), if it is there. */
export function readRuleDoc(docsDir: string | undefined, id: string): string | undefined {
  if (!docsDir || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return undefined;
  const path = join(docsDir, `${id}.md`);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
