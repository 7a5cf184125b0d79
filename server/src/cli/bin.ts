import { main, nodeIo } from './main.js';

process.exitCode = main(process.argv.slice(2), nodeIo());
