// npm run fuzz -- [--runs N] [--seed S] [--family NAME] [--path P] [--version X.Y]
//
// Runs the lint() properties of test/fuzz/properties.ts over every input family with a random
// seed (or --seed), N runs in all (default 10,000, split evenly over the families). On a failure
// it prints the family, seed, counterexample path, the input and the error, and the command that
// replays exactly that case; the exit code is 1. CI runs the same properties with a fixed seed
// and few runs (test/fuzz/lint-properties.test.ts).
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { families, fuzzTarget, property } from '../test/fuzz/properties.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    family: { type: 'string' },
    path: { type: 'string' },
    version: { type: 'string', multiple: true },
  },
});

useNodeKnowledgeSource();
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, not ${values.runs}`);
const seed = values.seed === undefined ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(values.seed);
const versions = values.version ?? ['7.4', '6.2', 'valkey-8.0'];

const selected = versions.flatMap((version) => {
  const target = fuzzTarget(version);
  return families(target)
    .map((family) => ({ ...family, name: `${version}: ${family.name}`, target }))
    .filter((family) => values.family === undefined || family.name === values.family || family.name.endsWith(`: ${values.family}`));
});
if (selected.length === 0) throw new Error(`no family named ${values.family}`);
const perFamily = Math.max(1, Math.ceil(runs / selected.length));
console.log(`fuzz: seed ${seed}, ${perFamily} runs for each of ${selected.length} families`);

let failed = false;
const started = Date.now();
for (const family of selected) {
  const start = Date.now();
  const details = fc.check(property(family, family.target), {
    seed,
    numRuns: perFamily,
    ...(values.path ? { path: values.path } : {}),
    endOnFailure: false,
  });
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  if (!details.failed) {
    console.log(`  ok    ${family.name} (${details.numRuns} runs, ${seconds} s)`);
    continue;
  }
  failed = true;
  console.log(`  FAIL  ${family.name} after ${details.numRuns} runs (${seconds} s)`);
  console.log(`        seed ${details.seed}, path ${details.counterexamplePath}`);
  console.log(`        input ${JSON.stringify(details.counterexample?.[0])}`);
  console.log(`        ${String(details.errorInstance ?? details.error).split('\n').join('\n        ')}`);
  console.log(`        replay: npm run fuzz -- --seed ${details.seed} --path ${details.counterexamplePath} --family '${family.name}' --runs 1`);
}
console.log(`fuzz: ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s (seed ${seed})`);
process.exitCode = failed ? 1 : 0;
