// Benchmark: lint a generated 10,000-user ACL file with every rule, after start-up (knowledge
// loaded, code warmed on a small file). Budget (DESIGN.md): < 200 ms. `benchAcl()` is what
// `npm run bench` calls; run directly (`tsx scripts/bench-acl.ts`) it prints JSON.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { useNodeKnowledgeSource } from '../server/src/knowledge/loader-node.js';
import { lint } from '../server/src/linter/index.js';
import { parseTarget } from '../server/src/model/index.js';

export interface AclBenchResult {
  readonly users: number;
  /** Median wall time of one lint of the whole file, in milliseconds. */
  readonly ms: number;
  readonly budgetMs: number;
  readonly findings: number;
}

/** A deterministic pseudo-random hex string (no crypto: the file must be the same every run). */
function hex(seed: number, length: number): string {
  let x = seed * 2654435761 + 1;
  let out = '';
  while (out.length < length) {
    x = (Math.imul(x ^ (x >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    out += x.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/** A realistic mix: app users with hashes and prefixes, readers, workers with selectors, a few admins. */
export function generateAclFile(users: number): string {
  const lines = ['user default off'];
  for (let i = 1; i < users; i++) {
    const hash = `#${hex(i, 64)}`;
    switch (i % 8) {
      case 0:
        lines.push(`user admin${i} on ${hash} ~* &* +@all -@dangerous +info`);
        break;
      case 1:
        lines.push(`user reader${i} on ${hash} resetchannels %R~data:${i}:* -@all +@read +ping`);
        break;
      case 2:
        lines.push(`user worker${i} on ${hash} resetchannels &jobs:${i}:* ~jobs:${i}:* +@list +@stream +@pubsub +ping (+get ~cache:${i}:*)`);
        break;
      case 3:
        lines.push(`user app${i} on >${hex(i + 7, 24)} ~app:${i}:* ~session:${i}:* +@read +@write +@keyspace -@dangerous -flushdb`);
        break;
      case 4:
        lines.push(`user legacy${i} on ${hash} ~* +@all -flushall -flushdb -config -debug -module -keys`);
        break;
      case 5:
        lines.push(`user svc${i} off ${hash} ~svc:${i}:* +get +set +del +expire +ttl`);
        break;
      case 6:
        lines.push(`user ro${i} on ${hash} %R~* -@all +@read -keys +select|0`);
        break;
      default:
        lines.push(`user ops${i} on ${hash} ${hash.replace(/.$/, 'a')} ~* &* -@all +@admin -shutdown (+@read %R~metrics:*)`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function benchAcl(options: { users?: number; runs?: number } = {}): Promise<AclBenchResult> {
  const users = options.users ?? 10_000;
  const runs = options.runs ?? 5;
  useNodeKnowledgeSource();
  const parsed = parseTarget('7.4');
  if (!parsed.ok) throw new Error(parsed.message);
  const target = parsed.target;
  // Start-up: knowledge, command tables and JIT warm-up on a small file.
  for (let i = 0; i < 3; i++) lint({ text: generateAclFile(200), file: '/bench/warm.acl', kind: 'acl', target });
  const text = generateAclFile(users);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = lint({ text, file: '/bench/users.acl', kind: 'acl', target });
    times.push(performance.now() - start);
    findings = result.findings.length;
  }
  times.sort((a, b) => a - b);
  return { users, ms: Math.round(times[Math.floor(times.length / 2)] * 10) / 10, budgetMs: 200, findings };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchAcl();
  console.log(JSON.stringify(result, null, 2));
}
