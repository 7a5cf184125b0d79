import { beforeAll, describe, expect, test } from 'vitest';
import { getDirectives, editDistance } from '../../server/src/knowledge/directives.js';
import { useNodeKnowledgeSource } from '../../server/src/knowledge/loader-node.js';
import { getSentinel } from '../../server/src/knowledge/sentinel.js';
import { TARGET_IDS, type DataId } from '../../server/src/knowledge/targets.js';

beforeAll(() => useNodeKnowledgeSource());

const info = (target: DataId, name: string) => {
  const match = getDirectives(target).lookup(name);
  if (!match) throw new Error(`${name} unknown in ${target}`);
  return match.info;
};

describe('defaults and their changes between versions', () => {
  test('bind: none in 6.2, `* -::*` from 7.0', () => {
    expect(info('redis-6.2', 'bind')).toMatchObject({ default: null, handledBy: 'special', type: 'special' });
    expect(info('redis-6.2', 'bind').defaultNote).toMatch(/listens on all interfaces/);
    expect(info('redis-7.0', 'bind')).toMatchObject({ default: '* -::*', handledBy: 'table', flags: ['MODIFIABLE', 'MULTI_ARG'] });
  });

  test('acl-pubsub-default: absent in 6.0, allchannels in 6.2, resetchannels from 7.0', () => {
    expect(getDirectives('redis-6.0').lookup('acl-pubsub-default')).toBeUndefined();
    expect(getDirectives('redis-6.0').knownIn('acl-pubsub-default')).toContain('redis-6.2');
    expect(info('redis-6.2', 'acl-pubsub-default').default).toBe('allchannels');
    for (const t of ['redis-7.0', 'redis-7.4', 'valkey-8.0'] as const) {
      expect(info(t, 'acl-pubsub-default')).toMatchObject({
        default: 'resetchannels',
        type: 'enum',
        enumValues: ['allchannels', 'resetchannels'],
      });
    }
  });

  test('save default is the same built-in value in 6.x and 7.0 (live CONFIG GET of 6.2.16)', () => {
    expect(info('redis-6.2', 'save').default).toBe('3600 1 300 100 60 10000');
    expect(info('redis-7.0', 'save').default).toBe('3600 1 300 100 60 10000');
  });

  test('valkey 8 reads io-threads-do-reads as yes by default', () => {
    expect(info('valkey-7.2', 'io-threads-do-reads').default).toBe('no');
    expect(info('valkey-8.0', 'io-threads-do-reads').default).toBe('yes');
  });
});

describe('values', () => {
  test('maxclients bounds as decimal strings', () => {
    for (const t of TARGET_IDS) expect(info(t, 'maxclients')).toMatchObject({ type: 'uint', min: '1', max: '4294967295' });
  });

  test('bounds beyond 2^53 stay exact', () => {
    expect(info('redis-7.0', 'proto-max-bulk-len')).toMatchObject({ type: 'memory', acceptsMemoryUnits: true, max: '9223372036854775807' });
  });

  test('maxmemory-policy enum list', () => {
    expect(info('redis-7.0', 'maxmemory-policy').enumValues).toEqual([
      'volatile-lru', 'volatile-lfu', 'volatile-random', 'volatile-ttl',
      'allkeys-lru', 'allkeys-lfu', 'allkeys-random', 'noeviction',
    ]);
  });

  test('maxmemory-clients takes a percentage; maxmemory does not', () => {
    expect(info('redis-7.0', 'maxmemory-clients')).toMatchObject({ acceptsPercent: true, min: '-100' });
    expect(info('redis-7.0', 'maxmemory').acceptsPercent).toBeUndefined();
  });

  test('unixsocketperm is octal, special-cased in 6.x', () => {
    expect(info('redis-6.2', 'unixsocketperm')).toMatchObject({ type: 'octal', handledBy: 'special', max: '511' });
    expect(info('redis-7.0', 'unixsocketperm')).toMatchObject({ type: 'octal', handledBy: 'table', max: '511' });
    expect(info('redis-7.0', 'unixsocketperm').note).toMatch(/between 0 and 777 inclusive/);
  });

  test('shutdown-on-sigterm is a multi-enum from 7.0', () => {
    expect(getDirectives('redis-6.2').lookup('shutdown-on-sigterm')).toBeUndefined();
    expect(info('redis-7.0', 'shutdown-on-sigterm')).toMatchObject({
      type: 'multi-enum',
      enumValues: ['default', 'save', 'nosave', 'now', 'force'],
    });
  });
});

describe('how the loader handles a name', () => {
  test('argument counts and their error texts', () => {
    expect(info('redis-7.0', 'maxclients')).toMatchObject({ args: { min: 1, max: 1 }, argsError: 'wrong number of arguments' });
    expect(info('redis-6.2', 'logfile')).toMatchObject({
      handledBy: 'special',
      type: 'string',
      args: { min: 1, max: 1 },
      argsError: 'Bad directive or wrong number of arguments',
    });
    expect(info('redis-7.0', 'logfile')).toMatchObject({ handledBy: 'table', argsError: 'wrong number of arguments' });
    expect(info('redis-6.0', 'replicaof').args).toEqual({ min: 2, max: 2 });
    expect(info('redis-7.0', 'include').args).toEqual({ min: 1, max: 1 });
    expect(info('redis-7.0', 'user').args).toEqual({ min: 1 });
  });

  test('requirepass moved from a special case into the table in 6.2', () => {
    expect(info('redis-6.0', 'requirepass').handledBy).toBe('special');
    expect(info('redis-6.2', 'requirepass').handledBy).toBe('table');
    expect(info('redis-6.2', 'requirepass').patchHistory?.map((h) => h.version)).toEqual(['6.2.1', '6.2.2']);
  });

  test('deprecated names are accepted and ignored', () => {
    const t70 = getDirectives('redis-7.0');
    expect(t70.deprecatedIgnored('list-max-ziplist-entries')).toBe(true);
    expect(t70.deprecatedIgnored('lua-replicate-commands')).toBe(true);
    expect(info('redis-7.0', 'lua-replicate-commands')).toMatchObject({ handledBy: 'deprecated-list', args: { min: 1, max: 1 } });
    expect(getDirectives('redis-6.2').deprecatedIgnored('list-max-ziplist-value')).toBe(true);
    expect(getDirectives('redis-6.2').deprecatedIgnored('lua-replicate-commands')).toBe(false);
    expect(t70.deprecatedIgnored('maxclients')).toBe(false);
  });

  test('module configs (7.0+) are any dotted name', () => {
    const match = getDirectives('redis-7.0').lookup('search.timeout');
    expect(match).toMatchObject({ moduleConfig: true, info: { argsError: 'Module config specified without value' } });
    expect(getDirectives('redis-6.2').lookup('search.timeout')).toBeUndefined();
  });

  test('special directives', () => {
    for (const name of ['include', 'rename-command', 'user', 'loadmodule', 'sentinel']) {
      expect(info('redis-7.4', name).handledBy).toBe('special');
    }
  });
});

describe('names', () => {
  test('aliases resolve to the canonical directive and say so', () => {
    const t = getDirectives('redis-7.0');
    expect(t.lookup('slaveof')).toMatchObject({ alias: 'slaveof', info: { name: 'replicaof' } });
    expect(t.lookup('replicaof')?.alias).toBeUndefined();
    expect(t.lookup('hash-max-ziplist-entries')?.info.name).toBe('hash-max-listpack-entries');
    expect(getDirectives('redis-6.0').lookup('slaveof')).toMatchObject({ alias: 'slaveof', info: { name: 'replicaof' } });
  });

  test('valkey 8 renamed masterauth to primaryauth', () => {
    expect(getDirectives('valkey-8.0').lookup('masterauth')).toMatchObject({ alias: 'masterauth', info: { name: 'primaryauth' } });
    expect(getDirectives('redis-7.4').lookup('primaryauth')).toBeUndefined();
    expect(getDirectives('redis-7.4').knownIn('primaryauth')).toEqual(['valkey-8.0']);
  });

  test('lookup is case-insensitive', () => {
    expect(getDirectives('redis-7.0').lookup('MaxClients')?.info.name).toBe('maxclients');
  });

  test('sensitive values', () => {
    const t = getDirectives('redis-7.0');
    expect(info('redis-7.0', 'requirepass').flags).toContain('SENSITIVE');
    for (const name of ['requirepass', 'masterauth', 'masteruser', 'tls-key-file-pass', 'tls-client-key-file-pass']) {
      expect(t.isSensitive(name)).toBe(true);
    }
    expect(t.isSensitive('maxclients')).toBe(false);
    expect(t.isSensitive('nosuch')).toBe(false);
    // 6.0 had no SENSITIVE flag, but the value is just as secret.
    expect(info('redis-6.0', 'masterauth').flags).not.toContain('SENSITIVE');
    expect(getDirectives('redis-6.0').isSensitive('masterauth')).toBe(true);
    expect(getDirectives('valkey-8.0').isSensitive('masterauth')).toBe(true);
  });

  test('suggest', () => {
    const t = getDirectives('redis-7.0');
    expect(t.suggest('maxmemroy')).toBe('maxmemory');
    expect(t.suggest('requirepas')).toBe('requirepass');
    expect(t.suggest('slavof')).toBe('replicaof');
    expect(t.suggest('bnid')).toBe('bind');
    expect(t.suggest('frobnicate')).toBeUndefined();
    expect(t.suggest('x')).toBeUndefined();
  });

  test('editDistance counts a transposition as one edit', () => {
    expect(editDistance('maxmemroy', 'maxmemory')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abcdef', 1)).toBe(2);
  });
});

describe('every target', () => {
  test.each(TARGET_IDS)('%s loads and is consistent', (id) => {
    const t = getDirectives(id);
    expect(t.target).toBe(id);
    expect(t.all().length).toBeGreaterThan(140);
    for (const d of t.all()) {
      expect(t.lookup(d.name === '<module>.<config>' ? 'a.b' : d.name)?.info).toBe(d);
      if (d.type === 'enum') expect(d.enumValues?.length).toBeGreaterThan(1);
      if (d.min !== undefined) expect(BigInt(d.min) <= BigInt(d.max ?? d.min)).toBe(true);
    }
    expect(getDirectives(id)).toBe(t);
  });
});

describe('sentinel', () => {
  test('load phases: in file order in 6.0, queued from 6.2', () => {
    expect(getSentinel('redis-6.0')).toMatchObject({ queuedPhases: false });
    expect(getSentinel('redis-6.0').lookup('monitor')?.info.loadPhase).toBe('in-order');
    expect(getSentinel('redis-7.0').lookup('monitor')?.info).toMatchObject({ loadPhase: 'monitor', args: { min: 5, max: 5 } });
    expect(getSentinel('redis-7.0').lookup('myid')?.info.loadPhase).toBe('pre-monitor');
  });

  test('sub-directives by version', () => {
    expect(getSentinel('redis-6.0').lookup('sentinel-pass')).toBeUndefined();
    expect(getSentinel('redis-6.2').lookup('sentinel-pass')?.info.secret).toBe(true);
    expect(getSentinel('redis-6.2').lookup('master-reboot-down-after-period')).toBeUndefined();
    expect(getSentinel('redis-7.0').lookup('known-slave')).toMatchObject({ alias: 'known-slave', info: { name: 'known-replica' } });
    expect(getSentinel('valkey-8.0').lookup('master-reboot-down-after-period')?.info.name).toBe('primary-reboot-down-after-period');
  });

  test('error texts and overridden defaults', () => {
    const s = getSentinel('redis-7.4');
    expect(s.errors.unknownOrWrongArgs).toBe('Unrecognized sentinel configuration statement.');
    expect(s.defaultsOverridden).toEqual({ port: '26379', 'protected-mode': 'no' });
    expect(s.lookup('monitor')?.info.errors).toContain('Quorum must be 1 or greater.');
    expect(s.lookup('AUTH-PASS')?.info.secret).toBe(true);
  });

  test('errors corrected from the source (the reference lists the 6.2+ monitor texts only)', () => {
    expect(getSentinel('redis-6.0').lookup('monitor')?.info.errors).toContain('Duplicated master name.');
    expect(getSentinel('redis-6.0').lookup('known-replica')?.info.errors).toContain('Wrong hostname or port for replica.');
    expect(getSentinel('redis-7.0').lookup('monitor')?.info.errors).toContain('Duplicate master name.');
    // live 7.0.15: a repeated known-replica line
    expect(getSentinel('redis-7.0').lookup('known-replica')?.info.errors).toContain('Duplicate hostname and port for replica.');
  });
});
