import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const replicaReadOnlyDisabled: Rule = {
  meta: {
    id: 'replica-read-only-disabled',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: '`replica-read-only no`: clients may write to a replica.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const record = model.config?.effective('replica-read-only');
    if (!record || record.values[0].toLowerCase() !== 'no') return;
    report(valueSpanOf(record),
      '`replica-read-only no` lets clients write to this server while it is a replica: the writes silently diverge from the primary and vanish at the next resync, and attackers use writable replicas to stage payloads (the Migo campaign turns this off). '
      + 'Write `replica-read-only yes` (the default).',
      { file: record.file });
  },
};
