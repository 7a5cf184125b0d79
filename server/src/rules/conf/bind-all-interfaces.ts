import { atLeast } from '../../model/config/queries.js';
import { absenceUnknown, anchorFor, appendLineFix, replaceValueFix, targetName, valueSpanOf } from '../shared/helpers.js';
import { exposureOf, portsText } from '../shared/exposure.js';
import type { Rule, Severity } from '../types.js';

export const bindAllInterfaces: Rule = {
  meta: {
    id: 'bind-all-interfaces',
    category: 'security',
    severity: 'error',
    fixable: true,
    description: 'The server listens on every network interface (a wildcard bind, or no bind line at all).',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const config = model.config;
    const x = exposureOf(model);
    if (!config || !x) return;
    const l = x.listening;
    if (!l.tcp || l.scope !== 'all' || (l.implicit && absenceUnknown(model))) return;
    const sentinel = model.kind === 'sentinel';
    const pm = x.protectedMode;

    let severity: Severity;
    let risk: string;
    if (x.open && !(x.auth.state === 'none' && pm.active)) {
      severity = 'error';
      risk = x.auth.state === 'none'
        ? 'and no password is required, so anyone who can reach it gets full control'
        : 'and its password is one attackers guess first, so anyone who can reach it gets full control';
      risk += sentinel
        ? ' (trigger failovers, point clients at a server of their own).'
        : ' (read or wipe all data, write files with CONFIG SET dir/dbfilename, load native code with MODULE LOAD or a rogue replicaof).';
    } else if (x.auth.state === 'none') {
      // Protected mode turns remote strangers away, as long as it stays on.
      // Without a bind line the server runs as shipped; protected-mode-implicit covers Docker.
      severity = l.implicit ? 'info' : pm.explicit ? 'warning' : 'error';
      risk = pm.explicit
        ? 'and only protected mode keeps strangers out: remote clients get DENIED because no password is set, so listening everywhere buys nothing and one `protected-mode no` exposes everything.'
        : 'and only the implicit protected mode keeps strangers out; the official Docker image starts Redis with `--protected-mode no` when the file does not set it, which gives anyone who reaches the port full control.';
    } else {
      severity = 'warning';
      risk = 'so every network the host is on can try passwords and exploit pre-authentication bugs (CVE-2025-21605 lets unauthenticated clients grow output buffers).';
    }
    const loopback = atLeast(model.target, 6, 2) ? '127.0.0.1 -::1' : '127.0.0.1';
    const advice = sentinel
      ? ` Bind to loopback plus the private addresses peers and clients use (\`bind ${loopback} 10.0.0.9\`) and firewall port ${l.port}.`
      : ` Bind to loopback plus the private addresses clients use (\`bind ${loopback} 10.0.0.5\`), keep the port behind a firewall, and require authentication.`;

    if (l.bind) {
      const message = `\`bind ${l.bind.values.join(' ')}\` listens on every network interface on ${portsText(l)}, ${risk}${advice}`;
      report(valueSpanOf(l.bind), message, {
        file: l.bind.file,
        severity,
        ...(sentinel ? {} : { fix: replaceValueFix(l.bind, loopback, `Bind to loopback only (${loopback})`) }),
      });
      return;
    }
    const anchor = anchorFor(model, ['port', 'tls-port']);
    const message = `No \`bind\` line: ${targetName(model)} then listens on every network interface on ${portsText(l)}, ${risk}${advice}`;
    const fix = sentinel ? undefined : appendLineFix(model, `bind ${loopback}`, `Add bind ${loopback}`);
    report(anchor.span, message, { file: anchor.file, severity, ...(fix ? { fix } : {}) });
  },
};
