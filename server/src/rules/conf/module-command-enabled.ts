import { exposureOf } from '../shared/exposure.js';
import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const moduleCommandEnabled: Rule = {
  meta: {
    id: 'module-command-enabled',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: '`enable-module-command yes` or `local`: clients may load native code with MODULE LOAD.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const record = model.config?.effective('enable-module-command');
    const value = record?.values[0]?.toLowerCase();
    if (!record || (value !== 'yes' && value !== 'local')) return;
    const x = exposureOf(model);
    const severity = value === 'local' ? 'info' : x && x.open && !x.localOnly ? 'error' : 'warning';
    report(valueSpanOf(record),
      `enable-module-command ${value} lets ${value === 'local' ? 'loopback and unix-socket clients' : 'any client'} allowed to run MODULE load a shared library into the server: `
      + 'this is how HeadCrab and P2PInfect run their own code (make the server a replica of a rogue primary, receive a .so as the "RDB", then MODULE LOAD it). '
      + 'Write `enable-module-command no` (the default) and load modules with `loadmodule` lines from root-owned paths.',
      { file: record.file, severity });
  },
};
