// Bundles the CLI (and, when present, the language server) into dist/ and copies the
// knowledge data beside them. Run by `npm run build` and by `prepare` on `npm ci`.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

await Promise.all(
  entries.map((entry) =>
    build({
      entryPoints: [join(root, entry.in)],
      outfile: join(dist, entry.out),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // ESM dependencies read import.meta.url, which a CJS bundle does not have.
      banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
      define: { REDIS_LINT_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
      legalComments: 'none',
      // jsonc-parser's UMD build (its `main`) requires files dynamically; bundle its ESM build.
      alias: { 'jsonc-parser': join(root, 'node_modules/jsonc-parser/lib/esm/main.js') },
      logLevel: 'warning',
    }),
  ),
);
