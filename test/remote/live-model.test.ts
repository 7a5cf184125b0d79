// The live-server model without a server: snapshots made from the knowledge base's defaults.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../support/knowledge.js';
import { splitArgs } from '../../grammar/src/index.js';
import { lintLive } from '../../server/src/cli/remote/report.js';
import { parseAddress, redactAddress, withEnvironmentCredentials } from '../../server/src/cli/remote/url.js';
import { getDirectives } from '../../server/src/knowledge/directives.js';
import { aclContext } from '../../server/src/model/acl/index.js';
import { parseTarget, type Target } from '../../server/src/model/index.js';
import {
  implicitDefaultUser, liveTarget, maskedAclLine, normalizedValue, parseAclList, parseInfo, quoteArg, sameUser,
  synthesizeConfig, type LiveSnapshot,
} from '../../server/src/model/live/index.js';

function target(text: string): Target {
  const parsed = parseTarget(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.target;
}

/** CONFIG GET * of a server started with no file, as far as the knowledge base knows it. */
function defaults(t: Target, changes: Record<string, string> = {}): LiveSnapshot {
  const pairs: Array<[string, string]> = [];
  for (const info of getDirectives(t).all()) {
    if (info.default === null || info.default === undefined || info.name.includes('<') || info.ignored || info.type === 'special' && info.name === 'include') continue;
    pairs.push([info.name, info.default]);
    for (const alias of info.aliases ?? []) pairs.push([alias, info.default]);
  }
  pairs.push(['dir', '/var/lib/redis']);
  const map = new Map(pairs);
  for (const [k, v] of Object.entries(changes)) map.set(k, v);
  return { config: [...map], aclList: ['user default on nopass ~* &* +@all'], info: { redis_version: t.line === '6.2' ? '6.2.16' : '7.0.15' } };
}

const T70 = target('redis-7.0.15');

describe('writing values as Redis reads them', () => {
  it('round-trips any value through sdssplitargs', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '"', "'", '\\', '\n', '\t', '\x01', 'é', 'x', '$', '{', '}') }), (value) => {
      const split = splitArgs(quoteArg(value));
      expect('args' in split && split.args.map((a) => a.value)).toEqual([value]);
    }), { numRuns: 500 });
  });

  it('leaves plain words alone', () => {
    expect(quoteArg('allkeys-lru')).toBe('allkeys-lru');
    expect(quoteArg('')).toBe('""');
    expect(quoteArg('{title} {listen-addr}')).toBe('"{title} {listen-addr}"');
  });
});

describe('a server as a config file', () => {
  it('writes one line per setting under its current name, users from ACL LIST', () => {
    const live = synthesizeConfig(defaults(T70), T70);
    expect(live.text).toContain('\nmaxmemory-policy noeviction\n');
    expect(live.text).toContain('\nsave 3600 1 300 100 60 10000\n');
    expect(live.text).not.toMatch(/^slave-read-only /m);
    expect(live.text).not.toMatch(/^replicaof /m);
    // The default user equals what requirepass alone gives: no line, as in a file without one.
    expect(live.implicitDefaultUser).toBe(true);
    expect(live.text).not.toMatch(/^user /m);
  });

  it('splits multi-value settings one group per line where the version wants it (6.x)', () => {
    const t = target('redis-6.2.16');
    const live = synthesizeConfig(defaults(t, { save: '900 1 300 10', 'client-output-buffer-limit': 'normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60' }), t);
    expect(live.text).toContain('\nsave 900 1\nsave 300 10\n');
    expect(live.text).toContain('\nclient-output-buffer-limit normal 0 0 0\nclient-output-buffer-limit slave 268435456 67108864 60\n');
  });

  it('runs the exposure rules on a server that listens everywhere, naming the settings', () => {
    const report = lintLive({ snapshot: defaults(T70, { bind: '* -::*', port: '6379', 'protected-mode': 'no' }), target: T70, display: 'redis://db:6379' });
    const found = report.findings.map((f) => `${f.ruleId} ${f.subject} ${f.severity}`);
    expect(found).toContain('bind-all-interfaces bind error');
    expect(found).toContain('protected-mode-disabled protected-mode error');
    expect(found).toContain('no-authentication bind error');
    expect(found.some((f) => f.startsWith('path-not-found') || f.startsWith('deprecated-'))).toBe(false);
    expect(report.findings.every((f) => f.file === 'redis://db:6379')).toBe(true);
  });

  it('checks users from ACL LIST and a requirepass it can read', () => {
    const snapshot: LiveSnapshot = {
      ...defaults(T70, { requirepass: 'password', bind: '10.0.0.5', port: '6379' }),
      aclList: [
        'user default on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* &* +@all',
        'user app on nopass ~app:* resetchannels -@all +get',
      ],
    };
    const report = lintLive({ snapshot, target: T70, display: 'redis://db:6379' });
    const found = report.findings.map((f) => `${f.ruleId} ${f.subject}`);
    expect(found).toContain('weak-password requirepass');
    expect(found).toContain('acl-nopass-user user app');
    expect(report.maskedConfig).toContain('requirepass ****\n');
    expect(report.maskedConfig).not.toContain('5e884898');
  });

  it('reads INFO and picks the target', () => {
    const info = parseInfo('# Server\r\nredis_version:7.2.4\r\nredis_mode:standalone\r\n');
    expect(liveTarget(info)).toMatchObject({ ok: true, target: { product: 'redis', line: '7.2', patch: 4 } });
    expect(liveTarget(parseInfo('server_name:valkey\nvalkey_version:8.0.1\nredis_version:7.2.4\n'))).toMatchObject({ ok: true, target: { product: 'valkey', line: '8.0' } });
  });
});

describe('users read back from ACL LIST', () => {
  const ctx = aclContext('redis-7.0');
  it('equal the default user requirepass makes', () => {
    const [user] = parseAclList(ctx, ['user default on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* &* +@all']);
    expect(sameUser(user.user!, implicitDefaultUser(ctx, 'password'))).toBe(true);
    expect(sameUser(user.user!, implicitDefaultUser(ctx, undefined))).toBe(false);
  });

  it('mask hashes and passwords', () => {
    expect(maskedAclLine('user a on #abc >x ~* +@all')).toBe('user a on #**** >**** ~* +@all');
  });
});

describe('file values in CONFIG GET form', () => {
  const info = (name: string) => getDirectives(T70).lookup(name)!.info;
  it.each([
    ['maxmemory', [['2gb']], '2147483648'],
    ['appendonly', [['YES']], 'yes'],
    ['maxmemory-policy', [['AllKeys-LRU']], 'allkeys-lru'],
    ['save', [['900', '1'], ['300', '10']], '900 1 300 10'],
    ['save', [['']], ''],
    ['save', [], '3600 1 300 100 60 10000'],
    ['client-output-buffer-limit', [['replica', '256mb', '64mb', '60']], 'normal 0 0 0 slave 268435456 67108864 60 pubsub 33554432 8388608 60'],
    ['notify-keyspace-events', [['KEA']], '$EKdeghlstxz'],
    ['unixsocketperm', [['0700']], '700'],
  ] as const)('%s %j → %s', (name, lines, expected) => {
    expect(normalizedValue(info(name), lines)).toBe(expected);
  });
});

describe('server addresses', () => {
  it.each([
    ['redis://db.example:6380/2', { display: 'redis://db.example:6380/2', host: 'db.example', port: 6380, db: 2, tls: false }],
    ['rediss://alice:s%40cret@db', { display: 'rediss://alice@db:6379', username: 'alice', password: 's@cret', tls: true }],
    ['redis://:onlypass@127.0.0.1', { display: 'redis://127.0.0.1:6379', password: 'onlypass' }],
    ['redis://[::1]:7000', { host: '::1', port: 7000 }],
    ['unix:///run/redis/redis.sock', { display: 'unix:///run/redis/redis.sock', path: '/run/redis/redis.sock' }],
    ['redis+unix://audit:pw@/run/redis.sock', { display: 'redis+unix://audit@/run/redis.sock', path: '/run/redis.sock', username: 'audit', password: 'pw' }],
  ] as const)('%s', (text, expected) => {
    expect(parseAddress(text)).toMatchObject(expected);
    expect(parseAddress(text).display).not.toContain('pw');
  });

  it('refuses what is not an address, without echoing a password', () => {
    expect(() => parseAddress('http://u:topsecret@x')).toThrow(/not a server address/);
    expect(() => parseAddress('http://u:topsecret@x')).not.toThrow(/topsecret/);
    expect(redactAddress('redis://u:topsecret@x')).toBe('redis://u:****@x');
  });

  it('takes credentials from the environment when the address has none', () => {
    const env = { REDIS_LINT_USERNAME: 'audit', REDISCLI_AUTH: 'a', REDIS_LINT_PASSWORD: 'b' };
    expect(withEnvironmentCredentials(parseAddress('redis://x'), env)).toMatchObject({ username: 'audit', password: 'b' });
    expect(withEnvironmentCredentials(parseAddress('redis://x'), { REDISCLI_AUTH: 'a' })).toMatchObject({ password: 'a' });
    expect(withEnvironmentCredentials(parseAddress('redis://u:c@x'), env)).toMatchObject({ username: 'u', password: 'c' });
  });
});
