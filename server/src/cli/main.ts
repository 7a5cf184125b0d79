// The redis-lint command: argument parsing, file discovery, output, exit codes.

import { readFileSync } from 'node:fs';
import { useNodeKnowledgeSource } from '../knowledge/loader-node.js';
import { lint } from '../linter/index.js';
import { decodeText, formatTarget, parseTarget, DEFAULT_TARGET, type Target } from '../model/index.js';
import { detectKind, discoverFiles, UsageError } from './discover.js';
import { formatJson } from './format/json.js';
import { formatText } from './format/text.js';
import type { FileReport } from './format/types.js';
import { HELP } from './help.js';
import { nodeFiles, readConfigFile } from './node-files.js';
import { parseLintOptions, type LintOptionsCli, type Threshold } from './options.js';

declare const REDIS_LINT_VERSION: string;

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Buffer;
  readonly cwd: string;
  readonly isTty: boolean;
  readonly env: NodeJS.ProcessEnv;
}

const RANK: Record<Threshold, number> = { error: 2, warning: 1, info: 0 };

function version(): string {
  return typeof REDIS_LINT_VERSION === 'string' ? REDIS_LINT_VERSION : 'dev';
}

function resolveTarget(options: LintOptionsCli): Target {
  if (!options.redisVersion) return DEFAULT_TARGET;
  const parsed = parseTarget(options.redisVersion);
  if (!parsed.ok) throw new UsageError(`--redis-version: ${parsed.message}`);
  return parsed.target;
}

function lintOne(path: string, text: string, options: LintOptionsCli, target: Target): FileReport {
  const kind = options.kind ?? detectKind(path, text);
  const result = lint({ text, file: path, kind, target, files: nodeFiles, ...(options.root ? { root: options.root } : {}) });
  const findings = result.findings.filter((f) => RANK[f.severity] >= RANK[options.severity]);
  return { path, kind, result, findings };
}

export function runLint(argv: readonly string[], io: Io): number {
  const options = parseLintOptions(argv);
  const target = resolveTarget(options);
  useNodeKnowledgeSource();
  const reports: FileReport[] = [];
  if (options.stdin) {
    const name = options.stdinFilename ?? '<stdin>';
    reports.push(lintOne(name, decodeText(io.readStdin()), options, target));
  } else {
    for (const path of discoverFiles(options.paths, io.cwd)) {
      const read = readConfigFile(path);
      if ('error' in read) throw new UsageError(`${path}: cannot read: ${read.error}`);
      reports.push(lintOne(path, read.text, options, target));
    }
  }
  const color = options.color ?? (io.isTty && !io.env.NO_COLOR);
  const output = options.format === 'json'
    ? formatJson(reports)
    : formatText(reports, { cwd: io.cwd, color, targetLabel: formatTarget(target) });
  io.stdout(output);
  return reports.some((r) => r.findings.length > 0) ? 1 : 0;
}

export function main(argv: readonly string[], io: Io): number {
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
    if (first === 'lint') return runLint(rest, io);
    if (argv.includes('-h') || argv.includes('--help')) {
      io.stdout(HELP);
      return 0;
    }
    return runLint(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`redis-lint: ${error.message}\n`);
      return 2;
    }
    const detail = io.env.REDIS_LINT_DEBUG ? `\n${(error as Error).stack}` : '';
    io.stderr(`redis-lint: internal error: ${(error as Error).message}${detail}\nPlease report it with the input that caused it.\n`);
    return 2;
  }
}

export function nodeIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readFileSync(0),
    cwd: process.cwd(),
    isTty: process.stdout.isTTY === true,
    env: process.env,
  };
}
