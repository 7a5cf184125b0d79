import { exposureOf } from '../shared/exposure.js';
import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const tlsClientAuthDisabled: Rule = {
  meta: {
    id: 'tls-client-auth-disabled',
    category: 'security',
    severity: 'info',
    fixable: false,
    description: '`tls-auth-clients no`: TLS clients need no certificate.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const x = exposureOf(model);
    const record = model.config?.effective('tls-auth-clients');
    if (!x || !record || !x.tls.enabled || x.localOnly || record.values[0].toLowerCase() !== 'no') return;
    report(valueSpanOf(record),
      '`tls-auth-clients no` accepts TLS connections from any client, certificate or not, so the TLS port adds encryption but no authentication: '
      + (x.open ? 'and with no strong password either, anyone who reaches it gets in. ' : 'only the password stands between a stranger and the server. ')
      + 'Use `tls-auth-clients yes` (the default) with client certificates from your CA, or `optional` while migrating.',
      { file: record.file, severity: x.open ? 'warning' : 'info' });
  },
};
