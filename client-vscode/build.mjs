// Builds the extension into client-vscode/dist: the thin client (extension.js, `vscode` left
// external) and the language server bundled from ../server/src/lsp/bin.ts, with the knowledge
// data beside it. Offline; run by `npm run vsix` (and by vsce's `vscode:prepublish`).

import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverBundleOptions } from './bundle-options.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(here, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(join(root, 'server/src/knowledge/data'), join(dist, 'knowledge'), { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
};

await Promise.all([
  // The client is only glue: minified. The server keeps its names for readable stack traces.
  build({ ...common, entryPoints: [join(here, 'src/extension.ts')], outfile: join(dist, 'extension.js'), external: ['vscode'], minify: true }),
  build({ ...serverBundleOptions(root, pkg.version), outfile: join(dist, 'server.cjs') }),
]);
