import { enumValue } from '../../model/config/queries.js';
import { replaceValueFix, valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const daemonizeInContainer: Rule = {
  meta: {
    id: 'daemonize-in-container',
    category: 'reliability',
    severity: 'error',
    fixable: true,
    description: '`daemonize yes` in a container: the server forks into the background, the container\'s main process exits, and the container stops or restarts in a loop.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const config = model.config;
    if (!config || !model.deployment?.container) return;
    const record = config.effective('daemonize');
    if (!record || enumValue(config, 'daemonize', 'no') !== 'yes') return;
    const where = model.deployment.platform === 'kubernetes' ? 'the pod restarts in a loop (CrashLoopBackOff)' : 'the service exits or restarts in a loop';
    report(valueSpanOf(record),
      `daemonize yes runs in a container here: redis-server forks into the background and the process the container runtime watches exits, so ${where}. `
      + 'The runtime already keeps the server in the background: write `daemonize no`.',
      { file: record.file, fix: replaceValueFix(record, 'no', 'Set daemonize no') });
  },
};
