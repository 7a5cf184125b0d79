import { exposureOf } from '../shared/exposure.js';
import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const idleTimeoutDisabled: Rule = {
  meta: {
    id: 'idle-timeout-disabled',
    category: 'reliability',
    severity: 'info',
    fixable: false,
    description: '`timeout 0` on a server reachable beyond loopback: idle connections are never closed.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const record = model.config?.effective('timeout');
    const x = exposureOf(model);
    if (!record || !x || record.values[0] !== '0' || x.localOnly) return;
    report(valueSpanOf(record),
      '`timeout 0` never closes idle connections: leaked client connections and anyone who opens sockets and leaves them idle use up `maxclients` until new clients are refused. '
      + 'Set an idle timeout suited to your clients (e.g. `timeout 300`; pooled clients reconnect) and keep `tcp-keepalive` on.',
      { file: record.file });
  },
};
