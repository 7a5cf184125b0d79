import { parseConf } from '../../grammar/src/index.ts';
import { confLexer } from '../../grammar/src/conf/tokens.ts';
for (const N of [10000, 100000, 200000]) {
  const plain = Array.from({ length: N }, () => 'maxmemory-policy allkeys-lru').join('\n') + '\n';
  for (let i = 0; i < 3; i++) parseConf(plain);
  let t0 = performance.now(); confLexer('file').tokenize(plain); const lex = performance.now() - t0;
  t0 = performance.now(); parseConf(plain); const all = performance.now() - t0;
  console.log(N, 'lex', lex.toFixed(1), 'all', all.toFixed(1));
}
