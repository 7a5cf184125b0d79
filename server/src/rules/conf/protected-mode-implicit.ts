import { exposureOf } from '../shared/exposure.js';
import { absenceUnknown, anchorFor, appendLineFix } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const protectedModeImplicit: Rule = {
  meta: {
    id: 'protected-mode-implicit',
    category: 'security',
    severity: 'warning',
    fixable: true,
    description: 'No `protected-mode` line on an unauthenticated server: the official Docker image then turns protected mode off.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const x = exposureOf(model);
    if (!x || x.protectedMode.explicit || x.localOnly || x.auth.state !== 'none' || absenceUnknown(model)) return;
    const anchor = anchorFor(model, ['bind', 'port']);
    const fix = appendLineFix(model, 'protected-mode yes', 'Add protected-mode yes');
    report(anchor.span,
      'No `protected-mode` line and no password: Redis defaults to protected mode, but the official Docker image starts redis-server with `--protected-mode no` '
      + 'whenever the config file does not set it, and then anyone who reaches the port has full access. Write `protected-mode yes` explicitly, and require authentication.',
      { file: anchor.file, severity: x.publicly ? 'warning' : 'info', ...(fix ? { fix } : {}) });
  },
};
