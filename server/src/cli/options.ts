import { parseArgs } from 'node:util';
import { UsageError } from './discover.js';

export const FORMATS = ['text', 'json'] as const;
export type Format = (typeof FORMATS)[number];
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Threshold = (typeof SEVERITIES)[number];

export interface LintOptionsCli {
  readonly paths: string[];
  readonly format: Format;
  readonly kind?: 'conf' | 'sentinel' | 'acl';
  readonly redisVersion?: string;
  readonly root?: string;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly severity: Threshold;
  readonly color?: boolean;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
  }
  return value as T;
}

export function parseLintOptions(argv: readonly string[]): LintOptionsCli {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        kind: { type: 'string' },
        'redis-version': { type: 'string' },
        root: { type: 'string' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        severity: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values, positionals } = parsed;
  const kind = oneOf('kind', values.kind, ['conf', 'sentinel', 'acl'] as const);
  const options: LintOptionsCli = {
    paths: positionals,
    format: oneOf('format', values.format, FORMATS) ?? 'text',
    stdin: values.stdin ?? false,
    severity: oneOf('severity', values.severity, SEVERITIES) ?? 'warning',
    ...(kind ? { kind } : {}),
    ...(values['redis-version'] ? { redisVersion: values['redis-version'] } : {}),
    ...(values.root ? { root: values.root } : {}),
    ...(values['stdin-filename'] ? { stdinFilename: values['stdin-filename'] } : {}),
    ...(values.color ? { color: true } : values['no-color'] ? { color: false } : {}),
  };
  if (options.stdin && options.paths.length > 0) throw new UsageError('--stdin reads one document from standard input; do not pass paths with it');
  if (!options.stdin && options.stdinFilename) throw new UsageError('--stdin-filename needs --stdin');
  if (!options.stdin && options.paths.length === 0) throw new UsageError('no files to lint; pass PATH… or --stdin (see redis-lint --help)');
  return options;
}
