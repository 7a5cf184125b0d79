// `--format html` for files and for a live server, opened in headless Chromium: no console
// error, no request but the file itself, no planted secret, readable text, and a screenshot
// for docs/images/html-report.png.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, skipReason, startRedis, type RunningRedis } from '../remote/servers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const inCI = process.env.CI === 'true';
const noChromium = existsSync(CHROMIUM) ? undefined : `no chromium at ${CHROMIUM} (apt-get install -y chromium)`;
if (noChromium && inCI) throw new Error(`the HTML report suite is required under CI=true: ${noChromium}`);
if (noChromium) console.warn(`[html] skipped: ${noChromium}`);
const noServer = noChromium ? undefined : skipReason('html');

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const planted = (label: string) => `Planted${label}${randomBytes(10).toString('hex')}`;

interface Opened {
  readonly page: Page;
  readonly consoleErrors: string[];
  readonly requests: string[];
}

async function open(browser: Browser, file: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const url = pathToFileURL(file).href;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  // Only the report itself may load; anything else is refused (and recorded above).
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, consoleErrors, requests };
}

describe.skipIf(noChromium !== undefined || noServer !== undefined)('the HTML report', () => {
  const secrets = {
    requirepass: planted('Req'),
    masterauth: planted('Master'),
    aclPassword: planted('Alice'),
    confUser: planted('App'),
    tlsPass: planted('Tls'),
    live: planted('Live'),
    audit: planted('Audit'),
    hashed: planted('Ops'),
  };
  let dir: string;
  let browser: Browser;
  let server: RunningRedis;

  function expectClean(html: string): void {
    for (const value of Object.values(secrets)) {
      expect(html, 'a planted secret is in the report').not.toContain(value);
      expect(html, 'a planted secret\'s hash is in the report').not.toContain(sha(value));
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redis-lint-html-'));
    writeFileSync(join(dir, 'redis.conf'), [
      'bind 0.0.0.0',
      'protected-mode no',
      `requirepass ${secrets.requirepass}`,
      `masterauth ${secrets.masterauth}`,
      `tls-key-file-pass ${secrets.tlsPass}`,
      'enable-debug-command yes',
      'notify-keyspace-events AKE',
      `user app on >${secrets.confUser} ~* +@all`,
      '',
    ].join('\n'));
    writeFileSync(join(dir, 'users.acl'), [
      'user default on nopass ~* &* +@all',
      `user alice on >${secrets.aclPassword} ~app:* &app:* -@all +@read +@write -flushall`,
      `user ops on #${sha(secrets.hashed)} ~* &* +@all`,
      'user old off ~* +@all',
      '',
    ].join('\n'));
    server = await startRedis({
      conf: [
        `requirepass ${secrets.live}`,
        'maxmemory-policy allkeys-lru',
        'notify-keyspace-events KEA',
        `user lint-audit on #${sha(secrets.audit)} resetchannels -@all +config|get +acl|list +info`,
        `user app on #${sha(secrets.hashed)} resetchannels ~app:* &orders -@all +@read +@write +@pubsub -@dangerous`,
        `user ops on >${secrets.aclPassword} ~* &* +@all`,
        `user reporting on >${secrets.confUser} resetchannels %R~reports:* -@all +@read`,
        'user legacy off nopass ~* +@all',
        '',
      ].join('\n'),
      password: secrets.live,
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('for files: summary, code frames, fixes and the permission matrix, without a secret', async () => {
    const run = await runCli(['--format', 'html', 'redis.conf', 'users.acl'], {}, dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expectClean(run.stdout);
    expect(run.stdout).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'');
    // A fix shown as a diff, the password kind kept and the value masked.
    expect(run.stdout).toContain('<span class="del">- user alice on &gt;**** ~app:*');
    expect(run.stdout).toContain('<span class="add">+ user alice on #**** ~app:*');
    expect(run.stdout).toContain('<span class="add">+ enable-debug-command no</span>');
    const file = join(dir, 'files.html');
    writeFileSync(file, run.stdout);

    const { page, consoleErrors, requests } = await open(browser, file);
    const text = await page.locator('body').innerText();
    expect(text).toContain('Summary');
    expect(text).toMatch(/\d+\s+errors?\s+\d+\s+warnings?/);
    expect(text).toContain('Who may run what');
    for (const name of ['alice', 'ops', 'old', 'default']) expect(text).toContain(name);
    expect(text).toContain('Fix: Set enable-debug-command no');
    expectClean(text);
    // The severity filter works (the script runs).
    const visible = () => page.locator('.finding:not(.hidden)').count();
    const all = await visible();
    await page.locator('input[data-sev="warning"]').uncheck();
    expect(await visible()).toBeLessThan(all);
    await page.locator('input[data-sev="warning"]').check();
    expect(await visible()).toBe(all);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    await page.close();
  }, 120_000);

  it('for a live server: users × categories at a glance, and a screenshot', async () => {
    const run = await runCli(['remote', '--format', 'html', server.url], { REDIS_LINT_USERNAME: 'lint-audit', REDIS_LINT_PASSWORD: secrets.audit });
    expect(run.stderr).toBe('');
    expectClean(run.stdout);
    const file = join(dir, 'remote.html');
    writeFileSync(file, run.stdout);

    const { page, consoleErrors, requests } = await open(browser, file);
    const text = await page.locator('body').innerText();
    expect(text).toContain(server.url);
    expect(text).toContain('live server');
    expect(text).toContain('audited as lint-audit');
    expect(text).toContain('Who may run what');
    // The matrix reads at a glance: one row per user, counts per category.
    const rows = await page.locator('table.matrix tbody tr').allInnerTexts();
    const row = (name: string) => rows.find((r) => r.startsWith(`${name}\t`) || r.startsWith(`${name}\n`)) ?? '';
    expect(rows).toHaveLength(6);
    expect(row('ops')).toMatch(/all \d+\s+all \d+\s+all \d+/);
    expect(row('lint-audit')).toContain('CONFIG GET');
    expect(row('reporting')).toMatch(/none/);
    expect(row('legacy')).toContain('off');
    expect(text).toContain('keyspace-notifications-all');
    expectClean(text);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // docs/images/html-report.png is (re)written when missing or with UPDATE_DOCS_IMAGES=1, so
    // that a test run does not churn the committed picture; otherwise it goes to the temp dir.
    const docsImage = join(ROOT, 'docs', 'images', 'html-report.png');
    const out = process.env.UPDATE_DOCS_IMAGES === '1' || !existsSync(docsImage) ? docsImage : join(dir, 'html-report.png');
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.min(height, 2000) } });
    expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  }, 120_000);
});
