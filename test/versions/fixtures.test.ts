// Every release we have a real server for: the engine, targeting that release, must give the
// verdict the server gave (accepted, or refused at the same first line) on every case of its
// fixture (test/versions/fixtures/*.json, recorded by scripts/oracle-fixtures.ts). No server
// is needed here; the fixtures name corpus files, so ../shared must be there (skipped without
// it, a failure when CI=true). Known divergences: test/versions/divergences.json, asserted
// both ways and kept under 1 % of each fixture's cases.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getDirectives } from '../../server/src/knowledge/directives.js';
import { memtoull } from '../../server/src/model/config/c-parsers.js';
import { parseTarget } from '../../server/src/model/index.js';
import { CORPUS_DIR, formatJudged, sameVerdict, stillDiverges, type Divergence, type Verdict } from '../oracle/harness.js';
import { engineVerdictFor, machineDependent, oracleCase, serverVerdict, type FixtureFile } from './cases.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CI = process.env.CI === 'true';
const FIXTURES = readdirSync(path.join(HERE, 'fixtures')).filter((f) => f.endsWith('.json')).sort();
const STARTED_WITH = new Set(['port', 'unixsocket']);

/** CONFIG GET writes memory values in bytes and enums in lower case. */
function sameDefault(data: string, server: string): boolean {
  const norm = (s: string) => s.toLowerCase().trim().split(/\s+/).map((w) => memtoull(w)?.toString() ?? w).join(' ');
  return norm(data) === norm(server);
}

const DIVERGENCES = (JSON.parse(readFileSync(path.join(HERE, 'divergences.json'), 'utf8')) as { divergences: (Divergence & { targets: string[] })[] }).divergences;

describe('version fixtures: the engine agrees with each real server', () => {
  if (!existsSync(path.join(CORPUS_DIR, 'INDEX.tsv'))) {
    const message = `../shared/corpus not found (looked in ${CORPUS_DIR}; set REDIS_LINT_SHARED)`;
    if (CI) it('needs the shared corpus', () => expect.fail(message));
    else it.skip(`skipped: ${message}`, () => undefined);
    return;
  }

  it('has the fixtures of every release we build', () => {
    expect(FIXTURES).toEqual(expect.arrayContaining(['6.2.16.json', '7.2.6.json', '7.4.1.json']));
  });

  for (const name of FIXTURES) {
    const fixture = JSON.parse(readFileSync(path.join(HERE, 'fixtures', name), 'utf8')) as FixtureFile;
    const listed = new Map(DIVERGENCES.filter((d) => d.targets.includes(fixture.target)).map((d) => [d.id, d]));

    describe(`${fixture.target} (${fixture.server.versionOutput})`, () => {
      it('has at least 300 mutations, accepted and refused', () => {
        const mutations = fixture.cases.filter((c) => c.stratum.startsWith('mutation:') || c.stratum.startsWith('version:'));
        expect(mutations.length).toBeGreaterThanOrEqual(300);
        expect(mutations.filter((c) => c.accepted).length).toBeGreaterThan(mutations.length * 0.2);
        expect(mutations.filter((c) => !c.accepted).length).toBeGreaterThan(mutations.length * 0.2);
      });

      it('gives the same verdict and first failing line on every case', () => {
        const disagreements: string[] = [];
        const stale: string[] = [];
        let skipped = 0;
        for (const c of fixture.cases) {
          const oc = oracleCase(c);
          let redis: Verdict = serverVerdict(c);
          if (machineDependent(redis, oc.text)) {
            // A path missing on the recording machine decides the load; only startup is the file's.
            if (c.phase !== 'startup') {
              skipped++;
              continue;
            }
            redis = { accepted: true, reason: '' };
          }
          let ours: Verdict;
          try {
            ours = engineVerdictFor(oc, fixture.target);
          } catch (error) {
            ours = { accepted: false, reason: `engine threw: ${(error as Error).message}` };
          }
          const d = listed.get(c.id);
          const label = `${c.stratum}${c.edit ? ` on ${c.corpus}:${c.edit.at}: ${JSON.stringify(c.edit.insert.join('\n'))}` : c.text !== undefined ? `: ${JSON.stringify(c.text.slice(0, 200))}` : ''}`;
          if (d) {
            listed.delete(c.id);
            if (!stillDiverges(d, redis, ours)) stale.push(`${formatJudged({ id: c.id, label, redis, ours })}\n    no longer diverges as listed`);
          } else if (!sameVerdict(redis, ours)) {
            disagreements.push(formatJudged({ id: c.id, label, redis, ours }));
          }
        }
        for (const id of listed.keys()) stale.push(`${id}: listed in divergences.json but not in the fixture`);
        console.log(`[versions] ${fixture.target}: ${fixture.cases.length} cases, ${fixture.cases.length - skipped - disagreements.length} agree or are known, ${disagreements.length} disagree, ${skipped} skipped (machine-dependent load failure)`);
        expect(stale, 'test/versions/divergences.json entries that no longer diverge as listed').toEqual([]);
        expect(disagreements, `our verdict differs from ${fixture.server.versionOutput}`).toEqual([]);
      });

      it('has the built-in defaults of the knowledge data (CONFIG GET * without a config file)', () => {
        const parsed = parseTarget(fixture.target);
        if (!parsed.ok) throw new Error(parsed.message);
        const table = getDirectives(parsed.target);
        const wrong = Object.entries(fixture.configGet).flatMap(([name, value]) => {
          const info = table.lookup(name)?.info;
          // Set by the command line that started it (dir is where it ran).
          if (!info || info.default === undefined || info.default === null || STARTED_WITH.has(name)) return [];
          return sameDefault(info.default, value) ? [] : [`${name}: data ${JSON.stringify(info.default)}, server ${JSON.stringify(value)}`];
        });
        expect(wrong).toEqual([]);
      });

      it('keeps known divergences under 1 % of the cases', () => {
        const own = DIVERGENCES.filter((d) => d.targets.includes(fixture.target)).length;
        expect(own).toBeLessThan(fixture.cases.length / 100);
      });
    });
  }
});
