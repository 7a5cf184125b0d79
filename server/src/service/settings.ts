// Editor settings (`redisLint.*`), validated into what the linter needs. Bad values never stop
// linting: they fall back to defaults and come back as warnings to show the user.

import { RULES_BY_ID, type SeveritySetting } from '../linter/index.js';
import { DEFAULT_TARGET, formatTarget, parseTarget, type Target } from '../model/index.js';

/** The `redisLint` settings section as editors send it (untrusted JSON). */
export interface RedisLintSettings {
  /** `7.0`, `redis-7.2`, `valkey-8.0`…; empty = the default target. */
  readonly redisVersion?: string;
  /** Rule id → `error` | `warning` | `info` | `off`. */
  readonly rules?: Readonly<Record<string, string>>;
  readonly inlayHints?: { readonly memorySizes?: boolean; readonly defaults?: boolean };
}

export interface ResolvedSettings {
  readonly target: Target;
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly inlayHints: { readonly memorySizes: boolean; readonly defaults: boolean };
  /** Problems with the settings themselves, for the editor to show. */
  readonly warnings: readonly string[];
}

export const DEFAULT_SETTINGS: ResolvedSettings = {
  target: DEFAULT_TARGET,
  rules: {},
  inlayHints: { memorySizes: true, defaults: true },
  warnings: [],
};

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Accepts the `redisLint` section, or an object holding it (`{redisLint: {...}}`). */
export function resolveSettings(raw: unknown): ResolvedSettings {
  const section = isRecord(raw) && isRecord(raw.redisLint) ? raw.redisLint : raw;
  if (!isRecord(section)) return DEFAULT_SETTINGS;
  const warnings: string[] = [];

  let target = DEFAULT_TARGET;
  const version = section.redisVersion;
  if (typeof version === 'string' && version.trim() !== '') {
    const parsed = parseTarget(version);
    if (parsed.ok) target = parsed.target;
    else warnings.push(`redisLint.redisVersion: ${parsed.message} Using ${formatTarget(DEFAULT_TARGET)}.`);
  } else if (version !== undefined && version !== null && version !== '') {
    warnings.push('redisLint.redisVersion must be a string such as "7.2" or "valkey-8.0".');
  }

  const rules: Record<string, SeveritySetting> = {};
  if (isRecord(section.rules)) {
    for (const [id, value] of Object.entries(section.rules)) {
      if (!RULES_BY_ID.has(id)) {
        warnings.push(`redisLint.rules: unknown rule '${id}'.`);
        continue;
      }
      if (typeof value !== 'string' || !SEVERITIES.has(value)) {
        warnings.push(`redisLint.rules.${id}: expected error, warning, info or off.`);
        continue;
      }
      rules[id] = value as SeveritySetting;
    }
  } else if (section.rules !== undefined && section.rules !== null) {
    warnings.push('redisLint.rules must be an object mapping rule ids to severities.');
  }

  const hints = isRecord(section.inlayHints) ? section.inlayHints : {};
  return {
    target,
    rules,
    inlayHints: {
      memorySizes: hints.memorySizes !== false,
      defaults: hints.defaults !== false,
    },
    warnings,
  };
}
