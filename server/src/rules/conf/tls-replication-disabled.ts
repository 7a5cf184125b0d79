import { exposureOf } from '../shared/exposure.js';
import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const tlsReplicationDisabled: Rule = {
  meta: {
    id: 'tls-replication-disabled',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: 'A TLS-enabled replica still connects to its primary in plaintext (`tls-replication no`).',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const config = model.config;
    const x = exposureOf(model);
    const replicaof = config?.effective('replicaof');
    if (!config || !x || !x.tls.enabled || !replicaof || replicaof.values[0]?.toLowerCase() === 'no') return;
    const setting = config.effective('tls-replication');
    if (setting && setting.values[0].toLowerCase() === 'yes') return;
    const where = setting ? { file: setting.file, span: valueSpanOf(setting) } : { file: replicaof.file, span: replicaof.directive.span };
    report(where.span,
      'TLS is set up, but this replica connects to its primary without it (`tls-replication no`): the whole dataset and the masterauth password cross the network in cleartext during every sync. '
      + 'Write `tls-replication yes` and point replicaof at the primary\'s TLS port.',
      { file: where.file });
  },
};
