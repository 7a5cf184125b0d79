// Loads the zxcvbn-ts estimator synchronously (workers lint synchronously), and only once a
// file holding a password is met: start-up never pays for its dictionaries.

import { createRequire } from 'node:module';
import { registerZxcvbn, ZXCVBN_MODULES } from '../linter/index.js';

let attempted = false;

export function ensurePasswordEstimator(): void {
  if (attempted) return;
  attempted = true;
  try {
    const load = createRequire(import.meta.url);
    registerZxcvbn(...(ZXCVBN_MODULES.map((name) => load(name)) as [unknown, unknown, unknown]));
  } catch {
    // Optional: without the packages the built-in password checks stay in charge.
  }
}
