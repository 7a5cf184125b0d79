// esbuild options for every node bundle of the project (CLI, language server, extension's
// server copy, test builds), so they cannot drift apart.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/**
 * Packages the CLI and server bundles load on first use instead of at startup: Chevrotain (only
 * lines the grammar's fast path cannot read need it), the remote client, the config-file schema
 * validator, globbing, diffs. Each is bundled into `<bundle dir>/lazy/<name>.cjs`; the main
 * bundle holds a small stand-in that requires it the first time an export is touched, so a plain
 * `redis-lint redis.conf` neither reads nor compiles them (DESIGN.md: no work at import time).
 */
export const LAZY_PACKAGES = ['chevrotain', 'ioredis', 'ajv', 'tinyglobby', 'picomatch', 'diff', 'jsonc-parser', 'yaml'];

/** Node built-ins only some runs need (fingerprints and temp names; the password estimator's loader). */
export const LAZY_BUILTINS = ['node:crypto', 'node:module'];

/** File name of a lazy package's chunk. */
function chunkName(name) {
  return `${name.replace(/[^a-z0-9.-]/gi, '_')}.cjs`;
}

/** Export names of a package, read in this (build) process: they become getters on the stand-in. */
async function exportNames(root, name) {
  const require = createRequire(join(root, 'package.json'));
  let mod;
  try {
    mod = require(name);
  } catch {
    mod = await import(pathToFileURL(require.resolve(name)).href);
  }
  const names = new Set(Object.keys(mod));
  for (const key of Object.getOwnPropertyNames(mod)) if (!['length', 'name', 'prototype', 'caller', 'arguments'].includes(key)) names.add(key);
  names.delete('__esModule');
  return [...names].sort();
}

/**
 * The stand-in: a function (so that `new Redis()`, `picomatch(...)` and default imports of
 * CommonJS packages work) with a getter per export, requiring the chunk on first touch. esbuild's
 * ESM interop reads named imports through getters at the point of use, so nothing loads at import.
 */
function standIn(name, names) {
  const path = name.startsWith('node:') ? JSON.stringify(name) : `require("node:path").join(__dirname, "lazy", ${JSON.stringify(chunkName(name))})`;
  return [
    '"use strict";',
    'let real;',
    `const load = () => (real ??= require(${path}));`,
    'function lazy(...args) {',
    '  const target = load();',
    '  const f = typeof target === "function" ? target : target.default;',
    '  return new.target ? Reflect.construct(f, args) : f.apply(this, args);',
    '}',
    `for (const key of ${JSON.stringify(names)}) Object.defineProperty(lazy, key, { enumerable: true, configurable: true, get: () => load()[key] });`,
    'Object.defineProperty(lazy, "__esModule", { value: true });',
    'module.exports = lazy;',
  ].join('\n');
}

/** esbuild plugin: imports of `packages` resolve to stand-ins (pair it with buildLazyPackages). */
export function lazyPackagesPlugin(root, packages = LAZY_PACKAGES, builtins = LAZY_BUILTINS) {
  return {
    name: 'redis-lint-lazy-packages',
    setup(build) {
      const aliases = build.initialOptions.alias ?? {};
      // The stand-in replaces the package itself; its chunk applies any alias.
      build.initialOptions.alias = Object.fromEntries(Object.entries(aliases).filter(([key]) => !packages.includes(key)));
      const filter = new RegExp(`^(${[...packages, ...builtins].map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
      // The stand-in's own require of a built-in is the real thing.
      build.onResolve({ filter }, (args) => (args.namespace === 'redis-lint-lazy' ? { path: args.path, external: true } : { path: args.path, namespace: 'redis-lint-lazy' }));
      build.onLoad({ filter: /.*/, namespace: 'redis-lint-lazy' }, async (args) => ({
        contents: standIn(args.path, await exportNames(root, args.path)),
        loader: 'js',
      }));
    },
  };
}

/** esbuild option sets for the chunks of `packages`, written to `<outdir>/lazy/`. */
export function lazyPackageBuilds(root, outdir, packages = LAZY_PACKAGES) {
  const base = nodeBundleOptions(root, '0.0.0', 'package.json', '');
  const { entryPoints: _entry, outfile: _outfile, banner, ...options } = base;
  return packages.map((name) => ({
    ...options,
    banner: { js: banner.js.replace(/^#!.*\n/, '') },
    stdin: { contents: `module.exports = require(${JSON.stringify(options.alias[name] ?? name)});`, resolveDir: root, loader: 'js' },
    outfile: join(outdir, 'lazy', chunkName(name)),
  }));
}
