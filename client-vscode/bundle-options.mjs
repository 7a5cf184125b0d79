// esbuild options for bundling the language server, shared by client-vscode/build.mjs and the
// end-to-end tests (test/lsp/client.ts). They mirror scripts/build.mjs, which builds
// dist/server.cjs the same way.

import { join } from 'node:path';

/** @param {string} root repository root @param {string} version */
export function serverBundleOptions(root, version) {
  return {
    entryPoints: [join(root, 'server/src/lsp/bin.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // ESM dependencies read import.meta.url, which a CJS bundle does not have.
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    define: { REDIS_LINT_VERSION: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
    legalComments: 'none',
    // jsonc-parser's UMD build (its `main`) requires files dynamically; bundle its ESM build.
    alias: { 'jsonc-parser': join(root, 'node_modules/jsonc-parser/lib/esm/main.js') },
    logLevel: 'warning',
  };
}
