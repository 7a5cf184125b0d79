import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

export const keyspaceNotificationsAll: Rule = {
  meta: {
    id: 'keyspace-notifications-all',
    category: 'reliability',
    severity: 'warning',
    fixable: false,
    description: '`notify-keyspace-events` with `A` (every event class): every write is published to Pub/Sub.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    const record = model.config?.effective('notify-keyspace-events');
    const value = record?.values[0] ?? '';
    if (!record || !value.includes('A') || !/[KE]/.test(value)) return;
    report(valueSpanOf(record),
      `notify-keyspace-events ${value} publishes an event for every write and expiry: it costs CPU on every command, and any client allowed to subscribe to \`__keyspace@*__\`/\`__keyevent@*__\` sees every key name (on 6.2 every user may subscribe to every channel by default). `
      + 'Enable only the classes a consumer needs, e.g. `Ex` for expirations, and restrict channels with ACL `&` rules.',
      { file: record.file });
  },
};
