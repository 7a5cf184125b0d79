// The VS Code extension seen working in a real VS Code: code-server 4.100.3 (VS Code 1.100.3 in
// a browser) with the .vsix that `npm run vsix` builds, driven through headless chromium like a
// user would: open redis.conf, read the Problems panel (compared with what the CLI reports for
// the same file), hover a directive, apply a quick fix, open an ACL file.
//
// Run with `npm run test:e2e` (scripts/e2e-setup.sh installs code-server and chromium first).
// Each scenario has its own time budget and one retry (test/e2e/vitest.config.ts); a failure
// leaves a screenshot, the error, code-server's log and the extension host logs (with the
// redis-lint output channel) in test-results/e2e/failures/. Every process started here is ended
// by its process group in afterAll. UPDATE_DOCS_IMAGES=1 also copies the screenshots to docs/images/.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../support/knowledge.js';
import { getDirectives } from '../../server/src/knowledge/directives.js';
import { DEFAULT_TARGET } from '../../server/src/knowledge/targets.js';
import {
  REPO,
  RESULTS,
  applyQuickFix,
  cliFindings,
  endGroup,
  filterProblems,
  goToPosition,
  hoverWord,
  installExtension,
  keep,
  languageMode,
  log,
  openFile,
  openWorkbench,
  poll,
  readProblems,
  removeOnExit,
  run,
  showProblems,
  sleep,
  startChromium,
  startCodeServer,
  stopChromium,
  type Chromium,
  type CodeServer,
  type Finding,
} from './harness.js';

const REDIS_CONF = [
  '# An insecure config on purpose: the end-to-end test checks what redis-lint reports.',
  'bind 0.0.0.0',
  'port 6379',
  'protected-mode no',
  'maxmemroy 100mb',
  'requirepass foobared',
  'aclfile ./users.acl',
  '',
].join('\n');
const USERS_ACL = 'user default on nopass ~* +@all\n';
const FIXED_CONF = REDIS_CONF.replace('protected-mode no', 'protected-mode yes');

const manifest = JSON.parse(readFileSync(join(REPO, 'client-vscode/package.json'), 'utf8')) as { publisher: string; name: string; version: string };
const VSIX = join(REPO, 'dist/redis-lint-vscode.vsix');
const SCREENSHOTS = RESULTS;
const DOCS_IMAGES = join(REPO, 'docs/images');

let root = '';
let codeServer: CodeServer | undefined;
let browser: Chromium | undefined;

/** What the CLI reports for the workspace as written, and with the quick fix applied. */
let expected: Map<string, Finding[]>;
let expectedFixed: Map<string, Finding[]>;

function writeWorkspace(dir: string, conf: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'redis.conf'), conf);
  writeFileSync(join(dir, 'users.acl'), USERS_ACL);
  return dir;
}

// ---- one browser page on one workspace, shared by the scenarios until one fails -------------

interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly folder: string;
  readonly console: string[];
}

/** The page the scenarios share; a failed scenario discards it and the next one loads a fresh one. */
let shared: Session | undefined;
let sessions = 0;

/** One run of a scenario. Once cancelled (failed or out of time) it can no longer touch `shared`. */
interface Attempt {
  cancelled: boolean;
  session?: Session;
}

async function sessionFor(attempt: Attempt): Promise<Session> {
  if (shared) return (attempt.session = shared);
  if (!codeServer || !browser) throw new Error('setup did not complete');
  const n = ++sessions;
  // A fresh folder per page: nothing restored from an earlier page (hot exit, open editors).
  const folder = writeWorkspace(join(root, `session-${n}`, 'redis-config'), REDIS_CONF);
  const context = await browser.browser.newContext({ viewport: { width: 1400, height: 900 } });
  if (attempt.cancelled) {
    await context.close();
    throw new Error('cancelled');
  }
  const session: Session = { context, page: await context.newPage(), folder, console: [] };
  attempt.session = session;
  if (attempt.cancelled) {
    await closeSession(session);
    throw new Error('cancelled');
  }
  session.page.on('console', (m) => session.console.push(`[${m.type()}] ${m.text()}`));
  session.page.on('pageerror', (e) => session.console.push(`[pageerror] ${e.stack ?? e.message}`));
  const t0 = Date.now();
  await openWorkbench(session.page, codeServer.url, folder);
  if (attempt.cancelled) throw new Error('cancelled');
  log(`workbench ${n} ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  shared = session;
  return session;
}

async function closeSession(session: Session | undefined): Promise<void> {
  if (!session) return;
  if (shared === session) shared = undefined;
  await Promise.race([session.context.close().catch(() => {}), sleep(10_000)]);
}

const attempts = new Map<string, number>();
/** E2E_TIME_SCALE=2 doubles every scenario's budget (a slow machine); a tiny value forces the failure path. */
const TIME_SCALE = Number(process.env.E2E_TIME_SCALE ?? '1') || 1;

/** Runs one scenario within `budgetMs`; on failure keeps evidence and discards the page. */
async function scenario(name: string, budgetMs: number, body: (s: Session) => Promise<void>): Promise<void> {
  const number = (attempts.get(name) ?? 0) + 1;
  attempts.set(name, number);
  const attempt: Attempt = { cancelled: false };
  budgetMs *= TIME_SCALE;
  const t0 = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`scenario "${name}" took longer than ${budgetMs / 1000} s`)), budgetMs);
  });
  const work = (async () => body(await sessionFor(attempt)))();
  work.catch(() => {}); // after a timeout it rejects once its page is closed: already reported
  try {
    await Promise.race([work, timeout]);
    log(`${name}: passed in ${((Date.now() - t0) / 1000).toFixed(1)} s (attempt ${number})`);
  } catch (error) {
    attempt.cancelled = true;
    log(`${name}: FAILED on attempt ${number} after ${((Date.now() - t0) / 1000).toFixed(1)} s: ${String(error).split('\n')[0]}`);
    await saveFailure(`${name}-attempt-${number}`, attempt.session, error);
    await closeSession(attempt.session);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Evidence in test-results/e2e/failures/NAME/: error, screenshot, browser console, code-server and VS Code logs. */
async function saveFailure(name: string, session: Session | undefined, error: unknown): Promise<void> {
  const dir = join(RESULTS, 'failures', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'error.txt'), error instanceof Error ? `${error.stack ?? error.message}\n` : `${String(error)}\n`);
  if (session) {
    await session.page.screenshot({ path: join(dir, 'screenshot.png'), timeout: 15_000 }).catch((e: unknown) => {
      writeFileSync(join(dir, 'screenshot-failed.txt'), String(e));
    });
    writeFileSync(join(dir, 'browser-console.log'), session.console.join('\n'));
  }
  if (codeServer) {
    keep(codeServer.logFile, dir, 'code-server.log');
    // exthost*/redis-lint.redis-lint/redis-lint.log is the extension's output channel.
    keep(join(codeServer.dataDir, 'logs'), dir, 'vscode-logs');
  }
  log(`evidence kept in ${dir}`);
}

async function screenshot(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, file) });
  if (process.env.UPDATE_DOCS_IMAGES === '1') {
    mkdirSync(DOCS_IMAGES, { recursive: true });
    copyFileSync(join(SCREENSHOTS, file), join(DOCS_IMAGES, file));
  }
}

/** Waits until the Problems panel shows exactly `want` for `file`; returns what it showed. */
async function problemsFor(page: Page, file: string, want: readonly Finding[], timeoutMs: number): Promise<Finding[] | undefined> {
  const shown = await poll(
    async () => (await readProblems(page)).get(file),
    (got) => JSON.stringify(got) === JSON.stringify(want),
    timeoutMs,
  );
  return shown;
}

// ---- setup and teardown ------------------------------------------------------------------

beforeAll(async () => {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  run('bash', ['scripts/e2e-setup.sh'], 'e2e-setup', 900_000);
  root = mkdtempSync(join(tmpdir(), 'redis-lint-e2e-'));
  if (process.env.E2E_KEEP !== '1') removeOnExit(root);
  const vsix = join(root, 'redis-lint-vscode.vsix');
  if (process.env.E2E_SKIP_BUILD !== '1') run('npm', ['run', 'build'], 'build', 300_000);

  // The findings the CLI reports for the same files: what the Problems panel must show.
  const golden = writeWorkspace(join(root, 'expected'), REDIS_CONF);
  expected = cliFindings(golden, ['redis.conf', 'users.acl']);
  expectedFixed = cliFindings(writeWorkspace(join(root, 'expected-fixed'), FIXED_CONF), ['redis.conf', 'users.acl']);
  writeFileSync(join(RESULTS, 'expected.json'), JSON.stringify({ expected: [...expected], expectedFixed: [...expectedFixed] }, null, 2));
  expect(expected.get('redis.conf')?.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['bind-all-interfaces', 'protected-mode-disabled', 'unknown-directive']));
  expect(expectedFixed.get('redis.conf')?.map((f) => f.ruleId)).not.toContain('protected-mode-disabled');
  expect(expected.get('users.acl')?.map((f) => f.ruleId)).toContain('acl-default-user-open');

  if (process.env.E2E_SKIP_BUILD !== '1') run('npm', ['run', 'vsix'], 'vsix', 300_000);
  copyFileSync(VSIX, vsix); // our copy: a later `npm run build` empties dist/

  const dirs = { config: join(root, 'code-server.yaml'), dataDir: join(root, 'data'), extensionsDir: join(root, 'extensions') };
  const listed = installExtension(dirs, vsix);
  log(`--list-extensions: ${listed.join(', ')}`);
  expect(listed).toContain(`${manifest.publisher}.${manifest.name}@${manifest.version}`);

  mkdirSync(join(dirs.dataDir, 'User'), { recursive: true });
  writeFileSync(
    join(dirs.dataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none', // else the walkthrough steals focus from Quick Open
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'git.enabled': false,
        'editor.minimap.enabled': false,
      },
      null,
      2,
    ),
  );

  codeServer = await startCodeServer(dirs, join(root, 'code-server.log'));
  log(`code-server ${codeServer.url} (pid ${codeServer.pid})`);
  browser = await startChromium();
  log(`chromium pid ${browser.pid}`);
}, 1_200_000);

afterAll(async () => {
  await closeSession(shared);
  if (browser) await stopChromium(browser);
  if (codeServer) {
    keep(codeServer.logFile, RESULTS, 'code-server.log');
    await endGroup(codeServer.pid);
  }
  browser = undefined;
  codeServer = undefined;
  if (root && process.env.E2E_KEEP !== '1') rmSync(root, { recursive: true, force: true });
}, 60_000);

// ---- scenarios ---------------------------------------------------------------------------

describe('the VS Code extension in code-server', () => {
  it('shows the CLI findings for redis.conf in the Problems panel', async () => {
    await scenario('diagnostics', 270_000, async ({ page }) => {
      await openFile(page, 'redis.conf', 'maxmemroy');
      expect(await languageMode(page)).toBe('Redis Config');
      await showProblems(page);
      const want = expected.get('redis.conf') ?? [];
      const shown = await problemsFor(page, 'redis.conf', want, 150_000);
      expect(shown, 'Problems panel rows for redis.conf').toEqual(want);
      await page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Control+1'); // focus the editor: no selected row in the screenshot
      await goToPosition(page, 5, 1); // the cursor on the misspelt directive
      await sleep(1_000);
      await screenshot(page, 'vscode-diagnostics.png');
    });
  });

  it('hovers a directive and shows its documentation', async () => {
    await scenario('hover', 180_000, async ({ page }) => {
      await openFile(page, 'redis.conf', 'maxmemroy');
      const info = getDirectives(DEFAULT_TARGET).lookup('bind')?.info;
      if (!info) throw new Error('no knowledge of bind');
      const text = await hoverWord(page, 'bind 0.0.0.0', 'bind', /bind ·/);
      const flat = (s: string) => s.replace(/`/g, '').replace(/\s+/g, ' ').trim();
      expect(flat(text)).toContain(flat(info.description));
      expect(text).toContain('Security:');
      await screenshot(page, 'vscode-hover.png');
      await page.mouse.move(5, 5);
    });
  });

  it('applies the protected-mode quick fix and the finding goes away', async () => {
    await scenario('quick-fix', 180_000, async ({ page }) => {
      await openFile(page, 'redis.conf', 'maxmemroy');
      await showProblems(page);
      const before = await problemsFor(page, 'redis.conf', expected.get('redis.conf') ?? [], 120_000);
      expect(before?.map((f) => f.ruleId)).toContain('protected-mode-disabled');
      const finding = before?.find((f) => f.ruleId === 'protected-mode-disabled') as Finding;
      await page.keyboard.press('Control+1');
      await goToPosition(page, finding.line, finding.column);
      const titles = await applyQuickFix(page, 'Set protected-mode yes');
      log(`code actions offered: ${titles.join(' | ')}`);
      await page.locator('.editor-instance .view-line', { hasText: 'protected-mode yes' }).waitFor({ timeout: 30_000 });
      const want = expectedFixed.get('redis.conf') ?? [];
      const after = await problemsFor(page, 'redis.conf', want, 90_000);
      expect(after?.map((f) => f.ruleId)).not.toContain('protected-mode-disabled');
      expect(after, 'Problems panel rows for the fixed redis.conf').toEqual(want);
    });
  });

  it('lints users.acl', async () => {
    await scenario('acl', 180_000, async ({ page }) => {
      await openFile(page, 'users.acl', 'nopass');
      expect(await languageMode(page)).toBe('Redis ACL');
      await showProblems(page);
      await filterProblems(page, 'users.acl'); // other files' rows could push these out of the virtual list
      const want = expected.get('users.acl') ?? [];
      const shown = await problemsFor(page, 'users.acl', want, 120_000);
      expect(shown, 'Problems panel rows for users.acl').toEqual(want);
      await filterProblems(page, '');
    });
  });
});
