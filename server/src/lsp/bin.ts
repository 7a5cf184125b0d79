// redis-language-server: `--stdio` (default), `--node-ipc`, `--socket=PORT` or `--pipe=NAME`.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { useNodeKnowledgeSource } from '../service/node.js';
import { configFs, diskFiles } from './files.js';
import { describeError } from './log.js';
import { SERVER_NAME, startServer } from './server.js';

declare const REDIS_LINT_VERSION: string;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${SERVER_NAME} language server ${typeof REDIS_LINT_VERSION === 'string' ? REDIS_LINT_VERSION : 'dev'}\n`);
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: redis-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n' +
      'Language server for redis.conf, sentinel.conf and ACL files (LSP 3.17). Default transport: --stdio.\n',
  );
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}

// Nothing written to stdout may be anything but protocol messages.
console.log = console.info = console.warn = console.error = console.debug = (...items: unknown[]) => {
  process.stderr.write(`${items.map((i) => (typeof i === 'string' ? i : typeof i)).join(' ')}\n`);
};

useNodeKnowledgeSource();
const connection = createConnection(ProposedFeatures.all);

// A bug in a handler must not take the editor's server down; log where, never what.
process.on('uncaughtException', (error) => {
  try {
    connection.console.error(`${SERVER_NAME}: uncaught ${describeError(error)}`);
  } catch {
    process.stderr.write(`${SERVER_NAME}: uncaught ${describeError(error)}\n`);
  }
});
process.on('unhandledRejection', (error) => {
  try {
    connection.console.error(`${SERVER_NAME}: unhandled rejection ${describeError(error)}`);
  } catch {
    process.stderr.write(`${SERVER_NAME}: unhandled rejection ${describeError(error)}\n`);
  }
});

startServer(connection, { files: diskFiles, configFs });
