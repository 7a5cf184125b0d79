// Builds the playground into playground/dist/: index.html, one ES module bundle of the engine
// and the editor, the stylesheet, a service worker for offline use and the knowledge data (one
// JSON file per name, fetched lazily for the selected target only). Prints the first-load size
// of the default target and writes it to dist/sizes.json; fails when it exceeds the budget.
//
//   node playground/build.mjs            build
//   node playground/build.mjs --serve    build, then serve dist/ on http://127.0.0.1:8080/
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(here, 'dist');
const knowledgeSrc = join(root, 'server/src/knowledge/data');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** First load of the default target, gzip: index.html, bundle, stylesheet, the target's data. */
const BUDGET_GZIP = 1024 * 1024;
const DEFAULT_TARGET = 'redis-7.4';

/** Folders of ours the browser bundle may contain (DESIGN.md: playground → service, linter). */
const ALLOWED = ['playground/src/', 'server/src/service/', 'server/src/linter/', 'server/src/rules/', 'server/src/model/', 'server/src/knowledge/', 'grammar/src/'];
/** Node-only modules that must never reach the browser. */
const FORBIDDEN = [/^server\/src\/(cli|lsp)\//, /knowledge\/loader-node\.ts$/, /service\/node\.ts$/];

const started = performance.now();
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'knowledge'), { recursive: true });

const result = await build({
  entryPoints: { playground: join(here, 'src/main.ts') },
  outdir: dist,
  // The zxcvbn-ts dictionaries are a chunk of their own, imported only for files holding a password.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022', 'chrome105', 'firefox110', 'safari16'],
  minify: true,
  sourcemap: 'linked',
  // Maps point into the repository's sources instead of carrying them (the dictionaries are large).
  sourcesContent: false,
  legalComments: 'eof',
  define: { REDIS_LINT_VERSION: JSON.stringify(pkg.version) },
  metafile: true,
  logLevel: 'warning',
});

// Layering and browser safety, checked on what was actually bundled.
const problems = [];
for (const input of Object.keys(result.metafile.inputs)) {
  const path = input.split(sep).join('/');
  if (path.startsWith('node_modules/') || path.startsWith('../node_modules/')) continue;
  if (path.startsWith('node:') || FORBIDDEN.some((re) => re.test(path))) problems.push(`${path}: node-only module in the browser bundle`);
  else if (!ALLOWED.some((prefix) => path.startsWith(prefix))) problems.push(`${path}: outside the layers the playground may use`);
}
if (problems.length > 0) {
  console.error(`playground: ${problems.join('\n  ')}`);
  process.exit(1);
}

const names = readdirSync(knowledgeSrc).filter((f) => f.endsWith('.json')).sort();
for (const name of names) cpSync(join(knowledgeSrc, name), join(dist, 'knowledge', name));
cpSync(join(here, 'playground.css'), join(dist, 'playground.css'));
cpSync(join(here, 'index.html'), join(dist, 'index.html'));

// The service worker's cache is named after a hash of everything it serves.
const defaultData = ['directives', 'acl', 'sentinel'].map((k) => `knowledge/${k}-${DEFAULT_TARGET}.json`);
// What the page loads up front: the entry and the chunks it imports statically; the rest
// (dynamic imports) only on demand.
const outputs = result.metafile.outputs;
const outName = (path) => relative(dist, resolve(root, path)).split(sep).join('/');
const entryOut = Object.keys(outputs).find((o) => outName(o) === 'playground.js');
const staticChunks = new Set();
const visit = (out) => {
  for (const imp of outputs[out].imports ?? []) {
    if (imp.kind !== 'import-statement' || imp.external || staticChunks.has(imp.path)) continue;
    staticChunks.add(imp.path);
    visit(imp.path);
  }
};
visit(entryOut);
const onDemand = Object.keys(outputs).filter((o) => o.endsWith('.js') && o !== entryOut && !staticChunks.has(o)).map(outName);
const shell = ['index.html', 'playground.js', ...[...staticChunks].map(outName), 'playground.css'];
const hash = createHash('sha256');
for (const file of [...shell, ...names.map((n) => `knowledge/${n}`)]) hash.update(readFileSync(join(dist, file)));
const buildId = hash.digest('hex').slice(0, 12);
const precache = ['./', ...shell, ...defaultData];
writeFileSync(
  join(dist, 'sw.js'),
  readFileSync(join(here, 'sw.js'), 'utf8').replace('__BUILD__', buildId).replace('__PRECACHE__', JSON.stringify(precache).replace(/'/g, "\\'")),
);

// Sizes: what a first visit downloads for the default target (the service worker then fetches
// the same files once more to cache them; a browser serves that from its HTTP cache).
function sizes(file) {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    bytes: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    // Quality 11 is what static hosts precompress with; it is slow on the large on-demand chunk.
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: bytes.length > 1_000_000 ? 9 : 11 } }).length,
  };
}
function whenLoaded(file) {
  if (/zxcvbn/.test(file)) return 'the text holds a cleartext password (zxcvbn-ts estimator, as the CLI)';
  if (/ajv/.test(file)) return 'never: validates .redis-lint.json files, which the page does not read';
  return 'on demand';
}
const sum = (rows, key) => rows.reduce((n, r) => n + r[key], 0);
const firstLoad = [...shell, 'sw.js', ...defaultData].map(sizes);
const total = { bytes: sum(firstLoad, 'bytes'), gzip: sum(firstLoad, 'gzip'), brotli: sum(firstLoad, 'brotli') };
const targets = {};
for (const id of [...new Set(names.map((n) => n.replace(/^(directives|acl|sentinel)-|\.json$/g, '')))]) {
  const rows = ['directives', 'acl', 'sentinel'].map((k) => sizes(`knowledge/${k}-${id}.json`));
  targets[id] = { bytes: sum(rows, 'bytes'), gzip: sum(rows, 'gzip'), brotli: sum(rows, 'brotli') };
}
const report = {
  version: pkg.version,
  build: buildId,
  defaultTarget: DEFAULT_TARGET,
  budget: { gzip: BUDGET_GZIP },
  firstLoad: { files: firstLoad, total },
  withinBudget: total.gzip <= BUDGET_GZIP,
  perTarget: targets,
  onDemand: onDemand.map((file) => ({ ...sizes(file), when: whenLoaded(file) })),
  bundleInputs: Object.keys(result.metafile.inputs).length,
};
writeFileSync(join(dist, 'sizes.json'), `${JSON.stringify(report, null, 2)}\n`);

const kb = (n) => `${(n / 1024).toFixed(1).padStart(7)} KiB`;
console.log(`playground: built ${relative(process.cwd(), dist) || '.'} in ${Math.round(performance.now() - started)} ms`);
console.log(`  first load, default target ${DEFAULT_TARGET}:       raw         gzip       brotli`);
for (const row of firstLoad) console.log(`  ${row.file.padEnd(40)} ${kb(row.bytes)} ${kb(row.gzip)} ${kb(row.brotli)}`);
console.log(`  ${'total'.padEnd(40)} ${kb(total.bytes)} ${kb(total.gzip)} ${kb(total.brotli)}   (budget ${kb(BUDGET_GZIP).trim()} gzip)`);
console.log(`  each other target adds, when picked: ${Object.entries(targets).filter(([id]) => id !== DEFAULT_TARGET).map(([id, t]) => `${id} ${(t.gzip / 1024).toFixed(1)} KiB`).join(', ')} (gzip)`);
for (const row of report.onDemand) console.log(`  on demand: ${row.file} ${kb(row.gzip).trim()} gzip, loaded when ${row.when}`);
if (!report.withinBudget) {
  console.error(`playground: first load is ${total.gzip} bytes gzip, over the budget of ${BUDGET_GZIP}`);
  process.exit(1);
}

if (process.argv.includes('--serve')) {
  const port = Number(process.env.PORT ?? 8080);
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json' };
  createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  }).listen(port, '127.0.0.1', () => console.log(`playground: serving on http://127.0.0.1:${port}/`));
}
