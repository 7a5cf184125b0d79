// Bundles the CLI (and, when present, the language server) into dist/ and copies the
// knowledge data beside them. Run by `npm run build` and by `prepare` on `npm ci`.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lazyPackageBuilds, lazyPackagesPlugin, nodeBundleOptions } from './bundle-options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(join(root, 'server/src/knowledge/data'), join(dist, 'knowledge'), { recursive: true });

const entries = [
  { in: 'server/src/cli/bin.ts', out: 'cli.cjs' },
  { in: 'server/src/lsp/bin.ts', out: 'server.cjs' },
].filter((entry) => existsSync(join(root, entry.in)));

// Heavy dependencies go to dist/lazy/ and load on first use (see bundle-options.mjs).
await Promise.all([
  ...entries.map((entry) => {
    const options = nodeBundleOptions(root, pkg.version, entry.in, join(dist, entry.out));
    return build({ ...options, plugins: [lazyPackagesPlugin(root)] });
  }),
  ...lazyPackageBuilds(root, dist).map((options) => build(options)),
]);
