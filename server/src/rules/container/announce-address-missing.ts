import { enumValue, intValue } from '../../model/config/queries.js';
import type { Span } from '../../model/index.js';
import type { Rule } from '../types.js';
import { isSet, sentinelLines } from './support.js';

export const announceAddressMissing: Rule = {
  meta: {
    id: 'announce-address-missing',
    category: 'reliability',
    severity: 'warning',
    fixable: false,
    description: 'A Sentinel, cluster node or replica behind published container ports (NAT) without `announce-ip`/`announce-port`: it advertises an address others cannot reach.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const config = model.config;
    const deployment = model.deployment;
    if (!config || !deployment?.container || deployment.hostNetwork || !deployment.publishedPorts?.length) return;
    const sentinel = model.kind === 'sentinel';
    const port = intValue(config, 'port', sentinel ? 26379 : 6379);
    const published = deployment.publishedPorts.find((p) => p.container === port) ?? deployment.publishedPorts[0];
    const remapped = published.host === 0 || published.host !== published.container;
    const related = [{ file: published.file, span: published.span, message: 'the port is published through NAT here' }];
    const missing: string[] = [];
    let anchor: { file: string; span: Span } | undefined;
    let role: string;
    if (sentinel) {
      const monitor = sentinelLines(config, 'monitor')[0];
      if (!monitor) return;
      if (sentinelLines(config, 'announce-ip').length === 0) missing.push('sentinel announce-ip');
      if (remapped && sentinelLines(config, 'announce-port').length === 0) missing.push('sentinel announce-port');
      anchor = { file: monitor.file, span: monitor.directive.span };
      role = 'This Sentinel tells the other Sentinels and its clients the address it sees inside the container';
    } else if (enumValue(config, 'cluster-enabled', 'no') === 'yes') {
      const record = config.effective('cluster-enabled');
      if (!isSet(config, 'cluster-announce-ip') && !isSet(config, 'cluster-announce-hostname')) missing.push('cluster-announce-ip');
      if (remapped && intValue(config, 'cluster-announce-port', 0) === 0) missing.push('cluster-announce-port');
      if (remapped && intValue(config, 'cluster-announce-bus-port', 0) === 0) missing.push('cluster-announce-bus-port');
      if (record) anchor = { file: record.file, span: record.directive.span };
      role = 'This cluster node tells clients (MOVED/ASK redirects, CLUSTER SLOTS) and the other nodes the address it sees inside the container';
    } else {
      const replicaof = config.effective('replicaof');
      if (!replicaof || (replicaof.values[0] ?? '').toLowerCase() === 'no') return;
      if (!isSet(config, 'replica-announce-ip')) missing.push('replica-announce-ip');
      if (remapped && intValue(config, 'replica-announce-port', 0) === 0) missing.push('replica-announce-port');
      anchor = { file: replicaof.file, span: replicaof.directive.span };
      role = 'This replica reports the address it sees inside the container to its primary, which is what Sentinels and clients then use to reach it';
    }
    if (missing.length === 0 || !anchor) return;
    report(anchor.span,
      `${role}, but its port is published through NAT (${published.host || 'a random host port'} → ${published.container}), so that address is not reachable from outside the container network and failovers or redirects lead nowhere. `
      + `Set ${missing.map((m) => `\`${m}\``).join(', ')} to the address${remapped ? ' and port' : ''} others use to reach it.`,
      { file: anchor.file, related });
  },
};
