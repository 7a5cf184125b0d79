// esbuild options for every node bundle of the project (CLI, language server, extension's
// server copy, test builds), so they cannot drift apart.
import { join } from 'node:path';

/** @param {string} root repository root @param {string} version @param {string} entry @param {string} outfile */
export function nodeBundleOptions(root, version, entry, outfile) {
  return {
    entryPoints: [join(root, entry)],
    outfile,
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
    // Loaded on demand (only when a file holds a password) from node_modules.
    external: ['@zxcvbn-ts/*'],
    logLevel: 'warning',
  };
}
