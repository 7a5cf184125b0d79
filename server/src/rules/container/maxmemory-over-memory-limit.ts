import { enumValue, parseMemory } from '../../model/config/queries.js';
import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

/** Share of the container limit that maxmemory may take: the rest is fork copy-on-write, buffers, fragmentation. */
const SHARE = 0.9;

function human(bytes: number): string {
  const units: Array<[string, number]> = [['gb', 2 ** 30], ['mb', 2 ** 20], ['kb', 2 ** 10]];
  for (const [unit, size] of units) if (bytes >= size) return `${Math.floor(bytes / size)}${unit}`;
  return String(bytes);
}

export const maxmemoryOverMemoryLimit: Rule = {
  meta: {
    id: 'maxmemory-over-memory-limit',
    category: 'reliability',
    severity: 'warning',
    fixable: false,
    description: 'The container has a memory limit but `maxmemory` is unset or close to it: the kernel OOM-kills Redis before it evicts or refuses writes.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const config = model.config;
    const limit = model.deployment?.memoryLimit;
    if (!config || !limit || limit.bytes <= 0) return;
    const record = config.effective('maxmemory');
    const written = record ? record.values[0] : undefined;
    const value = written === undefined ? 0n : parseMemory(written);
    if (value === undefined) return; // unknown (a placeholder)
    const persistence = enumValue(config, 'appendonly', 'no') === 'yes' || (config.savePoints?.length ?? 1) > 0;
    const suggested = human(Math.floor(limit.bytes * (persistence ? 0.6 : 0.75)));
    const why = persistence
      ? ' Snapshots and AOF rewrites fork, and the copy-on-write pages count against the limit too.'
      : '';
    if (value === 0n) {
      const message = `The container may use ${limit.text} of memory, but maxmemory is ${record ? '0' : 'not set'}: Redis grows past the limit and the kernel OOM-kills it, losing whatever was not persisted and dropping every client.${why} `
        + `Set \`maxmemory ${suggested}\` (well below the limit) and choose a \`maxmemory-policy\`.`;
      if (record) report(valueSpanOf(record), message, { file: record.file, related: [{ file: limit.file, span: limit.span, message: 'the container memory limit' }] });
      else report(limit.span, message, { file: limit.file });
      return;
    }
    if (record && Number(value) > limit.bytes * SHARE) {
      report(valueSpanOf(record),
        `maxmemory ${written} is ${Number(value) > limit.bytes ? 'above' : 'too close to'} the container memory limit (${limit.text}): Redis's overhead (buffers, fragmentation, replication backlog) comes on top, so the kernel OOM-kills it before eviction starts.${why} `
        + `Lower it to about \`maxmemory ${suggested}\`, or raise the limit.`,
        { file: record.file, related: [{ file: limit.file, span: limit.span, message: 'the container memory limit' }] });
    }
  },
};
