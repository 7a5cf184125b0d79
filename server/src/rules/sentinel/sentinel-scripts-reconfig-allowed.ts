import { exposureOf } from '../shared/exposure.js';
import type { Rule } from '../types.js';

export const sentinelScriptsReconfigAllowed: Rule = {
  meta: {
    id: 'sentinel-scripts-reconfig-allowed',
    category: 'security',
    severity: 'warning',
    fixable: true,
    description: '`sentinel deny-scripts-reconfig no`: clients may change the scripts Sentinel executes.',
    kinds: ['sentinel'],
  },
  check({ model, report }) {
    const x = exposureOf(model);
    for (const line of model.config?.sentinel ?? []) {
      if (line.args[0]?.value.toLowerCase() !== 'deny-scripts-reconfig' || line.args[1]?.value.toLowerCase() !== 'no') continue;
      const value = line.args[1];
      report(value.span,
        '`sentinel deny-scripts-reconfig no` lets clients change notification-script and client-reconfig-script with SENTINEL SET: whoever can talk to this Sentinel makes it execute a program of their choice on the host. '
        + 'Write `sentinel deny-scripts-reconfig yes` (the default) and set scripts in this file.',
        { file: line.file, severity: x && x.open && !x.localOnly ? 'error' : 'warning', fix: { title: 'Set deny-scripts-reconfig yes', edits: [{ span: value.span, newText: 'yes' }] } });
    }
  },
};
