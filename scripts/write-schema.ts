// Writes schema/redis-lint.schema.json from CONFIG_SCHEMA (server/src/linter/config-file.ts).
// test/cli/config-file.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_SCHEMA } from '../server/src/linter/config-file.js';

const path = join(import.meta.dirname, '..', 'schema', 'redis-lint.schema.json');
writeFileSync(path, `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
console.log(`wrote ${path}`);
