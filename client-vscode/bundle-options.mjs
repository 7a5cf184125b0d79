// esbuild options for bundling the language server, shared by client-vscode/build.mjs and the
// end-to-end tests (test/lsp/client.ts). They come from scripts/bundle-options.mjs, as
// scripts/build.mjs's do.

import { nodeBundleOptions } from '../scripts/bundle-options.mjs';

/** @param {string} root repository root @param {string} version */
export function serverBundleOptions(root, version) {
  const { outfile: _outfile, ...options } = nodeBundleOptions(root, version, 'server/src/lsp/bin.ts', '');
  return options;
}
