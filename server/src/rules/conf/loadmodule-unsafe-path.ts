import { isAbsolute, normalize, resolve } from '../../model/files/paths.js';
import type { Rule } from '../types.js';
import { worldWritableDir } from '../shared/paths.js';

export const loadmoduleUnsafePath: Rule = {
  meta: {
    id: 'loadmodule-unsafe-path',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: '`loadmodule` from a relative path, a world-writable directory or the data directory.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const config = model.config;
    if (!config) return;
    const dirRecord = config.effective('dir');
    const dir = dirRecord && isAbsolute(dirRecord.values[0]) ? normalize(dirRecord.values[0]) : undefined;
    for (const module of config.modules) {
      const path = module.args[0];
      if (!path) continue;
      let why: string | undefined;
      if (!isAbsolute(path.value)) {
        why = 'a relative path, resolved against whatever directory the server runs in (or the last `dir`)';
      } else {
        const tmp = worldWritableDir(path.value);
        if (tmp) why = `a path in ${tmp}, which every local user can write to`;
        else if (dir && (resolve('/', path.value) + '/').startsWith(dir.replace(/\/?$/, '/'))) why = `inside the data directory \`dir ${dir}\`, where the server itself writes files (an attacker who can SAVE or replicate there can plant a library)`;
      }
      if (!why) continue;
      report(path.span,
        `This module is loaded from ${why}: whoever can put a file there runs native code inside the server at the next start. `
        + 'Load modules by absolute path from a root-owned directory such as /usr/lib/redis/modules.',
        { file: module.file });
    }
  },
};
