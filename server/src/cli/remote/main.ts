// `redis-lint remote ADDRESS…`: reads a running server's configuration and users and lints
// them with the same rules as a file, or compares them with a file (--compare).

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { useNodeKnowledgeSource } from '../../knowledge/loader-node.js';
import { ConfigResolver, settingsFor, type ConfigFs, type LoadedConfig } from '../../linter/config-file.js';
import type { Severity } from '../../linter/index.js';
import { analyze, decodeText, DEFAULT_TARGET, parseTarget, type Target } from '../../model/index.js';
import { compareLive, liveTarget, serverVersion, type DriftResult } from '../../model/live/index.js';
import { UsageError } from '../discover.js';
import { formatHtml, type HtmlReport } from '../format/html.js';
import { findDocsDir } from '../rule-catalog.js';
import type { Io } from '../main.js';
import { nodeFiles } from '../node-files.js';
import { readServer, RemoteError, type ServerRead } from './client.js';
import { formatSkippedRules } from './file-only.js';
import { REMOTE_HELP } from './help.js';
import { lintLive, type LiveReport } from './report.js';
import { parseAddress, withEnvironmentCredentials, type ServerAddress } from './url.js';

declare const REDIS_LINT_VERSION: string;

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };
const FORMATS = ['text', 'json', 'html'] as const;
type RemoteFormat = (typeof FORMATS)[number];

interface RemoteOptions {
  readonly addresses: string[];
  readonly format: RemoteFormat;
  readonly compare?: string;
  readonly redisVersion?: string;
  readonly config?: string;
  readonly severity: Severity;
  readonly maxWarnings?: number;
  readonly tls: { ca?: string; cert?: string; key?: string };
  readonly timeoutMs: number;
  readonly printConfig: boolean;
  readonly listRules: boolean;
  readonly color?: boolean;
  readonly help: boolean;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got '${value}')`);
  return value as T;
}

function wholeNumber(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${name} needs a whole number${min > 0 ? ` of at least ${min}` : ''} (got '${value}')`);
  return Number(value);
}

export function parseRemoteOptions(argv: readonly string[]): RemoteOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        compare: { type: 'string' },
        'redis-version': { type: 'string' },
        config: { type: 'string', short: 'c' },
        severity: { type: 'string' },
        'max-warnings': { type: 'string' },
        'tls-ca': { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        timeout: { type: 'string' },
        'print-config': { type: 'boolean' },
        'list-file-only-rules': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        // Refused with a clear message rather than "unknown option".
        password: { type: 'string' },
        pass: { type: 'string' },
        a: { type: 'string', short: 'a' },
      },
    });
  } catch (error) {
    throw new UsageError(`remote: ${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '')}`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const str = (name: string) => values[name] as string | undefined;
  if (str('password') !== undefined || str('pass') !== undefined || str('a') !== undefined) {
    throw new UsageError('remote: passwords are not taken on the command line (other users can read it); set REDIS_LINT_PASSWORD or REDISCLI_AUTH, or put it in the address');
  }
  const options: RemoteOptions = {
    addresses: parsed.positionals,
    format: oneOf('format', str('format'), FORMATS) ?? 'text',
    ...(str('compare') ? { compare: str('compare') } : {}),
    ...(str('redis-version') ? { redisVersion: str('redis-version') } : {}),
    ...(str('config') ? { config: str('config') } : {}),
    severity: oneOf('severity', str('severity'), ['error', 'warning', 'info'] as const) ?? 'warning',
    ...(str('max-warnings') !== undefined ? { maxWarnings: wholeNumber('max-warnings', str('max-warnings'), 0) } : {}),
    tls: {
      ...(str('tls-ca') ? { ca: str('tls-ca') } : {}),
      ...(str('tls-cert') ? { cert: str('tls-cert') } : {}),
      ...(str('tls-key') ? { key: str('tls-key') } : {}),
    },
    timeoutMs: wholeNumber('timeout', str('timeout'), 1) ?? 5000,
    printConfig: values['print-config'] === true,
    listRules: values['list-file-only-rules'] === true,
    ...(values.color === true ? { color: true } : values['no-color'] === true ? { color: false } : {}),
    help: values.help === true,
  };
  if (!options.help && !options.listRules && options.addresses.length === 0) {
    throw new UsageError('remote: no server to audit; pass an address such as redis://127.0.0.1:6379 (see redis-lint remote --help)');
  }
  if (Boolean(options.tls.cert) !== Boolean(options.tls.key)) throw new UsageError('remote: --tls-cert and --tls-key go together');
  if (options.printConfig && options.compare) throw new UsageError('remote: --print-config prints the configuration; --compare compares it with a file; use one');
  return options;
}

function version(): string {
  return typeof REDIS_LINT_VERSION === 'string' ? REDIS_LINT_VERSION : '0.0.0-dev';
}

const nodeConfigFs: ConfigFs = {
  readText(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new UsageError(`${path}: cannot read: ${(error as Error).message}`);
    }
  },
  exists: (path) => existsSync(path),
};

function targetFor(read: ServerRead, cli: Target | undefined, configured: string | undefined): { target: Target; version?: string } {
  const reported = read.snapshot.info ? serverVersion(read.snapshot.info) : undefined;
  if (cli) return { target: cli, ...(reported ? { version: reported } : {}) };
  if (read.snapshot.info) {
    const parsed = liveTarget(read.snapshot.info);
    if (!parsed.ok) throw new RemoteError(`the server's version is not one redis-lint knows: ${parsed.message} (pass --redis-version)`);
    return { target: parsed.target, ...(reported ? { version: reported } : {}) };
  }
  if (configured) {
    const parsed = parseTarget(configured);
    if (parsed.ok) return { target: parsed.target };
  }
  return { target: DEFAULT_TARGET };
}

interface Outcome {
  readonly display: string;
  readonly report?: LiveReport;
  readonly drift?: DriftResult & { file: string };
  readonly server?: { version?: string; user: string };
}

function paint(color: boolean, style: Parameters<typeof styleText>[0], text: string): string {
  return color ? styleText(style, text) : text;
}

const SEVERITY_STYLE: Record<Severity, Parameters<typeof styleText>[0]> = { error: 'red', warning: 'yellow', info: 'cyan' };

function formatFindingsText(outcomes: readonly Outcome[], color: boolean): string {
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const o of outcomes) {
    for (const f of o.report?.findings ?? []) {
      counts[f.severity]++;
      out.push(`${paint(color, 'bold', `${o.display} ${f.subject}:`)} ${paint(color, SEVERITY_STYLE[f.severity], f.severity)} ${f.message} ${paint(color, 'dim', f.ruleId)}`);
      if (f.lineText) out.push(`  ${paint(color, 'dim', '|')} ${f.lineText}`);
    }
  }
  const total = counts.error + counts.warning + counts.info;
  if (total > 0) {
    const parts = [`${counts.error} error${counts.error === 1 ? '' : 's'}`, `${counts.warning} warning${counts.warning === 1 ? '' : 's'}`];
    if (counts.info > 0) parts.push(`${counts.info} info`);
    const servers = outcomes.filter((o) => o.report).length;
    out.push('', paint(color, counts.error > 0 ? 'red' : 'yellow', `${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')}) on ${servers} server${servers === 1 ? '' : 's'}`));
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

function formatDriftText(outcomes: readonly Outcome[], cwd: string, color: boolean): string {
  const out: string[] = [];
  for (const o of outcomes) {
    const drift = o.drift;
    if (!drift) continue;
    const rel = (path: string) => (path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path);
    const file = rel(drift.file);
    out.push(paint(color, 'bold', drift.entries.length === 0 ? `${o.display}: no differences from ${file}` : `${o.display}: ${drift.entries.length} difference${drift.entries.length === 1 ? '' : 's'} from ${file}`));
    for (const e of drift.entries) {
      if (e.kind === 'setting') {
        const where = e.where ? `${rel(e.where.file)}:${e.where.line}` : 'default';
        out.push(`  ${paint(color, 'yellow', e.name)}: file ${e.file}${e.fileIsDefault ? ' (default)' : ` (${where})`} → server ${e.live}`);
        out.push(`    ${paint(color, 'dim', e.note)}`);
      } else {
        out.push(`  ${paint(color, 'yellow', `user ${e.name}`)} ${e.change}${e.details.length > 0 ? `: ${e.details.join('; ')}` : ''}`);
        if (e.file) out.push(`    file:   ${e.file}`);
        if (e.live) out.push(`    server: ${e.live}`);
      }
    }
    for (const u of drift.unchecked) out.push(`  ${paint(color, 'dim', `not compared: ${u}`)}`);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

const SEVERITY_NUMBER = { error: 2, warning: 1, info: 0 } as const;

function formatJson(outcomes: readonly Outcome[]): string {
  const data = outcomes.map((o) => {
    if (o.drift) {
      return { filePath: o.display, ...(o.server?.version ? { server: o.server.version } : {}), compareWith: o.drift.file, differences: o.drift.entries, unchecked: o.drift.unchecked };
    }
    const findings = o.report?.findings ?? [];
    return {
      filePath: o.display,
      ...(o.report ? { target: o.report.target } : {}),
      ...(o.server?.version ? { server: o.server.version } : {}),
      messages: findings.map((f) => ({
        ruleId: f.ruleId, severity: SEVERITY_NUMBER[f.severity], subject: f.subject,
        line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
        message: f.message, fatal: f.fatal,
      })),
      errorCount: findings.filter((f) => f.severity === 'error').length,
      warningCount: findings.filter((f) => f.severity === 'warning').length,
      ...(o.report?.notes && o.report.notes.length > 0 ? { notChecked: o.report.notes } : {}),
    };
  });
  return `${JSON.stringify(data, null, 2)}\n`;
}

async function loadSettings(options: RemoteOptions, io: Io): Promise<LoadedConfig | undefined> {
  const resolver = new ConfigResolver(nodeConfigFs);
  if (options.config) {
    const path = resolve(io.cwd, options.config);
    if (!existsSync(path)) throw new UsageError(`--config ${options.config}: no such file`);
    return resolver.load(path);
  }
  return resolver.forDir(io.cwd);
}

export async function runRemote(argv: readonly string[], io: Io): Promise<number> {
  const options = parseRemoteOptions(argv);
  if (options.help) {
    io.stdout(REMOTE_HELP);
    return 0;
  }
  if (options.listRules) {
    io.stdout(formatSkippedRules());
    return 0;
  }
  useNodeKnowledgeSource();
  const cliTarget = options.redisVersion ? (() => {
    const parsed = parseTarget(options.redisVersion);
    if (!parsed.ok) throw new UsageError(`--redis-version: ${parsed.message}`);
    return parsed.target;
  })() : undefined;
  const loaded = await loadSettings(options, io);
  const settings = settingsFor(loaded, join(io.cwd, 'redis-lint-remote'));
  const addresses: ServerAddress[] = options.addresses.map((a) => withEnvironmentCredentials(parseAddress(a), io.env));
  let compareText: { path: string; text: string } | undefined;
  if (options.compare) {
    const path = resolve(io.cwd, options.compare);
    try {
      compareText = { path, text: decodeText(readFileSync(path)) };
    } catch (error) {
      throw new UsageError(`--compare ${options.compare}: cannot read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file' : (error as Error).message}`);
    }
  }

  let failed = false;
  const outcomes: Outcome[] = [];
  for (const address of addresses) {
    let read: ServerRead;
    try {
      read = await readServer(address, { timeoutMs: options.timeoutMs, tlsFiles: options.tls, infoOptional: cliTarget !== undefined || settings.redisVersion !== undefined });
    } catch (error) {
      if (!(error instanceof RemoteError)) throw error;
      io.stderr(`redis-lint: ${address.display}: ${error.message}\n`);
      failed = true;
      continue;
    }
    for (const warning of read.warnings) io.stderr(`redis-lint: ${address.display}: ${warning}\n`);
    let resolved: { target: Target; version?: string };
    try {
      resolved = targetFor(read, cliTarget, settings.redisVersion);
    } catch (error) {
      if (!(error instanceof RemoteError)) throw error;
      io.stderr(`redis-lint: ${address.display}: ${error.message}\n`);
      failed = true;
      continue;
    }
    const server = { user: read.user, ...(resolved.version ? { version: resolved.version } : {}) };
    const report = lintLive({
      snapshot: read.snapshot, target: resolved.target, display: address.display,
      lintOptions: settings.lintOptions, details: options.format === 'html',
    });
    if (options.printConfig) {
      io.stdout(report.maskedConfig);
      continue;
    }
    if (compareText) {
      const model = analyze({ text: compareText.text, file: compareText.path, kind: 'conf', target: resolved.target, files: nodeFiles });
      const drift = compareLive(read.snapshot, resolved.target, model);
      outcomes.push({ display: address.display, report: { ...report, findings: [] }, drift: { ...drift, file: compareText.path }, server });
      continue;
    }
    const findings = report.findings.filter((f) => RANK[f.severity] >= RANK[options.severity]);
    outcomes.push({ display: address.display, report: { ...report, findings }, server });
  }
  if (options.printConfig) return failed ? 2 : 0;

  const color = options.color ?? (io.isTty && !io.env.NO_COLOR);
  if (options.format === 'json') io.stdout(formatJson(outcomes));
  else if (options.format === 'html') {
    const reports: HtmlReport[] = outcomes.flatMap((o) => (o.report ? [{
      ...o.report,
      ...(o.server ? { server: o.server } : {}),
      ...(o.drift ? { drift: o.drift } : {}),
    }] : []));
    const docsDir = io.docsDir ?? findDocsDir();
    io.stdout(formatHtml(reports, { cwd: io.cwd, color: false, version: version(), ...(docsDir ? { docsDir } : {}) }));
  } else if (compareText) io.stdout(formatDriftText(outcomes, io.cwd, color));
  else io.stdout(formatFindingsText(outcomes, color));

  if (failed) return 2;
  if (compareText) return outcomes.some((o) => (o.drift?.entries.length ?? 0) > 0) ? 1 : 0;
  const shown = outcomes.flatMap((o) => o.report?.findings ?? []);
  const errors = shown.filter((f) => f.severity === 'error').length;
  if (options.maxWarnings !== undefined) {
    const others = shown.length - errors;
    if (others > options.maxWarnings) {
      io.stderr(`redis-lint: too many warnings (${others}; --max-warnings ${options.maxWarnings})\n`);
      return 1;
    }
    return errors > 0 ? 1 : 0;
  }
  return shown.length > 0 ? 1 : 0;
}

