// The redis-lint command: argument parsing, file discovery, config files, output, exit codes.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { useNodeKnowledgeSource } from '../knowledge/loader-node.js';
import { BaselineMatcher, createBaseline, formatBaseline, parseBaseline, type BaselineKey } from '../linter/baseline.js';
import { ConfigFileError, ConfigResolver, settingsFor, type ConfigFs, type LoadedConfig } from '../linter/config-file.js';
import { decodeText, formatTarget, parseTarget, DEFAULT_TARGET, type Target } from '../model/index.js';
import { runAcl } from './acl-command.js';
import { discoverInputs, UsageError } from './discover.js';
import { addCrossFileFindings, type TaskFacts } from './cross-file.js';
import { isYamlPath } from './yaml.js';
import { formatCheckstyle } from './format/checkstyle.js';
import { formatGithub } from './format/github.js';
import { formatGitlab } from './format/gitlab.js';
import { formatHtml } from './format/html.js';
import { formatJson } from './format/json.js';
import { formatJunit } from './format/junit.js';
import { displayPath } from './format/positions.js';
import { formatSarif } from './format/sarif.js';
import { formatText } from './format/text.js';
import type { FileReport, FormatContext, ReportedFinding } from './format/types.js';
import { HELP } from './help.js';
import type { FileTask, TaskResult } from './lint-file.js';
import { parseLintOptions, parseRulesOptions, type Format, type LintOptionsCli, type Threshold } from './options.js';
import { runTasks } from './pool.js';
import { allRules, docsUrl, findDocsDir, readRuleDoc } from './rule-catalog.js';

declare const REDIS_LINT_VERSION: string;

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Buffer;
  readonly cwd: string;
  /** Standard output is a terminal (colors). */
  readonly isTty: boolean;
  readonly env: NodeJS.ProcessEnv;
  /** Standard error is a terminal (progress line). */
  readonly stderrIsTty?: boolean;
  /** The script worker threads run (the CLI bundle); without it everything runs in this thread. */
  readonly workerScript?: string;
  /** Where the rules' documentation pages are (default: found beside the bundle or in the tree). */
  readonly docsDir?: string;
}

const RANK: Record<Threshold, number> = { error: 2, warning: 1, info: 0 };

export function version(): string {
  return typeof REDIS_LINT_VERSION === 'string' ? REDIS_LINT_VERSION : '0.0.0-dev';
}

function parseVersionOption(value: string, where: string): Target {
  const parsed = parseTarget(value);
  if (!parsed.ok) throw new UsageError(`${where}: ${parsed.message}`);
  return parsed.target;
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

interface Input {
  readonly path: string;
  readonly tree: string;
  readonly text?: string;
  /** Where to look for the config file from. */
  readonly dir: string;
  /** Found by walking a folder or a glob (not named): a YAML file that is not ours is skipped quietly. */
  readonly found?: boolean;
}

function format(name: Format, reports: readonly FileReport[], ctx: FormatContext): string {
  switch (name) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, ctx);
    case 'github':
      return formatGithub(reports, ctx);
    case 'gitlab':
      return formatGitlab(reports, ctx);
    case 'checkstyle':
      return formatCheckstyle(reports, ctx);
    case 'junit':
      return formatJunit(reports, ctx);
    case 'html':
      return formatHtml(reports, ctx);
    default:
      return formatText(reports, ctx);
  }
}

function baselineKey(finding: ReportedFinding): BaselineKey {
  return { ruleId: finding.ruleId, file: finding.file, line: finding.lineText };
}

function progress(io: Io, total: number): ((done: number, total: number) => void) | undefined {
  if (!io.stderrIsTty || total < 20) return undefined;
  let last = 0;
  return (done) => {
    const now = Date.now();
    if (done === total) io.stderr('\r\x1b[K');
    else if (now - last > 100) {
      last = now;
      io.stderr(`\r\x1b[K[${done}/${total}] linting…`);
    }
  };
}

export async function runLint(argv: readonly string[], io: Io): Promise<number> {
  const options: LintOptionsCli = parseLintOptions(argv);
  const cliTarget = options.redisVersion ? parseVersionOption(options.redisVersion, '--redis-version') : undefined;
  useNodeKnowledgeSource();

  const resolver = new ConfigResolver(nodeConfigFs);
  let explicitConfig: LoadedConfig | undefined;
  if (options.config) {
    const path = resolve(io.cwd, options.config);
    if (!existsSync(path)) throw new UsageError(`--config ${options.config}: no such file`);
    explicitConfig = await resolver.load(path);
  }

  const inputs: Input[] = [];
  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>';
    const dir = options.stdinFilename ? dirname(resolve(io.cwd, name)) : io.cwd;
    inputs.push({ path: name, tree: dir, dir, text: decodeText(io.readStdin()) });
  } else {
    for (const input of discoverInputs(options.paths, io.cwd)) inputs.push({ path: input.path, tree: input.tree, dir: dirname(input.path), ...(input.explicit ? {} : { found: true }) });
  }

  const tasks: FileTask[] = [];
  // Files linted together are also checked against each other (cross-file.ts).
  const crossFile = inputs.length > 1 || inputs.some((input) => isYamlPath(input.path));
  for (const input of inputs) {
    const loaded = explicitConfig ?? (await resolver.forDir(input.dir));
    const settings = settingsFor(loaded, options.stdin ? resolve(io.cwd, input.path) : input.path);
    if (settings.ignored) continue;
    const where = loaded ? `${loaded.path}: redisVersion` : 'redisVersion';
    const target = cliTarget ?? (settings.redisVersion ? parseVersionOption(settings.redisVersion, where) : DEFAULT_TARGET);
    const kind = options.kind ?? settings.kind;
    tasks.push({
      path: input.path,
      ...(input.text === undefined ? {} : { text: input.text }),
      ...(kind ? { kind } : {}),
      target,
      targetLabel: formatTarget(target),
      ...(options.root ? { root: resolve(io.cwd, options.root) } : {}),
      lintOptions: settings.lintOptions,
      fix: options.fix,
      fixSeverity: options.severity,
      ...(options.format === 'html' ? { details: true } : {}),
      tree: input.tree,
      displayName: displayPath(input.path, io.cwd),
      ...(options.defines ? { defines: options.defines } : {}),
      ...(options.serverArgs ? { serverArgs: options.serverArgs } : {}),
      ...(options.yamlKeys ? { yamlKeys: options.yamlKeys } : {}),
      ...(crossFile ? { crossFile } : {}),
      ...(input.found && isYamlPath(input.path) ? { quietYaml: true } : {}),
    });
  }

  const results: TaskResult[] = await runTasks(tasks, {
    jobs: options.jobs,
    ...(io.workerScript ? { workerScript: io.workerScript } : {}),
    ...(progress(io, tasks.length) ? { onProgress: progress(io, tasks.length) } : {}),
  });

  let failed = false;
  let raw: FileReport[] = [];
  const facts: TaskFacts[] = [];
  for (const result of results) {
    if ('error' in result) {
      io.stderr(`redis-lint: ${result.error}\n`);
      failed = true;
    } else {
      raw.push(result.report);
      if (result.facts) facts.push(result.facts);
    }
  }
  if (facts.length > 0) {
    const rulesOf = new Map(tasks.map((t) => [t.path, t.lintOptions.rules]));
    raw = addCrossFileFindings(raw, facts, io.cwd, (path) => rulesOf.get(path));
  }

  // --severity, then the baseline.
  let matcher: BaselineMatcher | undefined;
  const baselinePath = options.baseline ?? options.writeBaseline;
  if (options.writeBaseline) {
    const path = resolve(io.cwd, options.writeBaseline);
    const keys = raw.flatMap((r) => r.findings.filter((f) => RANK[f.severity] >= RANK[options.severity] && !f.fatal).map(baselineKey));
    const baseline = createBaseline(keys, dirname(path));
    try {
      writeFileSync(path, formatBaseline(baseline));
    } catch (error) {
      throw new UsageError(`--write-baseline ${options.writeBaseline}: cannot write: ${(error as Error).message}`);
    }
    io.stderr(`redis-lint: wrote ${keys.length} finding${keys.length === 1 ? '' : 's'} to ${options.writeBaseline}\n`);
    matcher = new BaselineMatcher(baseline, dirname(path));
  } else if (options.baseline) {
    const path = resolve(io.cwd, options.baseline);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new UsageError(`--baseline ${options.baseline}: cannot read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file' : (error as Error).message}`);
    }
    try {
      matcher = new BaselineMatcher(parseBaseline(text), dirname(path));
    } catch (error) {
      throw new UsageError(`--baseline ${options.baseline}: ${(error as Error).message}`);
    }
  }
  const reports: FileReport[] = raw.map((report) => {
    const findings: ReportedFinding[] = [];
    const suppressed: ReportedFinding[] = report.suppressed.filter((f) => RANK[f.severity] >= RANK[options.severity]);
    for (const finding of report.findings) {
      if (RANK[finding.severity] < RANK[options.severity]) continue;
      if (matcher && !finding.fatal && matcher.take(baselineKey(finding))) {
        suppressed.push({ ...finding, suppressed: { kind: 'external', reason: `in the baseline ${baselinePath}` } });
      } else findings.push(finding);
    }
    return { ...report, findings, suppressed };
  });

  // Fixing.
  let fixed = 0;
  let fixedFiles = 0;
  for (const report of reports) {
    if (!report.fix) continue;
    if (report.fix.error) {
      io.stderr(`redis-lint: ${displayPath(report.path, io.cwd)}: not fixed: ${report.fix.error}\n`);
      failed = true;
    } else if (report.fix.fixed > 0) {
      fixed += report.fix.fixed;
      fixedFiles++;
    }
  }
  if (options.fix === 'dry-run') {
    io.stdout(reports.map((r) => r.fix?.diff ?? '').join(''));
  } else {
    const ctx: FormatContext = {
      cwd: io.cwd,
      color: options.color ?? (io.isTty && !io.env.NO_COLOR),
      version: version(),
      ...(io.docsDir ?? findDocsDir() ? { docsDir: io.docsDir ?? findDocsDir() } : {}),
    };
    io.stdout(format(options.format, reports, ctx));
    if (options.fix === 'write' && fixed > 0) {
      io.stderr(`redis-lint: fixed ${fixed} problem${fixed === 1 ? '' : 's'} in ${fixedFiles} file${fixedFiles === 1 ? '' : 's'}\n`);
    }
  }

  if (failed) return 2;
  const shown = reports.flatMap((r) => r.findings);
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

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - text.length));
}

export function runRules(argv: readonly string[], io: Io): number {
  const options = parseRulesOptions(argv);
  const rules = allRules();
  if (options.format === 'json') {
    const data = rules.map((r) => ({ id: r.id, category: r.category, severity: r.severity, fixable: r.fixable, kinds: r.kinds, description: r.description, docs: docsUrl(r.id) }));
    io.stdout(`${JSON.stringify(data, null, 2)}\n`);
    return 0;
  }
  const idWidth = Math.max(2, ...rules.map((r) => r.id.length));
  const lines = [`${pad('ID', idWidth)}  ${pad('CATEGORY', 11)}  ${pad('SEVERITY', 8)}  ${pad('FIX', 3)}  ${pad('KINDS', 20)}  DESCRIPTION`];
  for (const r of rules) {
    lines.push(`${pad(r.id, idWidth)}  ${pad(r.category, 11)}  ${pad(r.severity, 8)}  ${pad(r.fixable ? 'yes' : '', 3)}  ${pad(r.kinds.join(','), 20)}  ${r.description}`);
  }
  lines.push('', `${rules.length} rules. redis-lint explain <rule-id> shows one in full.`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

export function runExplain(argv: readonly string[], io: Io): number {
  if (argv.length !== 1 || argv[0].startsWith('-')) throw new UsageError('usage: redis-lint explain <rule-id> (redis-lint rules lists them)');
  const id = argv[0];
  const meta = allRules().find((r) => r.id === id);
  if (!meta) {
    const close = allRules().filter((r) => r.id.includes(id) || id.includes(r.id)).map((r) => r.id);
    throw new UsageError(`unknown rule '${id}'${close.length > 0 ? `; did you mean ${close.slice(0, 3).join(', ')}?` : ''} (redis-lint rules lists them)`);
  }
  const doc = readRuleDoc(io.docsDir ?? findDocsDir(), id);
  if (doc) {
    io.stdout(doc.endsWith('\n') ? doc : `${doc}\n`);
    return 0;
  }
  io.stdout(`# ${meta.id}\n\n${meta.description}\n\nCategory: ${meta.category}. Default severity: ${meta.severity}.${meta.fixable ? ' Fixable with --fix.' : ''}\n\nDocumentation: ${docsUrl(meta.id)}\n`);
  return 0;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === '-h' || first === '--help' || first === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (first === '-v' || first === '--version') {
      io.stdout(`redis-lint ${version()}\n`);
      return 0;
    }
    // Before the --help scan: a dryrun command may have arguments that look like options.
    if (first === 'acl') return await runAcl(rest, io);
    if (first === 'remote') return await (await import('./remote/main.js')).runRemote(rest, io);
    if (argv.includes('-h') || argv.includes('--help')) {
      io.stdout(HELP);
      return 0;
    }
    if (first === 'rules') return runRules(rest, io);
    if (first === 'explain') return runExplain(rest, io);
    if (first === 'upgrade') return (await import('./upgrade.js')).runUpgrade(rest, io);
    if (first === 'lint') return await runLint(rest, io);
    return await runLint(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`redis-lint: ${error.message}\n`);
      return 2;
    }
    if (error instanceof ConfigFileError) {
      io.stderr(`${error.errors.map((e) => `${displayPath(e.file, io.cwd)}:${e.line}:${e.column}: ${e.message}`).join('\n')}\nredis-lint: invalid config file\n`);
      return 2;
    }
    const detail = io.env.REDIS_LINT_DEBUG ? `\n${(error as Error).stack}` : '';
    io.stderr(`redis-lint: internal error: ${(error as Error).message}${detail}\nPlease report it with the input that caused it.\n`);
    return 2;
  }
}

export function nodeIo(extra: Partial<Pick<Io, 'workerScript' | 'docsDir'>> = {}): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readFileSync(0),
    cwd: process.cwd(),
    isTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    env: process.env,
    ...extra,
  };
}
