import { exposureOf, portsText } from '../shared/exposure.js';
import { replaceValueFix, valueSpanOf } from '../shared/helpers.js';
import type { Rule, Severity } from '../types.js';

export const protectedModeDisabled: Rule = {
  meta: {
    id: 'protected-mode-disabled',
    category: 'security',
    severity: 'error',
    fixable: true,
    description: '`protected-mode no` on a server that listens beyond loopback.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const x = exposureOf(model);
    const record = x?.protectedMode.record;
    if (!x || !record || x.protectedMode.enabled || x.localOnly) return;
    let severity: Severity;
    let message: string;
    if (x.auth.state === 'none') {
      // Sentinel turns protected mode off itself; there the fix is a password (sentinel-no-authentication).
      severity = x.publicly && model.kind === 'conf' ? 'error' : 'warning';
      message = `Protected mode is off and no password is set, so every client that reaches ${portsText(x.listening)} runs commands with full access `
        + '(read and wipe data, rewrite files through CONFIG SET, load modules). '
        + 'Write `protected-mode yes` (it then serves only loopback and unix-socket clients until a password is set), and require authentication.';
    } else {
      severity = x.weakAuth ? 'warning' : 'info';
      message = 'Protected mode is off. A password is required now, so this has no effect today, but if the password is ever removed (CONFIG SET requirepass "", a `user default on nopass` line) the server is open to everyone who can reach it. '
        + 'Write `protected-mode yes` as a safety net.';
    }
    const fix = model.kind === 'conf' ? replaceValueFix(record, 'yes', 'Set protected-mode yes') : undefined;
    report(valueSpanOf(record), message, { file: record.file, severity, ...(fix ? { fix } : {}) });
  },
};
