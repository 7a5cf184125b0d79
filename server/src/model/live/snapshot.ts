// What redis-lint reads from a running server, as plain data: the replies of CONFIG GET *,
// ACL LIST and INFO server. The network client lives in cli/remote; this is only its result.

import { parseTarget, type ParseTargetResult } from '../../knowledge/targets.js';

export interface LiveSnapshot {
  /** `CONFIG GET *`: name and value pairs in reply order. Sensitive values are in clear here. */
  readonly config: ReadonlyArray<readonly [string, string]>;
  /** `ACL LIST` lines; undefined when the audit user may not run it (no user checks then). */
  readonly aclList?: readonly string[];
  /** `INFO server` fields (`redis_version`, `redis_mode`, …); undefined when refused. */
  readonly info?: Readonly<Record<string, string>>;
}

/** `INFO` text → its `field:value` lines (section headers and blank lines dropped). */
export function parseInfo(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.indexOf(':');
    if (at > 0) fields[line.slice(0, at)] = line.slice(at + 1);
  }
  return fields;
}

/** The product and version the server reports: `redis-7.0.15`, `valkey-8.0.1`. */
export function serverVersion(info: Readonly<Record<string, string>>): string | undefined {
  if (info.valkey_version || info.server_name === 'valkey') {
    const version = info.valkey_version ?? info.redis_version;
    return version ? `valkey-${version}` : undefined;
  }
  return info.redis_version ? `redis-${info.redis_version}` : undefined;
}

/** The lint target for what INFO reports, e.g. redis 7.0.15 → redis-7.0 (patch 15). */
export function liveTarget(info: Readonly<Record<string, string>>): ParseTargetResult {
  const version = serverVersion(info);
  if (!version) return { ok: false, message: 'INFO server does not say which version the server runs' };
  return parseTarget(version);
}
