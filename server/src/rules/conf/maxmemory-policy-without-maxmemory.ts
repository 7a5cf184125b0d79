import { parseMemory } from '../../model/config/queries.js';
import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const maxmemoryPolicyWithoutMaxmemory: Rule = {
  meta: {
    id: 'maxmemory-policy-without-maxmemory',
    category: 'reliability',
    severity: 'warning',
    fixable: false,
    description: 'An eviction policy is set but `maxmemory` is 0, so it never applies and memory grows without limit.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const config = model.config;
    const policy = config?.effective('maxmemory-policy');
    if (!config || !policy || policy.values[0].toLowerCase() === 'noeviction') return;
    const maxmemory = config.effective('maxmemory');
    if (maxmemory && (parseMemory(maxmemory.values[0]) ?? 0n) > 0n) return;
    report(valueSpanOf(policy),
      `maxmemory-policy ${policy.values[0]} never takes effect because maxmemory is ${maxmemory ? '0' : 'not set (0)'}: nothing is ever evicted and the server grows until the kernel's OOM killer stops it, taking all data with it. `
      + 'Set `maxmemory` to what the host can spare (for example 75% of its memory, leaving room for fork and buffers).',
      { file: policy.file, ...(maxmemory ? { related: [{ file: maxmemory.file, span: maxmemory.directive.span, message: 'maxmemory is 0 here' }] } : {}) });
  },
};
