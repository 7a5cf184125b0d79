import { replaceValueFix, valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

const OUTDATED = new Set(['tlsv1', 'tlsv1.0', 'tlsv1.1', 'sslv3', 'sslv2']);

export const tlsProtocolsOutdated: Rule = {
  meta: {
    id: 'tls-protocols-outdated',
    category: 'security',
    severity: 'warning',
    fixable: true,
    description: '`tls-protocols` allows TLSv1 or TLSv1.1.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const record = model.config?.effective('tls-protocols');
    if (!record) return;
    const protocols = record.values.join(' ').split(/\s+/).filter((p) => p !== '');
    const old = protocols.filter((p) => OUTDATED.has(p.toLowerCase()));
    if (old.length === 0) return;
    report(valueSpanOf(record),
      `tls-protocols allows ${old.join(' and ')}, deprecated by RFC 8996: their weaknesses (BEAST, no AEAD ciphers) let an attacker on the path downgrade and decrypt connections. `
      + 'Write `tls-protocols "TLSv1.2 TLSv1.3"` (an empty value means the same).',
      { file: record.file, fix: replaceValueFix(record, '"TLSv1.2 TLSv1.3"', 'Allow only TLSv1.2 and TLSv1.3') });
  },
};
