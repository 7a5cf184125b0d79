import { exposureOf, portsText } from '../shared/exposure.js';
import { absenceUnknown, anchorFor } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const tlsDisabled: Rule = {
  meta: {
    id: 'tls-disabled',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: 'A server that listens beyond loopback without TLS (`tls-port`): data and passwords cross the network in cleartext.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const x = exposureOf(model);
    if (!x || x.localOnly || x.tls.enabled || absenceUnknown(model)) return;
    // Remote clients are turned away anyway while protected mode is in force.
    const reachable = x.publicly && !(x.auth.state === 'none' && x.protectedMode.active);
    const anchor = anchorFor(model, ['port', 'bind']);
    report(anchor.span,
      `No \`tls-port\`: clients reach ${portsText(x.listening)} in cleartext, so anyone on the network path reads the data and the AUTH password and can tamper with replies. `
      + 'Set `tls-port 6379` with `tls-cert-file`, `tls-key-file` and `tls-ca-cert-file` (a TLS-enabled build is needed), then close the plaintext port with `port 0`.',
      { file: anchor.file, severity: reachable ? 'warning' : 'info' });
  },
};
