import { worldWritableDir } from '../shared/paths.js';
import type { Rule } from '../types.js';

const WHY: Record<string, string> = {
  dir: 'the RDB, AOF and nodes.conf files are written there: another local user can read the whole dataset, or plant a symlink under the expected file name so the next save overwrites a file of their choice',
  logfile: 'another local user can pre-create or symlink the log file, read what it records, or fill the disk',
  pidfile: 'another local user can pre-create or replace the pid file and make init scripts signal the wrong process',
  unixsocket: 'another local user can create the socket path first and impersonate the server, or remove it',
  aclfile: 'another local user can replace the ACL file and give themselves a user at the next ACL LOAD or restart',
  include: 'another local user can replace the included file and inject any directive at the next start',
};

export const worldWritablePath: Rule = {
  meta: {
    id: 'world-writable-path',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: '`dir`, `logfile`, `pidfile`, `unixsocket`, `aclfile` or `include` in /tmp or another world-writable directory.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const config = model.config;
    if (!config) return;
    for (const name of ['dir', 'logfile', 'pidfile', 'unixsocket', 'aclfile']) {
      const record = config.effective(name);
      const value = record?.values[0];
      if (!record || !value) continue;
      const tmp = worldWritableDir(value);
      if (!tmp) continue;
      const why = name === 'dir' && model.kind === 'sentinel'
        ? 'Sentinel runs from there, so another local user can plant or replace files it reads and writes relative to it'
        : WHY[name];
      report(record.directive.args[0].span,
        `${name} is in ${tmp}, a directory every local user can write to: ${why}. Use a directory owned by the redis user and closed to others, such as ${name === 'dir' ? '/var/lib/redis' : name === 'logfile' ? '/var/log/redis' : '/run/redis or /etc/redis'}.`,
        { file: record.file });
    }
    for (const include of config.includes) {
      const value = include.args[0]?.value;
      const tmp = value ? worldWritableDir(value) : undefined;
      if (!tmp) continue;
      report(include.args[0].span, `include reads a file in ${tmp}, a directory every local user can write to: ${WHY.include}. Keep included files next to the main config, owned by root.`, { file: include.file });
    }
  },
};
