// Property-based fuzzing of lint() on generated redis.conf, sentinel.conf and ACL text (see
// properties.ts). CI runs a fixed seed with bounded runs (FUZZ_RUNS per family, default 100);
// `npm run fuzz -- --runs 100000` explores with a random seed and prints any failing seed.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import '../support/knowledge.js';
import { families, fuzzTarget, property } from './properties.js';

const SEED = 20261124;
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

for (const version of ['7.4', '6.2']) {
  const target = fuzzTarget(version);
  describe(`lint() properties, Redis ${version} (seed ${SEED}, ${RUNS} runs per family)`, () => {
    for (const family of families(target)) {
      it(family.name, () => {
        fc.assert(property(family, target), { seed: SEED, numRuns: RUNS });
      }, 120_000);
    }
  });
}
