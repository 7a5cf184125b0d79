import { channelCommandEntries } from '../../model/acl/index.js';
import { aclAnalysis, lowerOf, type UserDefinition } from './analysis.js';
import type { Rule } from '../types.js';

/** A channel rule written after the last `reset` (which restores the default). */
function explicitChannels(def: UserDefinition): boolean {
  let explicit = false;
  def.rules.forEach((rule, i) => {
    if (def.failed(i) || def.isSelector(i)) return;
    const lower = lowerOf(rule);
    if (lower === 'reset') explicit = false;
    else if (lower === 'allchannels' || lower === 'resetchannels' || rule.value[0] === '&') explicit = true;
  });
  return explicit;
}

export const aclImplicitAllchannels: Rule = {
  meta: {
    id: 'acl-implicit-allchannels',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: 'An ACL user without channel rules where `acl-pubsub-default` is `allchannels` (the Redis 6.2 default): it may subscribe and publish on every channel.',
    kinds: ['acl', 'conf', 'sentinel'],
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis || analysis.pubsubDefault !== 'allchannels' || !analysis.ctx.dialect.channels) return;
    const channelCommands = channelCommandEntries(analysis.ctx.table);
    const why = analysis.pubsubFromConfig
      ? 'because `acl-pubsub-default allchannels` is set'
      : `because that is the default of Redis ${model.target.line} (\`acl-pubsub-default allchannels\`)`;
    for (const def of analysis.definitions) {
      if (def.duplicate || !def.user.enabled) continue;
      const root = def.user.selectors[0];
      if (!root.allChannels || explicitChannels(def)) continue;
      const pubsub = channelCommands.filter((c) => root.allCommands || root.allowed.get(c.id)).map((c) => c.name.toUpperCase());
      if (pubsub.length === 0) continue;
      report(def.nameSpan,
        `User ${def.name} has no channel rule, so it gets every channel (\`&*\`) ${why}: with ${pubsub.slice(0, 2).join(' and ')} it can read other applications' messages and keyspace notifications (which carry key names) and publish forged ones. `
        + 'Write its channels explicitly: `resetchannels &app:*`, or `resetchannels` alone for none.',
        { file: def.file });
    }
  },
};
