import { parseConf } from '../../grammar/src/index.js';
const text = Array.from({ length: 100000 }, (_, i) => 'maxmemory-policy allkeys-lru').join('\n') + '\n';
for (let i = 0; i < 5; i++) parseConf(text);
for (let k = 0; k < 5; k++) { const t0 = performance.now(); for (let i = 0; i < 10; i++) parseConf(text); console.log(((performance.now() - t0) / 10).toFixed(1)); }
