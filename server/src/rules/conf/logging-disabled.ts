import { enumValue } from '../../model/config/queries.js';
import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const loggingDisabled: Rule = {
  meta: {
    id: 'logging-disabled',
    category: 'reliability',
    severity: 'warning',
    fixable: false,
    description: '`daemonize yes` with `logfile ""` and no syslog: the log goes to /dev/null.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const config = model.config;
    const daemonize = config?.effective('daemonize');
    if (!config || !daemonize || daemonize.values[0].toLowerCase() !== 'yes') return;
    if ((config.value('logfile', '') ?? '') !== '' || enumValue(config, 'syslog-enabled', 'no') === 'yes') return;
    const logfile = config.effective('logfile');
    const where = logfile ? { file: logfile.file, span: valueSpanOf(logfile) } : { file: daemonize.file, span: daemonize.directive.span };
    report(where.span,
      'The server daemonizes with `logfile ""` and syslog off, so its log goes to /dev/null: crashes, refused configs, failed saves and security warnings (protected mode, ACL denials) leave no trace. '
      + 'Write `logfile /var/log/redis/redis-server.log`, or `syslog-enabled yes`, and ship the log to your monitoring.',
      { file: where.file });
  },
};
