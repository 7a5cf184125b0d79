import { enumValue, parseMemory } from '../../model/config/queries.js';
import type { Rule } from '../types.js';

export const persistenceDisabled: Rule = {
  meta: {
    id: 'persistence-disabled',
    category: 'reliability',
    severity: 'warning',
    fixable: false,
    description: 'Neither RDB snapshots nor the AOF are on (`save ""` and `appendonly no`): a restart loses every key.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const config = model.config;
    if (!config || !config.savePoints || config.savePoints.length > 0) return;
    if (enumValue(config, 'appendonly', 'no') !== 'no') return;
    const save = config.effective('save');
    if (!save) return;
    const maxmemory = parseMemory(config.value('maxmemory', '0') ?? '0') ?? 0n;
    const policy = enumValue(config, 'maxmemory-policy', 'noeviction');
    const cache = maxmemory > 0n && policy !== 'noeviction';
    const replica = config.effective('replicaof') !== undefined && enumValue(config, 'replicaof', 'no') !== 'no';
    const appendonly = config.effective('appendonly');
    report(save.directive.span,
      'Persistence is off (`save ""` and appendonly no): a restart or crash loses every key, and if a primary restarts empty its replicas resync from it and are wiped too. '
      + (cache ? 'This looks like a cache (maxmemory with an eviction policy), where that may be intended. ' : '')
      + 'Turn on the AOF (`appendonly yes`) or RDB snapshots (`save 3600 1 300 100 60 10000`), unless the data can be rebuilt.',
      {
        file: save.file,
        severity: cache || replica ? 'info' : 'warning',
        ...(appendonly ? { related: [{ file: appendonly.file, span: appendonly.directive.span, message: 'the AOF is turned off here' }] } : {}),
      });
  },
};
