import { exposureOf, portsText } from '../shared/exposure.js';
import { absenceUnknown, anchorFor, valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const sentinelNoAuthentication: Rule = {
  meta: {
    id: 'sentinel-no-authentication',
    category: 'security',
    severity: 'error',
    fixable: false,
    description: 'A Sentinel that requires no password (no `requirepass`, or `user default … nopass`).',
    kinds: ['sentinel'],
  },
  check({ model, report }) {
    const x = exposureOf(model);
    if (!x || x.auth.state !== 'none' || x.localOnly) return;
    if (x.auth.via === 'no-requirepass' && absenceUnknown(model)) return;
    const auth = x.auth;
    const where = auth.via === 'default-user-nopass' && auth.defaultUser?.nopassSpan
      ? { file: auth.defaultUser.record.file, span: auth.defaultUser.nopassSpan }
      : auth.via === 'empty-requirepass' && auth.requirepass
        ? { file: auth.requirepass.file, span: valueSpanOf(auth.requirepass) }
        : anchorFor(model, ['requirepass', 'port']);
    const protectedNow = x.protectedMode.active;
    report(where.span,
      `This Sentinel requires no password on ${portsText(x.listening)}${protectedNow ? ' (protected mode, set explicitly, only lets loopback clients in)' : ', and Sentinel turns protected mode off by default'}: `
      + 'anyone who reaches it can run SENTINEL commands, force a failover, or make clients follow a primary of their own choosing (SENTINEL REMOVE/MONITOR), and read the addresses of your servers. '
      + 'Set `requirepass` (Sentinels then use it towards each other too), or `sentinel sentinel-user`/`sentinel-pass` with ACL users, on every Sentinel.',
      { file: where.file, severity: protectedNow ? 'warning' : 'error' });
  },
};
