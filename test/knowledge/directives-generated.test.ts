// The committed data must be what scripts/knowledge-directives.ts makes from ../shared/reference.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const reference = join(root, '..', 'shared', 'reference');
const dataDir = join(root, 'server', 'src', 'knowledge', 'data');
const haveReference = existsSync(join(reference, 'directives.json'));

if (!haveReference && process.env.CI === 'true') {
  test('the shared reference is present in CI', () => {
    throw new Error(`${reference} is missing: CI must check that the generated knowledge data is current`);
  });
}

test.skipIf(!haveReference)(
  `generated directive and sentinel data is current (needs ${reference})`,
  () => {
    const out = mkdtempSync(join(tmpdir(), 'redis-lint-knowledge-'));
    try {
      const tsx = join(root, 'node_modules', '.bin', 'tsx');
      execFileSync(tsx, ['scripts/knowledge-directives.ts', '--reference', reference, '--out', out], { cwd: root, stdio: 'pipe' });
      const ours = (dir: string) => readdirSync(dir).filter((f) => /^(directives|sentinel)-.*\.json$/.test(f)).sort();
      expect(ours(dataDir)).toEqual(ours(out));
      for (const file of ours(out)) {
        const committed = readFileSync(join(dataDir, file), 'utf8');
        // Not toEqual on the text: a mismatch should name the file, not print 80 KB.
        expect(committed === readFileSync(join(out, file), 'utf8'), `${file} is stale: run npx tsx scripts/knowledge-directives.ts`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  },
  60_000,
);
