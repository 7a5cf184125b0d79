/* global URLSearchParams, Buffer, window */
// Takes docs/images/playground.png from playground/dist (run `npm run playground:build` first):
//   node playground/screenshot.mjs [out.png]
// Uses Debian's chromium (CHROMIUM_PATH to override) through playwright-core.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const out = resolve(process.argv[2] ?? join(here, '../docs/images/playground.png'));

const EXAMPLE = `# redis.conf of the cache tier
bind 0.0.0.0
protected-mode no
port 6379
maxmemroy 2gb
maxmemory-policy allkeys-lru
appendonly yes
rename-command FLUSHALL ""
`;

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  try {
    const file = resolve(dist, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(dist)) throw new Error('outside');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--headless'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  const fragment = new URLSearchParams({ k: 'conf', t: 'redis-7.4', p: Buffer.from(EXAMPLE).toString('base64url') });
  await page.goto(`${origin}/#${fragment}`);
  await page.evaluate(() => window.__redisLint.ready);
  await page.waitForFunction(() => window.__redisLint.isCurrent());
  // The inline tooltip of `protected-mode no`, with its quick fix.
  await page.locator('.cm-lintRange', { hasText: 'no' }).first().hover();
  await page.locator('.cm-tooltip-lint').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`playground: wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
