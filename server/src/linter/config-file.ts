// The `.redis-lint.json` config file (DESIGN.md "Config file"): found upward from each linted
// file, validated against its published JSON schema (schema/redis-lint.schema.json, written from
// CONFIG_SCHEMA below by `npm run schema`) with ajv, then checked for what a schema cannot know
// (rule ids, versions). Every problem comes with its line:column in the JSON text; unknown keys
// are errors, never ignored. No I/O of its own: callers pass a `ConfigFs`.

import { parseTree, findNodeAtLocation, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch';
import { parseTarget, type ModelKind } from '../model/index.js';
import { RULES } from '../rules/index.js';
import type { LintOptions, PasswordPolicy, SeveritySetting } from './index.js';
import { LINTER_RULES } from './suppressions.js';

export const CONFIG_FILE_NAME = '.redis-lint.json';

export type RuleSettings = Readonly<Record<string, SeveritySetting>>;

export interface ConfigOverride {
  /** Globs relative to the config file's folder. */
  readonly files: readonly string[];
  readonly kind?: ModelKind;
  readonly redisVersion?: string;
  readonly rules?: RuleSettings;
}

export interface RedisLintConfig {
  readonly $schema?: string;
  readonly redisVersion?: string;
  readonly rules?: RuleSettings;
  readonly ignore?: readonly string[];
  readonly overrides?: readonly ConfigOverride[];
  readonly passwordPolicy?: PasswordPolicy;
  readonly requireSuppressionReason?: boolean;
}

const SEVERITY_SETTING = { enum: ['off', 'info', 'warning', 'error'] } as const;
const RULE_MAP = {
  type: 'object',
  description: 'Severity per rule id: off, info, warning or error. Fatal findings (Redis refuses the file) stay errors.',
  propertyNames: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
  additionalProperties: SEVERITY_SETTING,
} as const;
const VERSION = {
  type: 'string',
  description: 'Target version: 6.0 6.2 7.0 7.2 7.4 8.0 valkey-7.2 valkey-8.0, optionally with a patch number (7.0.15).',
  pattern: '^(?:(?:redis|valkey)[-@ ]?)?v?\\d{1,3}\\.\\d{1,3}(?:\\.\\d{1,6}|-(?:m\\d{2}|rc\\d+))?$',
} as const;
const GLOBS = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

/** The JSON schema of `.redis-lint.json` (draft-07). */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/redis-lint/redis-lint/blob/main/schema/redis-lint.schema.json',
  title: 'redis-lint configuration (.redis-lint.json)',
  description: 'Configuration for redis-lint, found in the folder of a linted file or above it (up to a folder with .git).',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'The JSON schema of this file, for editors.' },
    redisVersion: VERSION,
    rules: RULE_MAP,
    ignore: { ...GLOBS, description: 'Files not to lint: globs relative to this file\'s folder (`**/test/**`, `legacy/*.conf`).' },
    overrides: {
      type: 'array',
      description: 'Settings for some files, applied in order after the top-level ones (later entries win).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: { ...GLOBS, minItems: 1, description: 'Globs relative to this file\'s folder.' },
          kind: { enum: ['conf', 'sentinel', 'acl'], description: 'Lint these files as this kind.' },
          redisVersion: VERSION,
          rules: RULE_MAP,
        },
      },
    },
    passwordPolicy: {
      type: 'object',
      description: 'What the password rules accept.',
      additionalProperties: false,
      properties: {
        minLength: { type: 'integer', minimum: 1, maximum: 1024, description: 'Shortest acceptable password, in characters.' },
        minScore: { type: 'integer', minimum: 0, maximum: 4, description: 'Lowest acceptable zxcvbn strength score (0 = very weak … 4 = very strong).' },
      },
    },
    requireSuppressionReason: {
      type: 'boolean',
      description: 'A `# redis-lint-disable…` comment must give a reason after ` -- `, or it does not apply.',
    },
  },
} as const;

export interface ConfigError {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export class ConfigFileError extends Error {
  constructor(readonly errors: readonly ConfigError[]) {
    super(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
  }
}

export interface LoadedConfig {
  readonly path: string;
  /** Folder the globs are relative to. */
  readonly dir: string;
  readonly config: RedisLintConfig;
}

type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
interface AjvError {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
  parentSchema?: { properties?: Record<string, unknown> };
}

let validator: Promise<Validate> | undefined;

function compileSchema(): Promise<Validate> {
  // Loaded on first use: linting without a config file never pays for ajv.
  validator ??= import('ajv').then((mod) => {
    const Ajv = (mod as unknown as { default: typeof import('ajv').default }).default;
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
    return ajv.compile(CONFIG_SCHEMA) as unknown as Validate;
  });
  return validator;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

function pointerPath(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((part) => {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(key) ? Number(key) : key;
  });
}

function describePath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return 'the file';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function typeName(node: Node | undefined): string {
  if (!node) return 'nothing';
  return node.type === 'null' ? 'null' : node.type;
}

const KNOWN_RULE_IDS = (): Set<string> => new Set([...RULES.map((r) => r.meta.id), ...LINTER_RULES.map((r) => r.id)]);

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = next;
    }
  }
  return row[b.length];
}

function suggestion(name: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? `; did you mean '${best}'?` : '';
}

/**
 * Parses and validates the text of a config file. Resolves to the config, or rejects with a
 * `ConfigFileError` listing every problem with its position.
 */
export async function parseConfigFile(text: string, path: string): Promise<RedisLintConfig> {
  const errors: ConfigError[] = [];
  const at = (offset: number, message: string) => errors.push({ file: path, ...lineColumn(text, offset), message });
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // The first syntax error only: the ones after it are usually its echo.
  for (const e of parseErrors.slice(0, 1)) at(e.offset, `invalid JSON: ${printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`);
  if (errors.length > 0 || !root) {
    if (errors.length === 0) at(0, 'invalid JSON: the file is empty');
    throw new ConfigFileError(errors);
  }
  const value = JSON.parse(text) as unknown;
  const validate = await compileSchema();
  const seen = new Set<string>();
  if (!validate(value)) {
    for (const error of validate.errors ?? []) {
      const path = pointerPath(error.instancePath);
      let node = findNodeAtLocation(root, path) ?? root;
      let message: string;
      switch (error.keyword) {
        case 'additionalProperties': {
          const key = String(error.params.additionalProperty);
          const property = findNodeAtLocation(root, [...path, key])?.parent;
          if (property?.children?.[0]) node = property.children[0];
          const allowed = Object.keys(error.parentSchema?.properties ?? {});
          message = `unknown key '${key}' in ${describePath(path)}${suggestion(key, allowed)} (allowed: ${allowed.join(', ')})`;
          break;
        }
        case 'propertyNames':
          continue; // reported by the `pattern` error on the name itself
        case 'pattern':
          if (error.params.pattern === RULE_MAP.propertyNames.pattern) {
            const key = String(error.instancePath.split('/').pop() ?? '');
            const property = findNodeAtLocation(root, path)?.parent;
            if (property?.children?.[0]) node = property.children[0];
            message = `'${key}' is not a rule id (rule ids are kebab-case, like protected-mode-disabled)`;
          } else {
            message = `${describePath(path)} is not a version like 7.0, 7.0.15 or valkey-8.0 (got ${JSON.stringify(node.value)})`;
          }
          break;
        case 'enum':
          message = `${describePath(path)} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (got ${JSON.stringify(node.value)})`;
          break;
        case 'type':
          message = `${describePath(path)} must be ${error.params.type === 'array' || error.params.type === 'object' || error.params.type === 'integer' ? 'an' : 'a'} ${String(error.params.type)} (got ${typeName(findNodeAtLocation(root, path))})`;
          break;
        case 'required':
          message = `${describePath(path)} needs '${String(error.params.missingProperty)}'`;
          break;
        default:
          message = `${describePath(path)} ${error.message ?? 'is invalid'}`;
      }
      const key = `${node.offset}:${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      at(node.offset, message);
    }
    errors.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new ConfigFileError(errors);
  }

  // What the schema cannot know: rule ids and versions.
  const config = value as RedisLintConfig;
  const known = KNOWN_RULE_IDS();
  const checkRules = (rules: RuleSettings | undefined, base: Array<string | number>) => {
    for (const id of Object.keys(rules ?? {})) {
      if (known.has(id)) continue;
      const property = findNodeAtLocation(root, [...base, id])?.parent;
      at(property?.offset ?? 0, `unknown rule id '${id}'${suggestion(id, known)} (\`redis-lint rules\` lists them)`);
    }
  };
  const checkVersion = (version: string | undefined, base: Array<string | number>) => {
    if (version === undefined) return;
    const parsed = parseTarget(version);
    if (!parsed.ok) at(findNodeAtLocation(root, base)?.offset ?? 0, `redisVersion: ${parsed.message}`);
  };
  const checkGlobs = (globs: readonly string[] | undefined, base: Array<string | number>) => {
    (globs ?? []).forEach((glob, i) => {
      if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) {
        at(findNodeAtLocation(root, [...base, i])?.offset ?? 0, `globs are relative to the folder of ${CONFIG_FILE_NAME}; '${glob}' is absolute`);
      }
    });
  };
  checkRules(config.rules, ['rules']);
  checkVersion(config.redisVersion, ['redisVersion']);
  checkGlobs(config.ignore, ['ignore']);
  (config.overrides ?? []).forEach((override, i) => {
    checkRules(override.rules, ['overrides', i, 'rules']);
    checkVersion(override.redisVersion, ['overrides', i, 'redisVersion']);
    checkGlobs(override.files, ['overrides', i, 'files']);
  });
  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new ConfigFileError(errors);
  }
  return config;
}

/** What the linter needs to find and read config files. */
export interface ConfigFs {
  /** The file's text, or undefined when there is no such file. Throws on other read errors. */
  readText(path: string): string | undefined;
  exists(path: string): boolean;
}

function parentOf(dir: string): string {
  const trimmed = dir.replace(/[\\/]+$/, '');
  const at = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (at <= 0) return trimmed.startsWith('/') ? '/' : trimmed;
  return trimmed.slice(0, at);
}

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

/**
 * The config file that applies to files in `dir` (absolute): the nearest `.redis-lint.json` in
 * `dir` or a folder above, stopping at the file-system root or at a folder that has `.git`.
 */
export function findConfigFile(dir: string, fs: ConfigFs): string | undefined {
  let current = dir;
  for (;;) {
    const candidate = join(current, CONFIG_FILE_NAME);
    if (fs.exists(candidate)) return candidate;
    if (fs.exists(join(current, '.git'))) return undefined;
    const parent = parentOf(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Finds, reads and validates config files, each once. */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();

  constructor(private readonly fs: ConfigFs) {}

  /** The config for a file in `dir`, or undefined when none applies. */
  async forDir(dir: string): Promise<LoadedConfig | undefined> {
    let path = this.byDir.get(dir);
    if (!this.byDir.has(dir)) {
      path = findConfigFile(dir, this.fs);
      this.byDir.set(dir, path);
    }
    return path === undefined ? undefined : this.load(path);
  }

  load(path: string): Promise<LoadedConfig> {
    let pending = this.loaded.get(path);
    if (!pending) {
      pending = (async () => {
        const text = this.fs.readText(path);
        if (text === undefined) throw new ConfigFileError([{ file: path, line: 1, column: 1, message: 'no such file' }]);
        return { path, dir: parentOf(path), config: await parseConfigFile(text, path) };
      })();
      this.loaded.set(path, pending);
    }
    return pending;
  }
}

/** Settings for one file. */
export interface FileSettings {
  /** Matched an `ignore` glob: do not lint. */
  readonly ignored: boolean;
  readonly redisVersion?: string;
  readonly kind?: ModelKind;
  readonly lintOptions: Pick<LintOptions, 'rules' | 'requireSuppressionReason' | 'passwordPolicy'>;
}

function relativeTo(dir: string, file: string): string {
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  if (file.startsWith(base)) return file.slice(base.length);
  // Outside the config folder (an explicit --config elsewhere): climb with ../ segments.
  const from = base.split('/').filter(Boolean);
  const to = file.split('/').filter(Boolean);
  let i = 0;
  while (i < from.length && i < to.length && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

const matchers = new Map<string, (path: string) => boolean>();
function matches(globs: readonly string[], path: string): boolean {
  return globs.some((glob) => {
    let matcher = matchers.get(glob);
    if (!matcher) {
      // A glob without a slash matches the name at any depth, as in .gitignore.
      const pattern = (glob.includes('/') && !/^[^/]+\/$/.test(glob) ? glob.replace(/^\.\//, '') : `**/${glob}`).replace(/\/+$/, '');
      // A glob naming a folder ignores everything in it.
      matcher = picomatch([pattern, `${pattern}/**`], { dot: true });
      matchers.set(glob, matcher);
    }
    return matcher(path);
  });
}

/** Applies a loaded config (or none) to a file's absolute path (forward slashes). */
export function settingsFor(loaded: LoadedConfig | undefined, file: string): FileSettings {
  if (!loaded) return { ignored: false, lintOptions: {} };
  const { config, dir } = loaded;
  const relative = relativeTo(dir, file.replace(/\\/g, '/'));
  const ignored = matches(config.ignore ?? [], relative);
  let rules: Record<string, SeveritySetting> = { ...config.rules };
  let kind: ModelKind | undefined;
  let redisVersion = config.redisVersion;
  for (const override of config.overrides ?? []) {
    if (!matches(override.files, relative)) continue;
    if (override.kind) kind = override.kind;
    if (override.redisVersion) redisVersion = override.redisVersion;
    if (override.rules) rules = { ...rules, ...override.rules };
  }
  return {
    ignored,
    ...(redisVersion ? { redisVersion } : {}),
    ...(kind ? { kind } : {}),
    lintOptions: {
      ...(Object.keys(rules).length > 0 ? { rules } : {}),
      ...(config.requireSuppressionReason ? { requireSuppressionReason: true } : {}),
      ...(config.passwordPolicy ? { passwordPolicy: config.passwordPolicy } : {}),
    },
  };
}
