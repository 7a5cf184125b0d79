// Differential test on generated one-line mutations of real configs (test/oracle/mutations.ts,
// fixed seed). The expected verdict of every case comes from the live redis-server at test
// time, never from this repository. The suite checks its own strata: at least 500 cases, at
// least 30 % accepted and 30 % refused, every 7.0 error message of PARSING.md §4 seen, and every
// value type of directives.json seen both accepted and refused.
//
// ORACLE_SAVE=path writes the cases with Redis's and our verdicts there (for debugging).

import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { redisServerAvailable, redisServerVersion, runRedisChecks, type RedisResult } from '../support/redis-server.js';
import { CORPUS_DIR, judge, loadDivergences, verdictOfRedis, type Judgement } from './harness.js';
import { directives70, generateMutations, MESSAGES_70, refinedType, type Mutation } from './mutations.js';

const CI = process.env.CI === 'true';
const haveCorpus = existsSync(path.join(CORPUS_DIR, 'conf', 'redis-7.0.15-default.conf'));
const haveServer = redisServerAvailable();

describe('oracle: mutations of real configs', () => {
  const missing = !haveCorpus ? `../shared/corpus not found (looked in ${CORPUS_DIR}; set REDIS_LINT_SHARED)` : !haveServer ? 'redis-server not found (install Debian/Ubuntu package redis-server 7.0)' : '';
  if (missing) {
    if (CI) it('needs the shared corpus and redis-server', () => expect.fail(missing));
    else it.skip(`skipped: ${missing}`, () => undefined);
    return;
  }

  let mutations: Mutation[] = [];
  let results: RedisResult[] = [];
  let judgement: Judgement;

  beforeAll(async () => {
    const started = Date.now();
    mutations = generateMutations();
    results = await runRedisChecks(mutations.map((m) => ({ text: m.text, kind: m.kind, prepare: true, ...(m.extraFiles ? { extraFiles: m.extraFiles } : {}) })));
    const runs = (Date.now() - started) / 1000;
    judgement = judge(mutations.map((m, i) => ({ c: m, redis: verdictOfRedis(results[i]), label: `${m.stratum} on ${m.base}, line ${m.mutatedLine}: ${JSON.stringify(m.edit)}` })), ['mutation:']);
    const accepted = results.filter((r) => r.accepted).length;
    console.log(`[oracle] mutations: ${mutations.length} cases (${accepted} accepted, ${mutations.length - accepted} refused by redis-server ${redisServerVersion()}), live runs ${runs.toFixed(1)} s, sandbox ${results[0]?.sandbox}`);
    if (process.env.ORACLE_SAVE) {
      writeFileSync(process.env.ORACLE_SAVE, `${JSON.stringify(mutations.map((m, i) => ({
        id: m.id, stratum: m.stratum, directive: m.directive, valueType: m.valueType, base: m.base, mutatedLine: m.mutatedLine, edit: m.edit,
        ...(m.extraFiles ? { extraFiles: m.extraFiles } : {}),
        redis: { accepted: results[i].accepted, phase: results[i].phase, line: results[i].line, file: results[i].file, reason: results[i].reason },
        ours: judgement.judged[i].ours,
      })), null, 1)}\n`);
    }
  }, 900_000);

  it('has at least 500 cases, at least 30 % accepted and 30 % refused', () => {
    const accepted = results.filter((r) => r.accepted).length;
    expect(mutations.length).toBeGreaterThanOrEqual(500);
    expect(accepted / mutations.length).toBeGreaterThanOrEqual(0.3);
    expect((mutations.length - accepted) / mutations.length).toBeGreaterThanOrEqual(0.3);
  });

  it('makes redis-server print every 7.0 error message of PARSING.md §4', () => {
    const reasons = results.filter((r) => !r.accepted).map((r) => r.reason);
    const unseen = MESSAGES_70.filter((m) => !reasons.some((r) => r.startsWith(m)));
    const counts = MESSAGES_70.map((m) => `${reasons.filter((r) => r.startsWith(m)).length}× ${m}`);
    console.log(`[oracle] mutation strata by message:\n  ${counts.join('\n  ')}`);
    expect(unseen).toEqual([]);
  });

  it('covers every 7.0 value type of directives.json, accepted and refused', () => {
    const types = [...new Set(directives70().map(refinedType))].sort();
    const missingTypes = types.flatMap((t) => {
      const of = mutations.flatMap((m, i) => (m.valueType === t ? [results[i]] : []));
      const acc = of.filter((r) => r.accepted).length;
      return acc > 0 && acc < of.length ? [] : [`${t}: ${of.length} cases, ${acc} accepted`];
    });
    const strata = new Map<string, number>();
    for (const m of mutations) strata.set(m.stratum.split(':').slice(0, 2).join(':'), (strata.get(m.stratum.split(':').slice(0, 2).join(':')) ?? 0) + 1);
    console.log(`[oracle] mutation strata: ${[...strata].map(([k, v]) => `${k}=${v}`).join(', ')}`);
    expect(types.length).toBeGreaterThan(8);
    expect(missingTypes).toEqual([]);
  });

  it('our verdict and first failing line match the live server on every case', () => {
    const known = judgement.judged.filter((j) => j.known).length;
    console.log(`[oracle] mutations vs live redis-server: ${judgement.checked} checked, ${judgement.checked - judgement.disagreements.length - known} agree, ${known} known divergences, ${judgement.disagreements.length} disagreements`);
    if (judgement.disagreements.length) console.log(`[oracle] mutation disagreements:\n  ${judgement.disagreements.join('\n  ')}`);
    expect(judgement.stale, 'divergences.json entries that no longer diverge as listed').toEqual([]);
    expect(judgement.disagreements, 'our verdict differs from redis-server').toEqual([]);
  });

  it('keeps known divergences under 1 % of the cases', () => {
    const own = loadDivergences().filter((d) => d.id.startsWith('mutation:'));
    expect(own.length, `${own.length} divergences for ${mutations.length} cases`).toBeLessThan(mutations.length / 100);
  });
});
