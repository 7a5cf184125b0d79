import { main, nodeIo } from '../server/src/cli/main.js';
const code = await main(process.argv.slice(2), nodeIo());
process.stderr.write(`[exit ${code}]\n`);
