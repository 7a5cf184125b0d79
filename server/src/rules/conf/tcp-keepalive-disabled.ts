import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const tcpKeepaliveDisabled: Rule = {
  meta: {
    id: 'tcp-keepalive-disabled',
    category: 'reliability',
    severity: 'warning',
    fixable: false,
    description: '`tcp-keepalive 0`: dead peers are never detected.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const record = model.config?.effective('tcp-keepalive');
    if (!record || record.values[0] !== '0') return;
    report(valueSpanOf(record),
      '`tcp-keepalive 0` turns off TCP keepalives: connections whose peer vanished (crashed host, NAT or firewall timeout) stay open forever, holding client slots and memory, and replicas notice a dead link late. '
      + 'Write `tcp-keepalive 300` (the default since 3.2.1).',
      { file: record.file });
  },
};
