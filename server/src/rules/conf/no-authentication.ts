import { exposureOf, portsText } from '../shared/exposure.js';
import { absenceUnknown, anchorFor, valueSpanOf } from '../shared/helpers.js';
import type { Rule, Severity } from '../types.js';

export const noAuthentication: Rule = {
  meta: {
    id: 'no-authentication',
    category: 'security',
    severity: 'error',
    fixable: false,
    description: 'No password and no ACL users: every client that reaches the server has full access.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const x = exposureOf(model);
    if (!x || x.auth.state !== 'none' || x.localOnly) return;
    if (x.auth.via === 'no-requirepass' && absenceUnknown(model)) return;
    const pm = x.protectedMode;
    let severity: Severity;
    let context: string;
    if (pm.active) {
      severity = 'info';
      context = pm.explicit
        ? 'Protected mode now answers remote clients with DENIED, so only loopback and unix-socket clients get in; it is the only barrier.'
        : 'Only the implicit protected mode turns remote clients away, and the official Docker image switches it off when the file does not set it (see protected-mode-implicit).';
    } else {
      severity = x.publicly ? 'error' : 'warning';
      context = 'Nothing turns remote clients away (protected mode is off or does not apply), so they can read and wipe all data, write files through CONFIG SET dir/dbfilename and load native code.';
    }
    const how = 'Set `requirepass` to a long random value, or define ACL users (`user default off` plus named users with `#<sha256>` hashes, or an `aclfile`).';
    const auth = x.auth;
    let where;
    let what: string;
    if (auth.via === 'default-user-nopass' && auth.defaultUser?.nopassSpan) {
      where = { file: auth.defaultUser.record.file, span: auth.defaultUser.nopassSpan };
      what = '`user default … nopass` lets every client in without a password';
    } else if (auth.via === 'empty-requirepass' && auth.requirepass) {
      where = { file: auth.requirepass.file, span: valueSpanOf(auth.requirepass) };
      what = '`requirepass ""` sets no password';
    } else {
      where = anchorFor(model, ['requirepass', 'bind', 'port']);
      what = 'No `requirepass`, no `user` lines and no `aclfile`: the default user needs no password';
    }
    report(where.span, `${what}, and the server listens beyond loopback on ${portsText(x.listening)}. ${context} ${how}`, { file: where.file, severity });
  },
};
