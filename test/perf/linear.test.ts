// Cost grows linearly with the input (DESIGN.md "Time grows linearly with input on any input"),
// proved by counting work, not by timing it: for each family of inputs, the work counters of
// grammar/src/work.ts grow 8 times as much (± 10 %) when 8N blocks are added to a file as when
// N are. A quadratic step anywhere in a counted loop shows as ×26 or more.
import { describe, expect, it } from 'vitest';
import '../support/knowledge.js';
import { fakeFiles } from '../support/fake-files.js';
import { lint } from '../../server/src/linter/index.js';
import { parseTarget, readWork, resetWork, type FileAccess, type ModelKind, type Target, type WorkCounters } from '../../server/src/model/index.js';

function target(version: string): Target {
  const parsed = parseTarget(version);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.target;
}

interface Family {
  readonly name: string;
  readonly kind: ModelKind;
  readonly version?: string;
  /** The text for `n` blocks (n = 0: only the fixed part), and the files it includes, if any. */
  readonly make: (n: number) => { text: string; files?: FileAccess };
}

/** A deterministic token that looks random (passwords, names). */
function token(i: number, salt = 0): string {
  let x = (i + 1) * 2654435761 + salt * 40503;
  let out = '';
  for (let k = 0; k < 4; k++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    out += x.toString(36);
  }
  return out;
}

const lines = (n: number, block: (i: number) => string, head = '') => head + Array.from({ length: n }, (_, i) => block(i)).join('');

const FAMILIES: readonly Family[] = [
  {
    name: 'repeated directives (overridden-setting on almost every line)',
    kind: 'conf',
    make: (n) => ({ text: lines(n, (i) => `maxmemory-policy allkeys-lru\ntimeout ${i % 300}\ntcp-keepalive 60\nmaxmemory 2gb\nappendonly yes\nhz 10\nsave 3600 1\n`) }),
  },
  {
    name: 'comments, blank lines and suppressions',
    kind: 'conf',
    make: (n) => ({ text: lines(n, (i) => `# a comment ${i}\n\n# redis-lint-disable-next-line overridden-setting -- test\n# redis-lint-disable-next-line unknown-rule-${i}\nport ${6000 + (i % 1000)}\n`) }),
  },
  {
    name: 'a file-wide suppression and many findings',
    kind: 'conf',
    make: (n) => ({ text: lines(n, (i) => `port ${i}\n# redis-lint-disable overridden-setting -- block ${i}\n`, '# redis-lint-disable overridden-setting\n') }),
  },
  {
    name: 'lines only Chevrotain reads (escapes, bad quotes)',
    kind: 'conf',
    make: (n) => ({ text: lines(n, (i) => `logfile "/var/log/r\\x41${i}.log"\nbind "a"b\nrequirepass "open ${i}\nsave "3600 1 300 ${i}"\n`) }),
  },
  {
    name: 'user lines with passwords (secrets scrubbed from messages)',
    kind: 'conf',
    make: (n) => ({ text: lines(n, (i) => `user u${i} on >${token(i)} #${'ab'.repeat(32)} ~k${i}:* &c${i} +get +set -@dangerous\nuser u${i} on\n`) }),
  },
  {
    name: 'rename-command lines, unknown and repeated',
    kind: 'conf',
    make: (n) => ({ text: lines(n, (i) => `rename-command nosuch${i % 50} x${i}\nrename-command flushall ""\n`) }),
  },
  {
    name: 'unknown directives (with suggestions) and bad values',
    kind: 'conf',
    make: (n) => ({ text: lines(n, (i) => `maxmemroy ${i}mb\nappendonly maybe\nport -${i}\nno-such-thing-${i % 10} 1\n`) }),
  },
  {
    name: 'a chain of includes',
    kind: 'conf',
    make: (n) => {
      const tree: Record<string, string> = {};
      for (let i = 0; i < n; i++) tree[`/etc/redis/inc${i}.conf`] = `port ${i}\n${i + 1 < n ? `include /etc/redis/inc${i + 1}.conf\n` : 'include /etc/redis/main.conf\n'}`;
      return { text: n > 0 ? 'include /etc/redis/inc0.conf\n' : '', files: fakeFiles({ '/etc/redis/main.conf': '', ...tree }) };
    },
  },
  {
    name: 'include globs matching many files',
    kind: 'conf',
    make: (n) => {
      const tree: Record<string, string> = { '/etc/redis/main.conf': '' };
      for (let i = 0; i < n; i++) tree[`/etc/redis/conf.d/f${String(i).padStart(6, '0')}.conf`] = `hz ${1 + (i % 400)}\n`;
      return { text: 'include /etc/redis/conf.d/*.conf\n', files: fakeFiles(tree) };
    },
  },
  {
    name: 'sentinel monitors',
    kind: 'sentinel',
    make: (n) => ({ text: lines(n, (i) => `sentinel monitor m${i} 10.0.${i % 250}.1 6379 2\nsentinel auth-pass m${i} ${token(i, 1)}\nsentinel down-after-milliseconds m${i} 5000\n`, 'port 26379\n') }),
  },
  {
    name: 'an ACL file with many users',
    kind: 'acl',
    make: (n) => ({ text: lines(n, (i) => `user app${i} on #${token(i).padEnd(64, '0').slice(0, 64).replace(/[^0-9a-f]/g, 'a')} ~app:${i}:* &ch${i} -@all +@read +get|x (~s${i} +set)\n`, 'user default off\n') }),
  },
  {
    name: 'one ACL line with many rules',
    kind: 'acl',
    make: (n) => ({ text: `user alice on${lines(n, (i) => ` ~k${i} &c${i} >${token(i, 2)} +get|a${i} -set +@read%R~r${i}`)}\n` }),
  },
  {
    name: 'one redis.conf user line with many rules (Redis 7.4: command rules as written)',
    kind: 'conf',
    version: '7.4',
    make: (n) => ({ text: `user alice on${lines(n, (i) => ` ~k${i} +get -get +config|get -config +@read`)}\n` }),
  },
];

function work(family: Family, n: number): WorkCounters {
  const { text, files } = family.make(n);
  resetWork();
  lint({ text, file: '/etc/redis/main.conf', kind: family.kind, target: target(family.version ?? '7.2'), ...(files ? { files } : {}) });
  return readWork();
}

const N = 100;

describe('work grows linearly with the input', () => {
  for (const family of FAMILIES) {
    it(family.name, () => {
      // Growth from N to 2N blocks and from N to 9N: fixed costs (the file's own part, rules that
      // run once when something is present) cancel out; linear work grows by exactly 8.
      const base = work(family, N);
      const plus1 = work(family, 2 * N);
      const plus8 = work(family, 9 * N);
      const keys = Object.keys(base) as Array<keyof WorkCounters>;
      const grown = (w: WorkCounters, key: keyof WorkCounters) => w[key] - base[key];
      const total = (w: WorkCounters) => keys.reduce((sum, key) => sum + grown(w, key), 0);
      const ratios: Record<string, number> = { total: total(plus8) / total(plus1) };
      for (const key of keys) {
        if (grown(plus1, key) === 0 && grown(plus8, key) === 0) continue;
        ratios[key] = grown(plus8, key) / grown(plus1, key);
      }
      const outside = Object.entries(ratios).filter(([, ratio]) => !(ratio >= 7.2 && ratio <= 8.8));
      expect(outside, `work growth ratios (+${8 * N} vs +${N} blocks): ${JSON.stringify(ratios)}`).toEqual([]);
    }, 60_000);
  }
});
