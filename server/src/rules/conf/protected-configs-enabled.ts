import { exposureOf } from '../shared/exposure.js';
import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const protectedConfigsEnabled: Rule = {
  meta: {
    id: 'protected-configs-enabled',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: '`enable-protected-configs yes` or `local`: CONFIG SET may change `dir`, `dbfilename` and other protected settings.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const record = model.config?.effective('enable-protected-configs');
    const value = record?.values[0]?.toLowerCase();
    if (!record || (value !== 'yes' && value !== 'local')) return;
    const x = exposureOf(model);
    const severity = value === 'local' ? 'info' : x && x.open && !x.localOnly ? 'error' : 'warning';
    report(valueSpanOf(record),
      `enable-protected-configs ${value} lets ${value === 'local' ? 'loopback and unix-socket clients' : 'any client'} with CONFIG rights change \`dir\` and \`dbfilename\` at run time: `
      + 'the classic takeover writes the dataset as /root/.ssh/authorized_keys or a cron file (CONFIG SET dir, CONFIG SET dbfilename, SAVE). '
      + 'Write `enable-protected-configs no` (the default) and change those settings in the file.',
      { file: record.file, severity });
  },
};
