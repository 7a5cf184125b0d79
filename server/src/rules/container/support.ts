// Shared reading of sentinel and replication lines for the container rules.

import { isIpv4, isIpv6 } from '../../model/config/c-parsers.js';
import type { EffectiveConfig, SpecialRecord } from '../../model/index.js';

/** `sentinel <sub> …` lines of the config, by lower-case subcommand. */
export function sentinelLines(config: EffectiveConfig, sub: string): SpecialRecord[] {
  return config.sentinel.filter((r) => (r.args[0]?.value ?? '').toLowerCase() === sub);
}

/** The last `sentinel <sub> <value>` value, lower-cased. */
export function sentinelValue(config: EffectiveConfig, sub: string): string | undefined {
  const lines = sentinelLines(config, sub);
  return lines.length > 0 ? (lines[lines.length - 1].args[1]?.value ?? '').toLowerCase() : undefined;
}

/** A host written as a name, not an IP address (and not a template placeholder). */
export function isHostname(host: string): boolean {
  if (host === '' || isIpv4(host) || isIpv6(host)) return false;
  return /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host) && /[A-Za-z]/.test(host);
}

/** Whether a value of the config is set to something (not empty). */
export function isSet(config: EffectiveConfig, name: string): boolean {
  const record = config.effective(name);
  return record !== undefined && (record.values[0] ?? '') !== '';
}
