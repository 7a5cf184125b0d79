import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const aclLogDisabled: Rule = {
  meta: {
    id: 'acl-log-disabled',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: '`acllog-max-len 0`: denied commands and failed logins are not recorded.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const record = model.config?.effective('acllog-max-len');
    if (!record || record.values[0] !== '0') return;
    report(valueSpanOf(record),
      '`acllog-max-len 0` keeps no ACL LOG: failed AUTH attempts (password guessing) and commands or keys denied by ACL rules leave no record to alert on or investigate. '
      + 'Write `acllog-max-len 128` (the default) or more.',
      { file: record.file });
  },
};
