import { parseConf } from '../../grammar/src/index.js';
const line = 'requirepass "s3cr3t pass"\n';
for (let i = 0; i < 20000; i++) parseConf(line);
const t0 = performance.now(); for (let i = 0; i < 100000; i++) parseConf(line); console.log('per call us', ((performance.now() - t0) / 100).toFixed(2));
