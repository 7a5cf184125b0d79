// Loads zxcvbn-ts on demand and registers it as the password estimator. Callers (the CLI, the
// language server) call this only when a file holds a password, so start-up never pays for the
// dictionaries. The packages are optional: without them this resolves to false and the
// built-in checks of password-strength.ts stay in charge.
//
// The module names are passed through a variable on purpose: bundlers then leave them out of the
// bundle (the dictionaries are large) and the code compiles whether or not they are installed.

import { registerPasswordEstimator, type PasswordEstimate } from './password-strength.js';

/** How a module is imported; injectable so tests and browsers can supply their own. */
export type ModuleImporter = (specifier: string) => Promise<unknown>;

interface ZxcvbnResult {
  readonly score: number;
}

interface ZxcvbnOptions {
  readonly dictionary: Record<string, unknown>;
  readonly graphs: unknown;
  readonly translations?: unknown;
}

interface CoreV4 {
  readonly ZxcvbnFactory: new (options: ZxcvbnOptions) => { check(password: string): ZxcvbnResult };
}

interface CoreV3 {
  readonly zxcvbn: (password: string) => ZxcvbnResult;
  readonly zxcvbnOptions: { setOptions(options: ZxcvbnOptions): void };
}

interface LanguagePackage {
  readonly dictionary?: Record<string, unknown>;
  readonly adjacencyGraphs?: unknown;
  readonly translations?: unknown;
}

const CORE = '@zxcvbn-ts/core';
const COMMON = '@zxcvbn-ts/language-common';
const ENGLISH = '@zxcvbn-ts/language-en';

const defaultImporter: ModuleImporter = (specifier) => import(/* @vite-ignore */ specifier);

let loading: Promise<boolean> | undefined;

function unwrap<T>(module: unknown): T {
  const m = module as { default?: unknown };
  // CommonJS builds come wrapped in `default` when imported from ESM.
  return (m && typeof m === 'object' && m.default && typeof m.default === 'object' ? { ...m.default, ...m } : m) as T;
}

function clampScore(score: number): PasswordEstimate['score'] {
  return Math.max(0, Math.min(4, Math.round(score))) as PasswordEstimate['score'];
}

/**
 * Registers an estimator built from the three zxcvbn-ts modules (as imported or required).
 * Returns false when they do not have the expected shape.
 */
export function registerZxcvbn(core: unknown, common: unknown, english: unknown): boolean {
  const c = unwrap<Partial<CoreV4 & CoreV3>>(core);
  const lc = unwrap<LanguagePackage>(common);
  const en = unwrap<LanguagePackage>(english);
  const options: ZxcvbnOptions = {
    dictionary: { ...(lc.dictionary ?? {}), ...(en.dictionary ?? {}) },
    graphs: lc.adjacencyGraphs,
    ...(en.translations ? { translations: en.translations } : {}),
  };
  let check: (password: string) => ZxcvbnResult;
  if (c.ZxcvbnFactory) {
    const factory = new c.ZxcvbnFactory(options);
    check = (password) => factory.check(password);
  } else if (c.zxcvbn && c.zxcvbnOptions) {
    c.zxcvbnOptions.setOptions(options);
    check = c.zxcvbn;
  } else {
    return false;
  }
  registerPasswordEstimator((password) => ({ score: clampScore(check(password).score) }));
  return true;
}

/** The module names, for loaders that must require them synchronously (node). */
export const ZXCVBN_MODULES = [CORE, COMMON, ENGLISH] as const;

/**
 * Imports @zxcvbn-ts/core, language-common and language-en and registers an estimator built
 * from them. Resolves true when it is in place, false when the packages are not installed.
 * Safe to call many times: the work is done once.
 */
export function loadZxcvbnEstimator(importer: ModuleImporter = defaultImporter): Promise<boolean> {
  loading ??= (async () => {
    try {
      const [core, common, english] = await Promise.all([importer(CORE), importer(COMMON), importer(ENGLISH)]);
      return registerZxcvbn(core, common, english);
    } catch {
      loading = undefined;
      return false;
    }
  })();
  return loading;
}
