import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const unixSocketWorldWritable: Rule = {
  meta: {
    id: 'unix-socket-world-writable',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: '`unixsocketperm` lets every local user connect to the unix socket.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const config = model.config;
    const socket = config?.effective('unixsocket');
    const perm = config?.effective('unixsocketperm');
    if (!socket || socket.values[0] === '' || !perm) return;
    const mode = parseInt(perm.values[0], 8);
    if (!Number.isInteger(mode) || (mode & 0o002) === 0) return;
    report(valueSpanOf(perm),
      `unixsocketperm ${perm.values[0]} gives every local user write access to the socket, which is all connect() needs: any account or compromised service on the host can talk to Redis (and over the socket protected mode never applies). `
      + 'Use `unixsocketperm 700`, or `770` with the socket in a directory of a dedicated group; on versions before 7.2.2/7.0.14/6.2.14 the socket is briefly created with the umask permissions anyway (CVE-2023-45145).',
      { file: perm.file });
  },
};
