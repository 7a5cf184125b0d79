// Machinery for the end-to-end suite: child processes in their own process groups (ended by
// pid, even when a test fails or times out), code-server 4.100.3 with a freshly installed .vsix,
// headless Debian chromium driven by playwright-core, and small helpers that drive the VS Code
// workbench the way a user does (Quick Open, Problems panel, hover, Ctrl+.).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, copyFileSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const RESULTS = join(REPO, 'test-results', 'e2e');
export const CHROMIUM = '/usr/bin/chromium';
const CODE_SERVER = join(REPO, '.tools/code-server/node_modules/code-server/out/node/entry.js');

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const started = Date.now();
/** Progress on stdout with seconds since the suite started. */
export function log(message: string): void {
  console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);
}

/** The environment for child processes, without what vitest sets for its own workers. */
export function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VITEST|NODE_OPTIONS$|NODE_ENV$|TEST$|VSCODE_)/.test(key)) continue;
    env[key] = value;
  }
  return env;
}

/** Runs a command to completion; its output goes to test-results/e2e/<logName>.log. */
export function run(command: string, args: readonly string[], logName: string, timeoutMs: number): void {
  const t0 = Date.now();
  const result = spawnSync(command, args, { cwd: REPO, env: childEnv(), encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' });
  const output = `$ ${command} ${args.join(' ')}\n${result.stdout ?? ''}${result.stderr ?? ''}`;
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${logName}.log`), output);
  if (result.status !== 0) {
    const why = result.error ? String(result.error) : `exit status ${result.status}${result.signal ? `, signal ${result.signal}` : ''}`;
    throw new Error(`${command} ${args.join(' ')} failed (${why}):\n${output.slice(-4000)}`);
  }
  log(`${logName}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// ---- process groups ----------------------------------------------------------------------

/** Process groups this suite started; each is ended by its id (the leader's pid). */
const groups = new Set<number>();

/** Temporary folders removed on an abnormal exit too. */
const tempDirs = new Set<string>();

export function removeOnExit(dir: string): void {
  tempDirs.add(dir);
}

/**
 * Last resort when the worker exits or is stopped without running afterAll (the normal path):
 * Ctrl+C / SIGTERM reach the worker, and a vitest main process that dies (SIGTERM to it leaves
 * the forked worker running) closes the IPC channel: 'disconnect'.
 */
function killAll(): void {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  groups.clear();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}
process.once('exit', killAll);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(code);
  });
}
process.once('disconnect', () => {
  killAll();
  process.exit(1); // orphaned (vitest stops its workers with SIGTERM, never by disconnecting)
});

export function trackGroup(pgid: number): void {
  groups.add(pgid);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves when no member is left (or after 5 s more). */
export async function endGroup(pgid: number, graceMs = 5_000): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pgid, name);
    } catch {
      // already gone
    }
  };
  if (groupAlive(pgid)) {
    signal('SIGTERM');
    for (const deadline = Date.now() + graceMs; groupAlive(pgid) && Date.now() < deadline; ) await sleep(100);
    if (groupAlive(pgid)) {
      log(`process group ${pgid} still alive after SIGTERM: SIGKILL`);
      signal('SIGKILL');
      for (const deadline = Date.now() + 5_000; groupAlive(pgid) && Date.now() < deadline; ) await sleep(100);
    }
  }
  groups.delete(pgid);
}

/** Starts a process as the leader of a new process group, its output appended to `logFile`. */
export function spawnGroup(command: string, args: readonly string[], logFile: string): ChildProcess {
  const fd = openSync(logFile, 'a');
  try {
    const child = spawn(command, args, { cwd: REPO, env: childEnv(), detached: true, stdio: ['ignore', fd, fd] });
    if (child.pid === undefined) throw new Error(`could not start ${command}`);
    trackGroup(child.pid);
    return child;
  } finally {
    closeSync(fd);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// ---- code-server -------------------------------------------------------------------------

export interface CodeServer {
  readonly url: string;
  readonly pid: number;
  readonly logFile: string;
  readonly dataDir: string;
}

export interface CodeServerDirs {
  readonly config: string;
  readonly dataDir: string;
  readonly extensionsDir: string;
}

function codeServerArgs(dirs: CodeServerDirs): string[] {
  return [CODE_SERVER, '--config', dirs.config, '--user-data-dir', dirs.dataDir, '--extensions-dir', dirs.extensionsDir];
}

/** `code-server --install-extension`, then the `--list-extensions --show-versions` lines. */
export function installExtension(dirs: CodeServerDirs, vsix: string): string[] {
  run(process.execPath, [...codeServerArgs(dirs), '--install-extension', vsix], 'install-extension', 120_000);
  const list = spawnSync(process.execPath, [...codeServerArgs(dirs), '--list-extensions', '--show-versions'], {
    env: childEnv(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  writeFileSync(join(RESULTS, 'list-extensions.log'), `${list.stdout}${list.stderr}`);
  return list.stdout.split('\n').map((line) => line.trim()).filter((line) => /^[\w-]+\.[\w-]+@/.test(line));
}

/** Serves the workbench on 127.0.0.1 (a free port, no auth); resolves once /healthz answers. */
export async function startCodeServer(dirs: CodeServerDirs, logFile: string): Promise<CodeServer> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawnGroup(
      process.execPath,
      [
        ...codeServerArgs(dirs),
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
      ],
      logFile,
    );
    const pid = child.pid as number;
    let exited = false;
    child.once('exit', () => (exited = true));
    const url = `http://127.0.0.1:${port}`;
    for (const deadline = Date.now() + 90_000; !exited && Date.now() < deadline; ) {
      try {
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) });
        if (response.ok) return { url, pid, logFile, dataDir: dirs.dataDir };
      } catch {
        // not listening yet
      }
      await sleep(250);
    }
    await endGroup(pid);
    const tail = readFileSync(logFile, 'utf8').slice(-3000);
    if (attempt === 3) throw new Error(`code-server did not answer /healthz (3 attempts); its log:\n${tail}`);
    log(`code-server attempt ${attempt} failed (${exited ? 'exited' : 'no answer'}), retrying`);
  }
}

// ---- chromium ----------------------------------------------------------------------------

export interface Chromium {
  readonly server: BrowserServer;
  readonly browser: Browser;
  readonly pid: number;
}

export async function startChromium(): Promise<Chromium> {
  const server = await chromium.launchServer({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    timeout: 120_000,
  });
  const pid = server.process().pid;
  if (pid === undefined) throw new Error('chromium has no pid');
  trackGroup(pid); // playwright starts the browser as a process-group leader
  const browser = await chromium.connect(server.wsEndpoint(), { timeout: 120_000 });
  return { server, browser, pid };
}

export async function stopChromium(c: Chromium): Promise<void> {
  await Promise.race([c.browser.close().catch(() => {}), sleep(10_000)]);
  await Promise.race([c.server.close().catch(() => {}), sleep(10_000)]);
  await endGroup(c.pid);
}

// ---- expected findings (the CLI) ------------------------------------------------------------

export type Severity = 'Error' | 'Warning' | 'Info';

export interface Finding {
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
  readonly message: string;
}

const order = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

/** What `redis-lint --format json --severity info` reports per file name, run in `folder`. */
export function cliFindings(folder: string, files: readonly string[]): Map<string, Finding[]> {
  const result = spawnSync(process.execPath, [join(REPO, 'dist/cli.cjs'), '--format', 'json', '--severity', 'info', ...files], {
    cwd: folder,
    env: childEnv(),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`redis-lint exited with ${result.status}: ${result.stderr}`);
  const reports = JSON.parse(result.stdout) as {
    filePath: string;
    messages: { ruleId: string; severity: 0 | 1 | 2; line: number; column: number; message: string }[];
  }[];
  const severities: Severity[] = ['Info', 'Warning', 'Error'];
  return new Map(
    reports.map((r) => [
      basename(r.filePath),
      r.messages.map((m) => ({ severity: severities[m.severity], line: m.line, column: m.column, ruleId: m.ruleId, message: m.message })).sort(order),
    ]),
  );
}

// ---- the workbench -----------------------------------------------------------------------

/** Polls `read` until `done(value)` or the timeout; returns the last value either way. */
export async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, intervalMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(intervalMs);
  }
}

/** Loads the workbench for `folder` and waits for the Explorer to list it. */
export async function openWorkbench(page: Page, url: string, folder: string): Promise<void> {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: 180_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 180_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 180_000 });
}

/** Quick Open (Ctrl+P) → `name` → Enter; waits for the editor to show `expectText`. */
export async function openFile(page: Page, name: string, expectText: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    try {
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error; // keybindings may not be ready right after the Explorer shows
    }
  }
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: expectText }).first().waitFor({ timeout: 60_000 });
}

export async function languageMode(page: Page): Promise<string> {
  return (await page.locator('.statusbar-item[id="status.editor.mode"]').innerText()).trim();
}

/** Opens the Problems panel (Ctrl+Shift+M) unless it is showing. */
export async function showProblems(page: Page): Promise<void> {
  const panel = page.locator('.markers-panel');
  if (await panel.isVisible()) return;
  await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ state: 'visible', timeout: 30_000 });
}

/** Types a filter into the Problems panel (e.g. a file name; '' clears it). */
export async function filterProblems(page: Page, text: string): Promise<void> {
  const input = page.locator('.viewpane-filter .monaco-inputbox input, .viewpane-filter .monaco-inputbox textarea').first();
  await input.fill(text);
}

interface ProblemRow {
  readonly level: string | null;
  readonly label: string;
  readonly text: string;
}

/** A row that could not be read (mid-render): `poll` keeps polling, the final diff shows it. */
export const UNREADABLE = 'unreadable-row';

/**
 * The Problems panel's markers per file, parsed from the rendered tree rows: a level-1 row names a
 * file (aria-label "N problems in file NAME of folder …"); its level-2 rows are markers, whose
 * text reads "MESSAGE\nSOURCE\nCODE\n[Ln L, Col C]" and aria-label starts with the severity.
 * Level-3 rows (related information) and rows not rendered (filtered out) are skipped.
 */
export async function readProblems(page: Page): Promise<Map<string, Finding[]>> {
  const rows: ProblemRow[] = await page.locator('.markers-panel .monaco-list-row').evaluateAll((elements) =>
    elements
      .filter((e) => e.checkVisibility())
      .map((e) => ({ level: e.getAttribute('aria-level'), label: e.getAttribute('aria-label') ?? '', text: (e as HTMLElement).innerText })),
  );
  const byFile = new Map<string, Finding[]>();
  let current: Finding[] | undefined;
  for (const row of rows) {
    if (row.level === '1') {
      const name = /problems? in file (.+?) of folder/.exec(row.label)?.[1] ?? row.text.split('\n')[0];
      current = [];
      byFile.set(name, current);
    } else if (row.level === '2' && current) {
      const lines = row.text.split('\n');
      const position = /^\[Ln (\d+), Col (\d+)\]$/.exec(lines.at(-1) ?? '');
      const severity = /^(Error|Warning|Info):/.exec(row.label)?.[1] as Severity | undefined;
      if (!position || !severity || lines.length < 4) {
        current.push({ severity: 'Info', line: 0, column: 0, ruleId: UNREADABLE, message: JSON.stringify(row) });
        continue;
      }
      current.push({
        severity,
        line: Number(position[1]),
        column: Number(position[2]),
        ruleId: lines.at(-2) ?? '',
        message: lines.slice(0, -3).join('\n'),
      });
    }
  }
  for (const findings of byFile.values()) findings.sort(order);
  return byFile;
}

/** Hovers the first occurrence of `word` on the editor line containing `lineText`; returns the hover's text. */
export async function hoverWord(page: Page, lineText: string, word: string, expect: RegExp): Promise<string> {
  const target = page.locator('.editor-instance .view-line', { hasText: lineText }).first().getByText(word, { exact: true }).first();
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content');
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(5, 5);
    await sleep(300);
    await target.hover();
    try {
      await hover.filter({ hasText: expect }).first().waitFor({ state: 'visible', timeout: 15_000 });
      await sleep(600); // the hover fades in
      return await hover.filter({ hasText: expect }).first().innerText();
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Go to Line (Ctrl+G) `line:column`; waits for the status bar to show it. */
export async function goToPosition(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: 15_000 });
}

/** Ctrl+. at the cursor, then applies the code action titled `title` with the keyboard. */
export async function applyQuickFix(page: Page, title: string): Promise<readonly string[]> {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+Period');
    try {
      await rows.filter({ hasText: title }).first().waitFor({ state: 'visible', timeout: 20_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
  const titles = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
  // The first action is focused; walk down to ours (a click is blocked by the widget's pointer shield).
  for (let i = 0; i < titles.length; i++) {
    const focused = await page.locator('.action-widget .monaco-list-row.action.focused').getAttribute('aria-label');
    if (focused === title) break;
    await page.keyboard.press('ArrowDown');
    await sleep(100);
  }
  const focused = await page.locator('.action-widget .monaco-list-row.action.focused').getAttribute('aria-label');
  if (focused !== title) throw new Error(`could not focus the code action "${title}" among ${JSON.stringify(titles)}`);
  await page.keyboard.press('Enter');
  return titles;
}

// ---- artifacts ---------------------------------------------------------------------------

/** Copies a file or folder into `dir` if it exists. */
export function keep(source: string, dir: string, name = basename(source)): void {
  if (!existsSync(source)) return;
  mkdirSync(dir, { recursive: true });
  try {
    cpSync(source, join(dir, name), { recursive: true });
  } catch {
    try {
      copyFileSync(source, join(dir, name));
    } catch {
      // best effort
    }
  }
}
