import type { Target } from '../../model/index.js';
import { parseMemory } from '../../model/config/queries.js';
import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

/** Limits whose huge values are a denial-of-service lever on every version. */
const LIMITS: Record<string, string> = { 'proto-max-bulk-len': '512mb', 'client-query-buffer-limit': '1gb' };

/** Encoding sizes whose huge values overflow on unpatched versions (CVE-2021-32627/32628/32687). */
const ENCODINGS: Record<string, string> = {
  'set-max-intset-entries': '512',
  'hash-max-ziplist-entries': '512', 'hash-max-ziplist-value': '64',
  'zset-max-ziplist-entries': '128', 'zset-max-ziplist-value': '64',
  'hash-max-listpack-entries': '512', 'hash-max-listpack-value': '64',
  'zset-max-listpack-entries': '128', 'zset-max-listpack-value': '64',
};

/** Redis 6.0.0–6.0.15 and 6.2.0–6.2.5 (fixed in 6.0.16 and 6.2.6); known only when the patch is given. */
function overflowCves(target: Target): boolean {
  if (target.product !== 'redis' || target.patch === undefined) return false;
  return (target.line === '6.0' && target.patch < 16) || (target.line === '6.2' && target.patch < 6);
}

export const bufferLimitRaised: Rule = {
  meta: {
    id: 'buffer-limit-raised',
    category: 'reliability',
    severity: 'warning',
    fixable: false,
    description: '`proto-max-bulk-len` or `client-query-buffer-limit` raised far above the default, or encoding limits raised on versions with integer-overflow CVEs.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const config = model.config;
    if (!config) return;
    const vulnerable = overflowCves(model.target);
    const names = vulnerable ? { ...LIMITS, ...ENCODINGS } : LIMITS;
    for (const [name, fallback] of Object.entries(names)) {
      const record = config.effective(name);
      if (!record) continue;
      const value = parseMemory(record.values[0]);
      const base = parseMemory(record.facts.default ?? fallback) ?? parseMemory(fallback) ?? 0n;
      if (value === undefined || base === 0n) continue;
      const isLimit = name in LIMITS;
      if (vulnerable && value > base * (isLimit ? 1n : 16n)) {
        report(valueSpanOf(record),
          `${name} is raised to ${record.values[0]} on a version with the integer-overflow bugs CVE-2021-32627/32628/32687/41099 (fixed in 6.0.16 and 6.2.6): a client can overflow 32-bit sizes and corrupt the heap, which can lead to remote code execution. `
          + `Upgrade, or keep ${name} at its default (${record.facts.default ?? fallback}).`,
          { file: record.file, severity: 'error' });
      } else if (isLimit && value > base * 4n) {
        report(valueSpanOf(record),
          `${name} ${record.values[0]} is more than four times the default (${record.facts.default ?? fallback}): a single client (authenticated or not, while the request is parsed) can make the server buffer that much per connection, and a few connections exhaust memory. `
          + `Keep the default unless a command really needs larger arguments, and bound client memory with \`maxmemory-clients\`.`,
          { file: record.file });
      }
    }
  },
};
