import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const aclPubsubDefaultAllchannels: Rule = {
  meta: {
    id: 'acl-pubsub-default-allchannels',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: '`acl-pubsub-default allchannels`: every new ACL user may publish and subscribe on every channel.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const record = model.config?.effective('acl-pubsub-default');
    if (!record || record.values[0].toLowerCase() !== 'allchannels') return;
    report(valueSpanOf(record),
      '`acl-pubsub-default allchannels` gives every user created without `&` rules access to every Pub/Sub channel: they can read other applications\' messages and keyspace notifications (key names) and publish forged ones. '
      + 'Write `acl-pubsub-default resetchannels` (the 7.0 default) and grant channels per user (`&app:*`).',
      { file: record.file });
  },
};
