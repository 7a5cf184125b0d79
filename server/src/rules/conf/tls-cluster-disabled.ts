import { exposureOf } from '../shared/exposure.js';
import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const tlsClusterDisabled: Rule = {
  meta: {
    id: 'tls-cluster-disabled',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: 'A TLS-enabled cluster node keeps the cluster bus in plaintext (`tls-cluster no`).',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const config = model.config;
    const x = exposureOf(model);
    const cluster = config?.effective('cluster-enabled');
    if (!config || !x || !x.tls.enabled || !cluster || cluster.values[0].toLowerCase() !== 'yes') return;
    const setting = config.effective('tls-cluster');
    if (setting && setting.values[0].toLowerCase() === 'yes') return;
    const where = setting ? { file: setting.file, span: valueSpanOf(setting) } : { file: cluster.file, span: cluster.directive.span };
    report(where.span,
      'TLS is set up, but the cluster bus between nodes stays in cleartext (`tls-cluster no`): an attacker on the network reads topology and failover messages and can forge them (the bus has no other authentication). '
      + 'Write `tls-cluster yes` on every node.',
      { file: where.file });
  },
};
