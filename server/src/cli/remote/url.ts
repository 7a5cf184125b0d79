// Server addresses for `redis-lint remote`: redis://, rediss:// (TLS), unix:// and redis+unix://.
// Credentials may be in the address, but the address is only ever shown without its password.

import { UsageError } from '../discover.js';

export interface ServerAddress {
  /** How outputs name the server: the address without password (`redis://alice@db:6379`). */
  readonly display: string;
  readonly tls: boolean;
  readonly host?: string;
  readonly port?: number;
  /** Unix socket path. */
  readonly path?: string;
  readonly username?: string;
  readonly password?: string;
  readonly db?: number;
}

function decode(text: string, what: string, given: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new UsageError(`${redactAddress(given)}: the ${what} is not valid percent-encoding`);
  }
}

/** The address as typed, with any password (user info or `?password=`) replaced by `****` (for error messages). */
export function redactAddress(text: string): string {
  return text
    .replace(/^([a-z+]+:\/\/)([^@/]*)@/i, (_, scheme: string, userinfo: string) => {
      const at = userinfo.indexOf(':');
      return at === -1 ? `${scheme}${userinfo}@` : `${scheme}${userinfo.slice(0, at)}:****@`;
    })
    .replace(/([?&]password=)[^&#]*/gi, '$1****');
}

function splitUserinfo(userinfo: string | undefined, given: string): { username?: string; password?: string } {
  if (userinfo === undefined) return {};
  const at = userinfo.indexOf(':');
  const user = decode(at === -1 ? userinfo : userinfo.slice(0, at), 'user name', given);
  const pass = at === -1 ? undefined : decode(userinfo.slice(at + 1), 'password', given);
  return { ...(user !== '' ? { username: user } : {}), ...(pass !== undefined && pass !== '' ? { password: pass } : {}) };
}

function dbOf(text: string | undefined, given: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`${redactAddress(given)}: the database must be a number (got '${text}')`);
  return Number(text);
}

/**
 * Parses `redis://[user[:password]@]host[:port][/db]`, `rediss://…`, `unix:///path/to.sock` and
 * `redis+unix://[user[:password]@]/path/to.sock[?db=N]`.
 */
export function parseAddress(given: string): ServerAddress {
  const socket = /^(?:unix|redis\+unix|rediss\+unix):\/\/(?:([^@/]*)@)?(\/[^?#]*)(?:\?([^#]*))?$/i.exec(given);
  if (socket) {
    const tls = /^rediss\+/i.test(given);
    const creds = splitUserinfo(socket[1], given);
    const path = decode(socket[2], 'socket path', given);
    const params = new URLSearchParams(socket[3] ?? '');
    const db = dbOf(params.get('db') ?? undefined, given);
    const password = params.get('password') ?? undefined;
    const scheme = given.slice(0, given.indexOf('://')).toLowerCase();
    return {
      display: `${scheme}://${creds.username ? `${encodeURIComponent(creds.username)}@` : ''}${path}`,
      tls, path, ...creds, ...(password ? { password } : {}), ...(db !== undefined ? { db } : {}),
    };
  }
  const tcp = /^(rediss?):\/\/(?:([^@/]*)@)?(\[[^\]]+\]|[^:/?#]*)(?::(\d*))?(?:\/(\d*))?\/?$/i.exec(given);
  if (!tcp) {
    throw new UsageError(`'${redactAddress(given)}' is not a server address; use redis://host:port, rediss://host:port (TLS) or unix:///path/to/redis.sock`);
  }
  const tls = tcp[1].toLowerCase() === 'rediss';
  const creds = splitUserinfo(tcp[2], given);
  const host = tcp[3] === '' ? '127.0.0.1' : tcp[3];
  const port = tcp[4] === undefined || tcp[4] === '' ? 6379 : Number(tcp[4]);
  if (port < 1 || port > 65535) throw new UsageError(`${redactAddress(given)}: port ${port} is out of range`);
  const db = dbOf(tcp[5], given);
  const user = creds.username ? `${encodeURIComponent(creds.username)}@` : '';
  return {
    display: `${tls ? 'rediss' : 'redis'}://${user}${host}:${port}${db ? `/${db}` : ''}`,
    tls,
    host: host.startsWith('[') ? host.slice(1, -1) : host,
    port,
    ...creds,
    ...(db !== undefined ? { db } : {}),
  };
}

/**
 * Credentials not in the address come from the environment, never from the command line:
 * `REDIS_LINT_USERNAME`, then `REDIS_LINT_PASSWORD` or redis-cli's `REDISCLI_AUTH`.
 */
export function withEnvironmentCredentials(address: ServerAddress, env: NodeJS.ProcessEnv): ServerAddress {
  const username = address.username ?? (env.REDIS_LINT_USERNAME || undefined);
  const password = address.password ?? (env.REDIS_LINT_PASSWORD || env.REDISCLI_AUTH || undefined);
  return { ...address, ...(username ? { username } : {}), ...(password ? { password } : {}) };
}
