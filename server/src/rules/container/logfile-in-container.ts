import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

/** Paths that are the container's own standard output or error. */
const STDIO = new Set(['/dev/stdout', '/dev/stderr', '/proc/self/fd/1', '/proc/self/fd/2', '/dev/fd/1', '/dev/fd/2']);

export const logfileInContainer: Rule = {
  meta: {
    id: 'logfile-in-container',
    category: 'reliability',
    severity: 'warning',
    fixable: true,
    description: 'A `logfile` path in a container: the log misses `kubectl logs`/`docker logs` and your log collection, and grows inside the container.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const config = model.config;
    if (!config || !model.deployment?.container) return;
    const record = config.effective('logfile');
    const path = record?.values[0] ?? '';
    if (!record || path === '' || STDIO.has(path)) return;
    const logs = model.deployment.platform === 'kubernetes' ? '`kubectl logs`' : '`docker compose logs`';
    report(valueSpanOf(record),
      `logfile ${path} writes the log to a file inside the container: ${logs} and the cluster's log collection see nothing (not even why the server stopped), `
      + 'and the file grows on the container\'s writable layer until it is lost with the container. Write `logfile ""` to log to standard output.',
      { file: record.file, fix: { title: 'Log to standard output', edits: [{ span: valueSpanOf(record), newText: '""' }] } });
  },
};
