// Runs the CLI in-process (main + a fake Io) and makes throwaway folders of config files.

import { mkdtempSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { main, type Io } from '../../server/src/cli/main.js';
import { allRules } from '../../server/src/cli/rule-catalog.js';

export const REPO = join(dirname(new URL(import.meta.url).pathname), '..', '..');
export const DOCS_DIR = join(REPO, 'docs', 'rules');
export const CORPUS = join(REPO, '..', 'shared', 'corpus');

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly stdin?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly isTty?: boolean;
  readonly stderrIsTty?: boolean;
}

export async function run(argv: readonly string[], options: RunOptions): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: () => Buffer.from(options.stdin ?? '', 'utf8'),
    cwd: options.cwd,
    isTty: options.isTty ?? false,
    stderrIsTty: options.stderrIsTty ?? false,
    env: options.env ?? {},
    docsDir: DOCS_DIR,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder (real path) with `files` written into it; removed after the test file. */
export function tempTree(files: Record<string, string | Buffer> = {}): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'redis-lint-cli-')));
  made.push(dir);
  writeTree(dir, files);
  return dir;
}

export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/** A `.redis-lint.json` body turning off every rule except `ids` (fatal findings stay). */
export function onlyRules(ids: readonly string[], extra: Record<string, unknown> = {}): string {
  const rules = Object.fromEntries(allRules().map((r) => [r.id, ids.includes(r.id) ? r.severity : 'off']));
  return JSON.stringify({ rules, ...extra }, null, 2);
}

/** Whether the shared corpus is there; under CI it must be. */
export function corpusAvailable(): boolean {
  try {
    return realpathSync(CORPUS) !== '';
  } catch {
    if (process.env.CI === 'true') throw new Error(`the shared corpus is missing at ${CORPUS} (required when CI=true)`);
    return false;
  }
}
