import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

const LIMIT = 65_000;

export const maxclientsTooHigh: Rule = {
  meta: {
    id: 'maxclients-too-high',
    category: 'reliability',
    severity: 'warning',
    fixable: false,
    description: '`maxclients` far above what a server can hold (more than 65,000).',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const record = model.config?.effective('maxclients');
    const value = Number(record?.values[0]);
    if (!record || !Number.isFinite(value) || value <= LIMIT) return;
    report(valueSpanOf(record),
      `maxclients ${record.values[0]} is more than the file-descriptor limit of almost any host: Redis silently lowers it to that limit (minus 32), and until then each connection can grow its own buffers, so a flood of connections exhausts memory instead of being refused. `
      + 'Set it to what your clients need (the default is 10000) and bound client memory with `maxmemory-clients`.',
      { file: record.file });
  },
};
