import { exposureOf } from '../shared/exposure.js';
import { replaceValueFix, valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const debugCommandEnabled: Rule = {
  meta: {
    id: 'debug-command-enabled',
    category: 'security',
    severity: 'warning',
    fixable: true,
    description: '`enable-debug-command yes` or `local`: clients may run DEBUG, which can crash the server or corrupt its state.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const record = model.config?.effective('enable-debug-command');
    const value = record?.values[0]?.toLowerCase();
    if (!record || (value !== 'yes' && value !== 'local')) return;
    const x = exposureOf(model);
    const severity = value === 'local' ? 'info' : x && x.open && !x.localOnly ? 'error' : 'warning';
    report(valueSpanOf(record),
      `enable-debug-command ${value} lets ${value === 'local' ? 'loopback and unix-socket clients' : 'any client'} with access to DEBUG crash the server (DEBUG SEGFAULT, DEBUG PANIC), `
      + 'stall it (DEBUG SLEEP), or change its state behind replication\'s back (DEBUG SET-ACTIVE-EXPIRE, DEBUG RELOAD, DEBUG PROTOCOL). '
      + 'Write `enable-debug-command no` (the default) and enable it only on a test server.',
      { file: record.file, severity, fix: replaceValueFix(record, 'no', 'Set enable-debug-command no') });
  },
};
