// The VS Code extension: starts the bundled language server (dist/server.cjs) over Node IPC
// for the three languages the manifest contributes. Every feature lives in the server.

import * as path from 'node:path';
import { commands, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.cjs'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'redis-conf' },
      { language: 'redis-sentinel' },
      { language: 'redis-acl' },
    ],
    synchronize: { configurationSection: 'redisLint' },
  };
  client = new LanguageClient('redisLint', 'redis-lint', serverOptions, clientOptions);
  context.subscriptions.push(
    commands.registerCommand('redisLint.restartServer', async () => {
      await client?.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
