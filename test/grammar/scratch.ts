import { parseConf, parseAcl } from '../../grammar/src/index.js';
for (const n of [10000, 30000, 100000, 300000]) {
  const text = Array.from({ length: n }, () => 'maxmemory-policy allkeys-lru').join('\n') + '\n';
  const acl = Array.from({ length: n }, () => 'maxmemory-policy allkeys-lru').join('\n') + '\n';
  for (let i = 0; i < 3; i++) { parseConf(text); parseAcl(acl); }
  let t0 = performance.now(); parseConf(text); const a = performance.now() - t0;
  t0 = performance.now(); parseAcl(acl); const b = performance.now() - t0;
  console.log(n, 'conf', a.toFixed(1), 'acl', b.toFixed(1));
}
