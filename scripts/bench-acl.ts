// Benchmark: lint a generated 10,000-user ACL file with every rule, after start-up (knowledge
// loaded, code warmed on a small file). Budget (DESIGN.md): < 200 ms. `benchAcl()` is what
// `npm run bench` calls; run directly (`tsx scripts/bench-acl.ts`) it prints JSON.
//
// Besides the total it reports where the time goes (parse + load, rules, the linter's own work
// such as redaction) and the floor: splitting the same text into lines and words.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { lint, RULES } from '../server/src/linter/index.js';
import { splitAclFile } from '../server/src/model/acl/index.js';
import { analyze, parseTarget } from '../server/src/model/index.js';

export interface AclBenchResult {
  readonly users: number;
  /** Median wall time of one `lint()` of the whole file, in milliseconds. */
  readonly ms: number;
  readonly budgetMs: number;
  readonly findings: number;
  /** Medians of the parts: parse + load as Redis does (`analyze`), the ACL rules, and the rest (linter). */
  readonly breakdown: { readonly analyzeMs: number; readonly rulesMs: number; readonly linterMs: number };
  /** Splitting the text into lines and words, the least any linter must do. */
  readonly floorMs: number;
}

/** A deterministic pseudo-random hex string (the file must be the same every run). */
function hex(seed: number, length: number): string {
  let x = (seed * 2654435761 + 1) >>> 0;
  let out = '';
  while (out.length < length) {
    x = (Math.imul(x ^ (x >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    out += x.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/**
 * A production-like file: mostly least-privilege users with hashed passwords (readers, writers,
 * workers with selectors, replication), and one user in 50 of each kind a review flags
 * (full access, dangerous commands, a clear-text password, a disabled user with rights).
 */
export function generateAclFile(users: number): string {
  const lines = ['user default off'];
  for (let i = 1; i < users; i++) {
    const hash = `#${hex(i, 64)}`;
    switch (i % 50) {
      case 0:
        lines.push(`user admin${i} on ${hash} ~* &* +@all`);
        break;
      case 1:
        lines.push(`user legacy${i} on ${hash} ~* +@all -flushall -flushdb -config`);
        break;
      case 2:
        lines.push(`user plain${i} on >${hex(i + 7, 24)} ~plain:${i}:* -@all +@read -@dangerous`);
        break;
      case 3:
        lines.push(`user retired${i} off ${hash} ~svc:${i}:* +get +set +del`);
        break;
      default:
        switch (i % 5) {
          case 0:
            lines.push(`user reader${i} on ${hash} resetchannels %R~data:${i}:* -@all +@read -@dangerous +ping`);
            break;
          case 1:
            lines.push(`user worker${i} on ${hash} resetchannels &jobs:${i}:* ~jobs:${i}:* -@all +@list +@stream +@pubsub +ping (+get ~cache:${i}:*)`);
            break;
          case 2:
            lines.push(`user app${i} on ${hash} resetchannels ~app:${i}:* ~session:${i}:* -@all +@read +@write +@keyspace -@dangerous -@scripting`);
            break;
          case 3:
            lines.push(`user replica${i} on ${hash} resetchannels -@all +psync +replconf +ping`);
            break;
          default:
            lines.push(`user svc${i} on ${hash} ${`#${hex(i + 3, 64)}`} resetchannels ~svc:${i}:* -@all +get +set +del +expire +ttl`);
        }
    }
  }
  return `${lines.join('\n')}\n`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10;
}

export async function benchAcl(options: { users?: number; runs?: number } = {}): Promise<AclBenchResult> {
  const users = options.users ?? 10_000;
  const runs = options.runs ?? 5;
  useNodeKnowledgeSource();
  const parsed = parseTarget('7.4');
  if (!parsed.ok) throw new Error(parsed.message);
  const target = parsed.target;
  const input = (text: string) => ({ text, file: '/bench/users.acl', kind: 'acl' as const, target });
  // Start-up: knowledge, command tables and JIT warm-up on a small file.
  for (let i = 0; i < 3; i++) lint(input(generateAclFile(500)));
  const text = generateAclFile(users);
  const aclRules = RULES.filter((r) => r.meta.kinds.includes('acl'));
  const total: number[] = [];
  const analyzeTimes: number[] = [];
  const ruleTimes: number[] = [];
  const floor: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    findings = lint(input(text)).findings.length;
    total.push(performance.now() - start);
    start = performance.now();
    const model = analyze(input(text));
    analyzeTimes.push(performance.now() - start);
    start = performance.now();
    for (const rule of aclRules) rule.check({ model, report: () => undefined });
    ruleTimes.push(performance.now() - start);
    start = performance.now();
    splitAclFile(text);
    floor.push(performance.now() - start);
  }
  const ms = median(total);
  const analyzeMs = median(analyzeTimes);
  const rulesMs = median(ruleTimes);
  return {
    users, ms, budgetMs: 200, findings,
    breakdown: { analyzeMs, rulesMs, linterMs: Math.max(0, Math.round((ms - analyzeMs - rulesMs) * 10) / 10) },
    floorMs: median(floor),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchAcl();
  console.log(JSON.stringify(result, null, 2));
}
