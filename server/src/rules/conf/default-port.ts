import { exposureOf } from '../shared/exposure.js';
import { anchorFor, valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const defaultPort: Rule = {
  meta: {
    id: 'default-port',
    category: 'security',
    severity: 'info',
    fixable: false,
    description: 'A server reachable from any network listens on the default port 6379, the first one mass scanners probe.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const x = exposureOf(model);
    if (!x || !x.publicly || (x.auth.state === 'none' && x.protectedMode.active)) return;
    const l = x.listening;
    const record = l.port === 6379 ? l.portRecord : l.tlsPort === 6379 ? l.tlsPortRecord : undefined;
    if (l.port !== 6379 && l.tlsPort !== 6379) return;
    const anchor = record ? { file: record.file, span: valueSpanOf(record) } : anchorFor(model, ['bind']);
    report(anchor.span,
      'Port 6379 is the first port internet-wide scanners and worms (cryptominers, P2PInfect) probe for open Redis. '
      + 'A different port is no protection on its own, but on a reachable server it keeps you out of most automated sweeps; pick another port and keep authentication and a firewall in place.',
      { file: anchor.file });
  },
};
