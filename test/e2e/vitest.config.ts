// `npm run test:e2e`: the VS Code extension in code-server, driven by headless chromium.
// Kept out of the default `npm test` (see ../../vitest.config.ts): it needs code-server and
// chromium (scripts/e2e-setup.sh) and takes minutes.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const scale = Number(process.env.E2E_TIME_SCALE ?? '1') || 1; // see vscode.test.ts

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // Each scenario enforces its own, shorter budget (and saves evidence when it runs out).
    testTimeout: Math.max(330_000, 330_000 * scale),
    // beforeAll may install code-server (minutes on a cold machine) and builds the .vsix.
    hookTimeout: 1_200_000,
    retry: 1,
    pool: 'forks',
    fileParallelism: false,
  },
});
