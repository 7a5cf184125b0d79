import { splitArgs } from '../../grammar/src/index.js';
for (const n of [250_000, 500_000, 1_000_000]) { const s = 'a '.repeat(n); const t0 = performance.now(); splitArgs(s); console.log(n, (performance.now() - t0).toFixed(0)); }
