// The playground in a real browser (Debian's chromium via playwright-core), served from
// playground/dist on 127.0.0.1: findings equal node's lint(), quick fixes, hover, target switch,
// sharing through the URL fragment (secrets redacted), offline use, and no request that leaves
// the local server.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARGET_IDS } from '../../server/src/knowledge/targets.js';
import { decodeText, type ModelKind } from '../../server/src/model/index.js';
import { browserUnavailable, CI, distProblem, CORPUS, DIST, launchChromium, nodeLint, serveStatic, type PlainFinding, type StaticServer } from './support.js';

const INSECURE = 'bind 0.0.0.0\nprotected-mode no\nmaxmemroy 100mb\n';

const unavailable = browserUnavailable();
if (unavailable && !CI) console.warn(`playground browser tests skipped: ${unavailable}`);
const badDist = distProblem();

describe.runIf((unavailable !== undefined && CI) || badDist !== undefined)('playground prerequisites', () => {
  it('are in place', () => {
    expect.fail(`playground browser tests cannot run: ${[unavailable, badDist].filter(Boolean).join('; ')}`);
  });
});

describe.skipIf(unavailable !== undefined || badDist !== undefined)('playground in chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  /** Every URL any page asked for, and those that would have left the local server. */
  const seen: string[] = [];
  const external: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newContext(options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: options.serviceWorkers ?? 'block' });
    const allowed = `${server.origin}/`;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      seen.push(url);
      if (url.startsWith(allowed)) return route.continue();
      external.push(url);
      return route.abort();
    });
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(allowed) && !url.startsWith('data:')) external.push(url);
    });
    return context;
  }

  async function open(context: BrowserContext, fragment = ''): Promise<Page> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${server.origin}/${fragment}`);
    await page.evaluate(() => window.__redisLint.ready);
    await settled(page);
    (page as Page & { errors?: string[] }).errors = errors;
    return page;
  }

  function pageErrors(page: Page): string[] {
    return (page as Page & { errors?: string[] }).errors ?? [];
  }

  /** Waits until the findings shown are those of the editor's current text and settings. */
  async function settled(page: Page): Promise<void> {
    await page.waitForFunction(() => window.__redisLint.isCurrent(), undefined, { timeout: 15_000 });
  }

  /** Pastes `text` over everything, as a user would (a real paste event on the editor). */
  async function paste(page: Page, text: string): Promise<void> {
    await page.click('.cm-content');
    await page.keyboard.press('Control+A');
    await page.evaluate((value) => {
      const data = new DataTransfer();
      data.setData('text/plain', value);
      document.querySelector('.cm-content')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction((value) => window.__redisLint.state().text === value, text);
    await settled(page);
  }

  /** The findings list as the page renders it: rule id and line of each item. */
  async function listed(page: Page): Promise<Array<[string, number]>> {
    return page.$$eval('#findings li.finding', (items) => items.map((li) => [(li as HTMLElement).dataset.rule!, Number((li as HTMLElement).dataset.line)] as [string, number]));
  }

  const idsAndLines = (findings: readonly PlainFinding[]) => findings.map((f) => [f.ruleId, f.line] as [string, number]);

  it('shows the findings of lint() for a pasted insecure config, with rule links', async () => {
    const context = await newContext();
    const page = await open(context);
    await paste(page, INSECURE);
    const expected = nodeLint(INSECURE, 'conf', 'redis-7.4');
    expect(expected.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['bind-all-interfaces', 'protected-mode-disabled', 'unknown-directive']));
    expect(await listed(page)).toEqual(idsAndLines(expected));
    expect(await page.evaluate(() => window.__redisLint.findings())).toEqual(expected);
    // Inline: underlined ranges in the editor, a marker per line in the gutter.
    expect(await page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    expect(await page.locator('.cm-gutter-lint .cm-lint-marker').count()).toBe(3);
    const link = page.locator('#findings li[data-rule="protected-mode-disabled"] a.rule-link');
    expect(await link.getAttribute('href')).toBe('https://github.com/redis-lint/redis-lint/blob/main/docs/rules/protected-mode-disabled.md');
    // The fatal finding shows in the verdict.
    expect(await page.locator('#verdict').getAttribute('data-accepted')).toBe('false');
    expect(await page.locator('#verdict').textContent()).toContain('line 3');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('applies quick fixes from the findings list and from the inline tooltip', async () => {
    const context = await newContext();
    const page = await open(context);
    await paste(page, INSECURE);
    await page.locator('#findings li[data-rule="protected-mode-disabled"] button.fix.preferred').click();
    await page.waitForFunction(() => window.__redisLint.state().text.includes('protected-mode yes'));
    await settled(page);
    expect((await page.evaluate(() => window.__redisLint.state().text)).split('\n')[1]).toBe('protected-mode yes');
    expect((await listed(page)).map(([id]) => id)).not.toContain('protected-mode-disabled');
    const afterFix = await page.evaluate(() => window.__redisLint.state().text);
    expect(await page.evaluate(() => window.__redisLint.findings())).toEqual(nodeLint(afterFix, 'conf', 'redis-7.4'));

    // The same fixes as CodeMirror lint actions: hover the marked `0.0.0.0`, click the fix.
    await page.locator('.cm-lintRange', { hasText: '0.0.0.0' }).last().hover();
    const action = page.locator('.cm-tooltip-lint .cm-diagnosticAction', { hasText: 'Bind to loopback only' });
    await action.first().click();
    await page.waitForFunction(() => window.__redisLint.state().text.startsWith('bind 127.0.0.1 -::1\n'));
    await settled(page);
    expect((await listed(page)).map(([id]) => id)).not.toContain('bind-all-interfaces');
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('shows hover docs and completes directive names', async () => {
    const context = await newContext();
    const page = await open(context);
    await paste(page, 'maxmemory 100mb\n');
    await page.locator('.cm-line', { hasText: 'maxmemory' }).locator('text=maxmemory').first().hover();
    const hover = page.locator('.cm-tooltip .hover-doc');
    await hover.waitFor();
    expect(await hover.textContent()).toContain('Memory limit');
    await page.mouse.move(1, 1);
    await hover.waitFor({ state: 'detached' });

    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('appendon');
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: 'appendonly' }).first();
    await option.waitFor();
    await option.click();
    await page.waitForFunction(() => /\nappendonly (yes|no)/.test(window.__redisLint.state().text));
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  it('loads only the selected target’s data, and findings follow the target', async () => {
    const context = await newContext();
    const start = seen.length;
    const page = await open(context);
    const knowledge = () => seen.slice(start).filter((u) => u.includes('/knowledge/')).map((u) => u.replace(/^.*\/knowledge\//, ''));
    expect(knowledge().sort()).toEqual(['acl-redis-7.4.json', 'directives-redis-7.4.json', 'sentinel-redis-7.4.json']);
    // The password estimator's dictionaries come only with a password (see the sharing test).
    expect(seen.slice(start).filter((u) => u.includes('zxcvbn'))).toEqual([]);

    const text = 'maxmemory-clients 10%\n';
    await paste(page, text);
    const ids = async () => (await listed(page)).map(([id]) => id);
    expect(await ids()).not.toContain('unknown-directive');

    await page.selectOption('#target', 'redis-6.2');
    await settled(page);
    expect(knowledge()).toEqual(expect.arrayContaining(['directives-redis-6.2.json', 'acl-redis-6.2.json', 'sentinel-redis-6.2.json']));
    expect(await listed(page)).toContainEqual(['unknown-directive', 1]);
    expect(await page.evaluate(() => window.__redisLint.findings())).toEqual(nodeLint(text, 'conf', 'redis-6.2'));

    await page.selectOption('#target', 'redis-7.0');
    await settled(page);
    expect(await ids()).not.toContain('unknown-directive');
    expect(await page.evaluate(() => window.__redisLint.findings())).toEqual(nodeLint(text, 'conf', 'redis-7.0'));
    // Nothing but the three files of each picked target.
    expect(knowledge().filter((n) => !/-(redis-7\.4|redis-6\.2|redis-7\.0)\.json$/.test(n))).toEqual([]);

    // The kind switch: the same text as an ACL file is a different kind of file.
    await page.locator('label', { hasText: 'ACL file' }).click();
    await settled(page);
    expect(await page.evaluate(() => window.__redisLint.state().kind)).toBe('acl');
    expect(await page.evaluate(() => window.__redisLint.findings())).toEqual(nodeLint(text, 'acl', 'redis-7.0'));
    expect(pageErrors(page)).toEqual([]);
    await context.close();
  });

  function sharedText(url: string): { text: string; kind: string | null; target: string | null } {
    const params = new URLSearchParams(new URL(url).hash.slice(1));
    const z = params.get('z');
    const text = z !== null ? inflateRawSync(Buffer.from(z, 'base64url')).toString('utf8') : Buffer.from(params.get('p') ?? '', 'base64url').toString('utf8');
    return { text, kind: params.get('k'), target: params.get('t') };
  }

  it('shares through the URL fragment, with secrets redacted unless asked', async () => {
    const context = await newContext();
    const page = await open(context);
    const secret = 'Sup3r-S3cret-Passw0rd';
    const text = `sentinel monitor mymaster 127.0.0.1 6379 2\nsentinel auth-pass mymaster ${secret}\nrequirepass ${secret}\n`;
    await paste(page, text);
    // A pasted sentinel file switches the kind, as the CLI would detect it.
    expect(await page.evaluate(() => window.__redisLint.state().kind)).toBe('sentinel');
    await page.selectOption('#target', 'valkey-8.0');
    await settled(page);
    expect(seen.some((u) => /\/chunks\/zxcvbn-[^/]*\.js$/.test(u))).toBe(true);
    expect(await page.evaluate(() => window.__redisLint.findings())).toEqual(nodeLint(text, 'sentinel', 'valkey-8.0'));

    await page.click('#share');
    const dialog = page.locator('#share-dialog');
    await dialog.waitFor();
    expect(await page.locator('#secret-warning').isVisible()).toBe(true);
    expect(await page.locator('#secret-count').textContent()).toBe('2 secrets');
    const redacted = await page.locator('#share-link').inputValue();
    expect(redacted.startsWith(`${server.origin}/#`)).toBe(true);
    expect(redacted).not.toContain(secret);
    const decoded = sharedText(redacted);
    expect(decoded).toEqual({ text: text.split(secret).join('****'), kind: 'sentinel', target: 'valkey-8.0' });

    await page.locator('#include-secrets').check();
    await page.waitForFunction((old) => (document.getElementById('share-link') as HTMLInputElement).value !== old, redacted);
    const full = await page.locator('#share-link').inputValue();
    expect(sharedText(full)).toEqual({ text, kind: 'sentinel', target: 'valkey-8.0' });
    expect(await page.locator('#secret-warning').getAttribute('data-included')).toBe('true');
    const findings = await page.evaluate(() => window.__redisLint.findings());
    await page.locator('#share-dialog button[value=close]').click();

    // Opening the links restores the same state (and the same findings).
    const other = await open(context, new URL(full).hash);
    expect(await other.evaluate(() => window.__redisLint.state())).toMatchObject({ text, kind: 'sentinel', target: 'valkey-8.0' });
    expect(await other.evaluate(() => window.__redisLint.findings())).toEqual(findings);
    expect(await other.locator('#target').inputValue()).toBe('valkey-8.0');
    expect(await other.locator('input[name=kind][value=sentinel]').isChecked()).toBe(true);
    await other.goto(redacted);
    await other.reload();
    await other.evaluate(() => window.__redisLint.ready);
    await settled(other);
    expect(await other.evaluate(() => window.__redisLint.state())).toMatchObject({ text: decoded.text, kind: 'sentinel', target: 'valkey-8.0' });
    expect(await other.evaluate(() => window.__redisLint.findings())).toEqual(nodeLint(decoded.text, 'sentinel', 'valkey-8.0'));
    expect([...pageErrors(page), ...pageErrors(other)]).toEqual([]);
    await context.close();
  });

  it('keeps ACL password rules recognisable when redacting', async () => {
    const context = await newContext();
    const page = await open(context, '#k=acl');
    const text = 'user alice on >alicepassword1 ~app:* +@read\nuser default off\n';
    await paste(page, text);
    const link = await page.evaluate(() => window.__redisLint.shareLink(false));
    expect(sharedText(link).text).toBe('user alice on >**** ~app:* +@read\nuser default off\n');
    await context.close();
  });

  it('works offline once loaded (service worker)', async () => {
    const context = await newContext({ serviceWorkers: 'allow' });
    const page = await open(context);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await page.reload();
    await page.evaluate(() => window.__redisLint.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await page.evaluate(() => window.__redisLint.ready);
    await paste(page, INSECURE);
    expect(await page.evaluate(() => window.__redisLint.findings())).toEqual(nodeLint(INSECURE, 'conf', 'redis-7.4'));
    await context.setOffline(false);
    await context.close();
  });

  const kinds: ModelKind[] = ['conf', 'sentinel', 'acl'];
  const corpusFiles = (() => {
    try {
      return kinds.flatMap((kind) =>
        readdirSync(join(CORPUS, kind))
          .sort()
          .map((name) => ({ kind, name, path: join(CORPUS, kind, name) })),
      );
    } catch {
      return [];
    }
  })();

  describe.skipIf(corpusFiles.length === 0 && !CI)('on the corpus', () => {
    let context: BrowserContext;
    let page: Page;
    const inputs = corpusFiles.map((f) => ({ ...f, text: decodeText(readFileSync(f.path)) }));

    beforeAll(async () => {
      context = await newContext();
      page = await open(context);
    });

    afterAll(async () => {
      expect(pageErrors(page)).toEqual([]);
      await context?.close();
    });

    it.each(TARGET_IDS)('finds what lint() finds on every corpus file for %s', async (target) => {
      expect(inputs.length, '../shared/corpus is missing').toBeGreaterThan(100);
      const inPage = await page.evaluate(
        async ({ files, target: t }) => {
          const out: PlainFinding[][] = [];
          for (const f of files) out.push(await window.__redisLint.lint(f.text, f.kind, t));
          return out;
        },
        { files: inputs.map(({ text, kind }) => ({ text, kind })), target },
      );
      let compared = 0;
      inputs.forEach((f, i) => {
        expect(inPage[i], `${f.kind}/${f.name} on ${target}`).toEqual(nodeLint(f.text, f.kind, target));
        compared += inPage[i].length;
      });
      expect(compared).toBeGreaterThan(500);
    }, 240_000);
  });

  it('never asks anything but the local server', () => {
    expect(seen.length).toBeGreaterThan(0);
    expect(external).toEqual([]);
    for (const url of seen) expect(url.startsWith(`${server.origin}/`), url).toBe(true);
  });
});
