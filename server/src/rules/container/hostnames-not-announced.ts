import { enumValue } from '../../model/config/queries.js';
import type { Rule } from '../types.js';
import { isHostname, sentinelLines, sentinelValue } from './support.js';

export const hostnamesNotAnnounced: Rule = {
  meta: {
    id: 'hostnames-not-announced',
    category: 'reliability',
    severity: 'warning',
    fixable: false,
    description: 'Nodes found by hostname in containers, but addresses are announced as IPs, which change when a container or pod is recreated.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const config = model.config;
    if (!config || !model.deployment?.container) return;
    const restart = model.deployment.platform === 'kubernetes' ? 'a pod is rescheduled' : 'a container is recreated';
    if (model.kind === 'sentinel') {
      const monitor = sentinelLines(config, 'monitor').find((m) => isHostname(m.args[2]?.value ?? ''));
      if (!monitor || sentinelValue(config, 'resolve-hostnames') !== 'yes' || sentinelValue(config, 'announce-hostnames') === 'yes') return;
      report(monitor.args[2].span,
        `Sentinel finds ${monitor.args[2].value} by name but announces IP addresses to clients (SENTINEL GET-MASTER-ADDR-BY-NAME) and to the other Sentinels; the IP changes when ${restart}, and clients are sent to an address that no longer exists. `
        + 'Add `sentinel announce-hostnames yes` (and give the replicas `replica-announce-ip <their hostname>`).',
        { file: monitor.file });
      return;
    }
    const hostname = config.effective('cluster-announce-hostname');
    if (enumValue(config, 'cluster-enabled', 'no') === 'yes' && hostname && (hostname.values[0] ?? '') !== '' && enumValue(config, 'cluster-preferred-endpoint-type', 'ip') !== 'hostname') {
      report(hostname.directive.span,
        `cluster-announce-hostname is set, but cluster-preferred-endpoint-type is ip, so clients are still redirected to IP addresses, which change when ${restart}. Add \`cluster-preferred-endpoint-type hostname\`.`,
        { file: hostname.file });
    }
  },
};
