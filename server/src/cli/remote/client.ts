// The only network client of redis-lint: connects to one server, authenticates, and reads
// CONFIG GET *, ACL LIST and INFO server. Read-only: it sends nothing else. Errors become one
// clear sentence (RemoteError) that never contains the password.

import { readFileSync } from 'node:fs';
import Redis, { type RedisOptions } from 'ioredis';
import { parseInfo, type LiveSnapshot } from '../../model/live/index.js';
import type { ServerAddress } from './url.js';

export class RemoteError extends Error {}

export interface TlsFiles {
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
}

export interface ReadOptions {
  readonly timeoutMs: number;
  readonly tlsFiles?: TlsFiles;
  /** INFO server may be refused (the version comes from --redis-version then). */
  readonly infoOptional?: boolean;
}

export interface ServerRead {
  readonly snapshot: LiveSnapshot;
  /** The user redis-lint is logged in as. */
  readonly user: string;
  /** What could not be read, and what that means for the audit. */
  readonly warnings: readonly string[];
}

/** A permission the audit user lacks, as `ACL SETUSER` grants it. */
interface Missing {
  readonly grant: string;
  readonly command: string;
}

function tlsOptions(address: ServerAddress, files: TlsFiles | undefined): RedisOptions['tls'] {
  if (!address.tls && !files?.ca && !files?.cert && !files?.key) return undefined;
  if (!address.tls) throw new RemoteError(`--tls-ca/--tls-cert/--tls-key need a rediss:// address (got ${address.display})`);
  const read = (path: string | undefined, what: string) => {
    if (!path) return undefined;
    try {
      return readFileSync(path);
    } catch (error) {
      throw new RemoteError(`${what} ${path}: cannot read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'No such file' : (error as Error).message}`);
    }
  };
  const ca = read(files?.ca, '--tls-ca');
  const cert = read(files?.cert, '--tls-cert');
  const key = read(files?.key, '--tls-key');
  return {
    ...(ca ? { ca } : {}),
    ...(cert ? { cert } : {}),
    ...(key ? { key } : {}),
    ...(address.host ? { servername: address.host } : {}),
  };
}

function connectionMessage(address: ServerAddress, error: Error, timeoutMs: number): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const where = address.path ? `the socket ${address.path}` : `${address.host}:${address.port}`;
  switch (code) {
    case 'ECONNREFUSED':
      return `cannot connect to ${where}: connection refused (is redis-server running there?)`;
    case 'ENOENT':
      return `cannot connect to ${where}: no such socket`;
    case 'EACCES':
      return `cannot connect to ${where}: permission denied`;
    case 'ETIMEDOUT':
      return `cannot connect to ${where}: no answer within ${timeoutMs} ms (--timeout)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot connect to ${where}: unknown host ${address.host}`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `the connection to ${where} was closed${address.tls ? '' : ' (does the server expect TLS? use rediss://)'}`;
    default:
      break;
  }
  if (/certificate|SSL|TLS|self.signed|handshake/i.test(`${code} ${error.message}`)) {
    return `TLS with ${where} failed: ${error.message} (--tls-ca names the CA that signed the server's certificate)`;
  }
  if (/Connection is closed|ended/i.test(error.message)) {
    return `the connection to ${where} was closed${address.tls ? '' : ' (does the server expect TLS? use rediss://)'}`;
  }
  return `cannot talk to ${where}: ${error.message}`;
}

function missingPermission(message: string): string | undefined {
  return /^NOPERM.*'([^']+)' command/.exec(message)?.[1];
}

function scrubbed(text: string, address: ServerAddress): string {
  return address.password ? text.split(address.password).join('****') : text;
}

async function call(client: Redis, args: string[]): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await client.call(args[0], ...args.slice(1)) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

function describeMissing(user: string, missing: readonly Missing[]): string {
  const commands = missing.map((m) => m.command).join(', ');
  const grants = missing.map((m) => m.grant).join(' ');
  return `user '${user}' may not run ${commands} (NOPERM); grant it with ACL SETUSER ${user} ${grants} (see docs/remote.md for the minimal audit user)`;
}

/** Connects, authenticates and reads what the audit needs. Always closes the connection. */
export async function readServer(address: ServerAddress, options: ReadOptions): Promise<ServerRead> {
  const client = new Redis({
    ...(address.path ? { path: address.path } : { host: address.host ?? '127.0.0.1', port: address.port ?? 6379 }),
    tls: tlsOptions(address, options.tlsFiles),
    protocol: 2,
    lazyConnect: true,
    enableReadyCheck: false,
    enableOfflineQueue: false,
    disableClientInfo: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    reconnectOnError: () => false,
    autoResubscribe: false,
    autoResendUnfulfilledCommands: false,
    connectTimeout: options.timeoutMs,
    commandTimeout: options.timeoutMs,
    // A socket that never connected is destroyed at once, so the process can exit.
    disconnectTimeout: 50,
  });
  // The socket's own error (ECONNREFUSED, ENOENT, TLS…) arrives as an event; connect() then
  // only says the connection is closed.
  let socketError: Error | undefined;
  client.on('error', (error: Error) => {
    socketError ??= error;
  });
  const user = address.username ?? 'default';
  try {
    try {
      await client.connect();
    } catch (error) {
      throw new RemoteError(scrubbed(connectionMessage(address, socketError ?? (error as Error), options.timeoutMs), address));
    }
    const warnings: string[] = [];
    if (address.password !== undefined) {
      const auth = await call(client, address.username ? ['AUTH', address.username, address.password] : ['AUTH', address.password]);
      if (!auth.ok) {
        if (/without any password configured|no password is set/i.test(auth.message)) {
          warnings.push('a password was given but the default user needs none');
        } else if (/WRONGPASS|invalid username-password/i.test(auth.message)) {
          throw new RemoteError(`authentication as '${user}' failed (WRONGPASS): check the user name and the password (in the address, REDIS_LINT_PASSWORD or REDISCLI_AUTH)`);
        } else {
          throw new RemoteError(`authentication as '${user}' failed: ${scrubbed(auth.message, address)}`);
        }
      }
    }
    const [config, acl, info] = await Promise.all([call(client, ['CONFIG', 'GET', '*']), call(client, ['ACL', 'LIST']), call(client, ['INFO', 'server'])]);
    for (const reply of [config, acl, info]) {
      if (!reply.ok && /^NOAUTH/.test(reply.message)) {
        throw new RemoteError('the server requires a password: put it in the address or in REDIS_LINT_PASSWORD (or REDISCLI_AUTH), with REDIS_LINT_USERNAME for an ACL user');
      }
      if (!reply.ok && /timeout/i.test(reply.message)) throw new RemoteError(`no reply within ${options.timeoutMs} ms (--timeout)`);
      if (!reply.ok && /Connection is closed|ECONNRESET/i.test(reply.message)) {
        throw new RemoteError(connectionMessage(address, new Error(reply.message), options.timeoutMs));
      }
    }
    const infoFields = info.ok && typeof info.value === 'string' ? parseInfo(info.value) : undefined;
    if (infoFields?.redis_mode === 'sentinel') {
      throw new RemoteError('this is a Sentinel; redis-lint remote audits Redis servers (lint sentinel.conf files instead)');
    }
    const missing: Missing[] = [];
    const unknown: string[] = [];
    const refused = (reply: typeof config, grant: string, command: string) => {
      if (reply.ok) return;
      if (missingPermission(reply.message) !== undefined || /^NOPERM/.test(reply.message)) missing.push({ grant, command });
      else if (/unknown command/i.test(reply.message)) unknown.push(command);
      else throw new RemoteError(`${command} failed: ${scrubbed(reply.message, address)}`);
    };
    refused(config, '+config|get', 'CONFIG GET');
    refused(info, '+info', 'INFO');
    refused(acl, '+acl|list', 'ACL LIST');
    const essential = missing.filter((m) => m.command === 'CONFIG GET' || (m.command === 'INFO' && !options.infoOptional));
    if (essential.length > 0) throw new RemoteError(describeMissing(user, missing));
    if (unknown.includes('CONFIG GET')) {
      throw new RemoteError('the server does not know CONFIG (renamed or disabled with rename-command?); redis-lint remote needs CONFIG GET');
    }
    if (unknown.includes('INFO') && !options.infoOptional) {
      throw new RemoteError('the server does not know INFO (renamed?); pass --redis-version to say which version it runs');
    }
    if (missing.some((m) => m.command === 'ACL LIST')) {
      warnings.push(`${describeMissing(user, missing.filter((m) => m.command === 'ACL LIST'))}: users are not checked, and authentication is judged from requirepass alone`);
    } else if (unknown.includes('ACL LIST')) {
      warnings.push('the server does not know ACL LIST: users are not checked');
    }
    if (missing.some((m) => m.command === 'INFO')) warnings.push(`${describeMissing(user, missing.filter((m) => m.command === 'INFO'))}: the version comes from --redis-version`);

    const flat = config.ok && Array.isArray(config.value) ? (config.value as unknown[]).map(String) : [];
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
    if (pairs.length === 0) throw new RemoteError('CONFIG GET * returned nothing');
    const aclList = acl.ok && Array.isArray(acl.value) ? (acl.value as unknown[]).map(String) : undefined;
    return {
      snapshot: { config: pairs, ...(aclList ? { aclList } : {}), ...(infoFields ? { info: infoFields } : {}) },
      user,
      warnings,
    };
  } finally {
    client.disconnect();
  }
}
