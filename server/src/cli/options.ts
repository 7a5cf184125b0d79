import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './discover.js';
import { parseDefines, splitServerArgs } from './overrides.js';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab', 'checkstyle', 'junit', 'html'] as const;
export type Format = (typeof FORMATS)[number];
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Threshold = (typeof SEVERITIES)[number];

export interface LintOptionsCli {
  readonly paths: string[];
  readonly format: Format;
  /** --format was given (not the default). */
  readonly formatGiven: boolean;
  readonly kind?: 'conf' | 'sentinel' | 'acl';
  readonly redisVersion?: string;
  readonly config?: string;
  readonly root?: string;
  readonly stdin: boolean;
  readonly stdinFilename?: string;
  readonly severity: Threshold;
  readonly maxWarnings?: number;
  readonly baseline?: string;
  readonly writeBaseline?: string;
  readonly fix: 'none' | 'write' | 'dry-run';
  readonly jobs: number;
  readonly color?: boolean;
  /** `--define VAR=VALUE`, in order (overrides.ts). */
  readonly defines?: ReadonlyArray<readonly [string, string]>;
  /** `--yaml-key path.to.key`: values of YAML files to lint as configs. */
  readonly yamlKeys?: readonly string[];
  /** Arguments after `--`: redis-server's options, applied after each conf/sentinel file. */
  readonly serverArgs?: readonly string[];
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
  }
  return value as T;
}

function count(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${name} needs a whole number${min > 0 ? ` of at least ${min}` : ''} (got '${value}')`);
  return Number(value);
}

function parse(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

export function parseLintOptions(allArgs: readonly string[]): LintOptionsCli {
  const { argv, serverArgs } = splitServerArgs(allArgs);
  const { values, positionals } = parse(argv, {
    define: { type: 'string', multiple: true },
    'yaml-key': { type: 'string', multiple: true },
    format: { type: 'string', short: 'f' },
    kind: { type: 'string' },
    'redis-version': { type: 'string' },
    config: { type: 'string', short: 'c' },
    root: { type: 'string' },
    stdin: { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    severity: { type: 'string' },
    'max-warnings': { type: 'string' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
  }) as { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };
  const str = (name: string) => values[name] as string | undefined;
  const flag = (name: string) => values[name] === true;
  const kind = oneOf('kind', str('kind'), ['conf', 'sentinel', 'acl'] as const);
  const maxWarnings = count('max-warnings', str('max-warnings'), 0);
  const jobs = count('jobs', str('jobs'), 1) ?? availableParallelism();
  if (flag('fix') && flag('fix-dry-run')) throw new UsageError('--fix writes the fixes and --fix-dry-run only shows them; use one');
  if (str('baseline') && str('write-baseline')) throw new UsageError('--baseline reads a baseline and --write-baseline writes one; use one');
  const options: LintOptionsCli = {
    paths: positionals,
    format: oneOf('format', str('format'), FORMATS) ?? 'text',
    formatGiven: str('format') !== undefined,
    stdin: flag('stdin'),
    severity: oneOf('severity', str('severity'), SEVERITIES) ?? 'warning',
    fix: flag('fix') ? 'write' : flag('fix-dry-run') ? 'dry-run' : 'none',
    jobs,
    ...(kind ? { kind } : {}),
    ...(str('redis-version') ? { redisVersion: str('redis-version') } : {}),
    ...(str('config') ? { config: str('config') } : {}),
    ...(str('root') ? { root: str('root') } : {}),
    ...(str('stdin-filename') ? { stdinFilename: str('stdin-filename') } : {}),
    ...(maxWarnings === undefined ? {} : { maxWarnings }),
    ...(str('baseline') ? { baseline: str('baseline') } : {}),
    ...(str('write-baseline') ? { writeBaseline: str('write-baseline') } : {}),
    ...(flag('color') ? { color: true } : flag('no-color') ? { color: false } : {}),
    ...(values.define ? { defines: parseDefines(values.define as string[]) } : {}),
    ...(values['yaml-key'] ? { yamlKeys: values['yaml-key'] as string[] } : {}),
    ...(serverArgs.length > 0 ? { serverArgs } : {}),
  };
  if (options.stdin && options.paths.length > 0) throw new UsageError('--stdin reads one document from standard input; do not pass paths with it');
  if (!options.stdin && options.stdinFilename) throw new UsageError('--stdin-filename needs --stdin');
  if (!options.stdin && options.paths.length === 0) throw new UsageError('no files to lint; pass PATH… or --stdin (see redis-lint --help)');
  if (options.stdin && options.fix === 'write') throw new UsageError('--fix rewrites files; with --stdin use --fix-dry-run to see the fixes as a diff');
  if (options.fix === 'dry-run' && options.formatGiven) throw new UsageError('--fix-dry-run prints a unified diff; --format does not apply to it');
  return options;
}

export interface RulesOptions {
  readonly format: 'text' | 'json';
}

export function parseRulesOptions(argv: readonly string[]): RulesOptions {
  const { values, positionals } = parse(argv, { format: { type: 'string', short: 'f' } });
  if (positionals.length > 0) throw new UsageError(`redis-lint rules takes no arguments (got '${positionals[0]}'); use redis-lint explain <rule-id> for one rule`);
  return { format: oneOf('format', values.format as string | undefined, ['text', 'json'] as const) ?? 'text' };
}
