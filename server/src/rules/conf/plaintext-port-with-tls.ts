import { exposureOf } from '../shared/exposure.js';
import { anchorFor, valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const plaintextPortWithTls: Rule = {
  meta: {
    id: 'plaintext-port-with-tls',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: 'TLS is enabled but the plaintext `port` stays open next to it.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const x = exposureOf(model);
    if (!x || x.localOnly || !x.tls.plaintextToo) return;
    const l = x.listening;
    const where = l.portRecord ? { file: l.portRecord.file, span: valueSpanOf(l.portRecord) } : anchorFor(model, ['tls-port']);
    report(where.span,
      `TLS listens on port ${l.tlsPort}, but the plaintext port ${l.port} is still open${l.portRecord ? '' : ' (the default)'}: any client, or an attacker on the path, can use it and read or change traffic, and passwords sent there travel in cleartext. `
      + 'Write `port 0` once every client uses TLS.',
      { file: where.file });
  },
};
