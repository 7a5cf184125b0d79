// The `redis-lint acl dryrun` contract (DESIGN.md): it prints what ACL DRYRUN replies; exit 0
// allowed, 1 denied, 2 error. Plus `acl explain` on redis.conf inputs, and every recorded
// ACL DRYRUN case of the corpus (Redis 7.0.15's replies) through the CLI.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveShared, readJsonl, sharedDir } from '../acl/helpers.js';
import { run, tempTree } from '../cli/helpers.js';

const H = '4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe';
const USERS = [
  'user default off',
  `user app on #${H} resetchannels &news:* ~app:* -@all +get +set +publish`,
  `user ro on #${H} %R~data:* -@all +get +set`,
  'user old off nopass ~* +@all',
  `user sel on #${H} -@all (+get ~a*) (+set ~b*)`,
  '',
].join('\n');

const dir = tempTree({
  'users.acl': USERS,
  'simple.acl': 'user default off\nuser app on nopass ~* +get\n',
  'broken.acl': 'user alice on +nosuchcommand\n',
  'crash.acl': 'user alice on (+get ~x\n',
  'redis.conf': 'requirepass Zq8rT2mW9kL4vN7xHb3c\nuser app on >k8Tq2vLw9xRz ~app:* -@all +get\n',
  'open.conf': 'port 6379\n',
  'pubsub.conf': 'acl-pubsub-default allchannels\nuser app on >k8Tq2vLw9xRz ~app:* -@all +publish\n',
  'both.conf': 'aclfile users.acl\nuser app on >k8Tq2vLw9xRz\n',
  'with-aclfile.conf': 'requirepass Zq8rT2mW9kL4vN7xHb3c\naclfile users.acl\n',
  'missing-aclfile.conf': 'aclfile nowhere.acl\n',
  'image/etc/redis/redis.conf': 'dir /var/lib/redis\naclfile users.acl\n',
  'image/var/lib/redis/users.acl': 'user default off\nuser svc on nopass ~svc:* +get\n',
  'renamed.conf': 'rename-command FLUSHALL myflush\nuser ops on >k8Tq2vLw9xRz ~* -@all +flushall\n',
});

const dryrun = (...args: string[]) => run(['acl', 'dryrun', ...args], { cwd: dir });

describe('acl dryrun', () => {
  it.each([
    ['an allowed command', ['app', 'GET', 'app:1'], 0, 'OK\n'],
    ['a denied command', ['app', 'FLUSHALL'], 1, "This user has no permissions to run the 'flushall' command\n"],
    ['a denied key', ['app', 'GET', 'other'], 1, "This user has no permissions to access the 'other' key\n"],
    ['a denied channel', ['app', 'PUBLISH', 'chat', 'hi'], 1, "This user has no permissions to access the 'chat' channel\n"],
    ['an allowed channel', ['app', 'PUBLISH', 'news:1', 'hi'], 0, 'OK\n'],
    ['a read-only pattern, read', ['ro', 'GET', 'data:1'], 0, 'OK\n'],
    ['a read-only pattern, written', ['ro', 'SET', 'data:1', 'v'], 1, "This user has no permissions to access the 'data:1' key\n"],
    ['a selector', ['sel', 'SET', 'b1', 'v'], 0, 'OK\n'],
    ['no selector allows it', ['sel', 'SET', 'a1', 'v'], 1, "This user has no permissions to access the 'a1' key\n"],
    ['an unknown command', ['app', 'NOSUCH', 'x'], 2, "ERR Command 'NOSUCH' not found\n"],
    ['a wrong number of arguments', ['app', 'GET'], 2, "ERR wrong number of arguments for 'get' command\n"],
    ['arguments that look like options', ['app', 'SET', 'app:1', '-1', '--help'], 0, 'OK\n'],
    ['a wrong number of arguments that look like options', ['app', 'GET', 'app:1', '-h'], 2, "ERR wrong number of arguments for 'get' command\n"],
    ['-- before the user', ['--', 'app', 'GET', 'app:-h'], 0, 'OK\n'],
  ] as const)('%s', async (_name, args, code, stdout) => {
    const result = await dryrun('--aclfile', 'users.acl', '--redis-version', '7.0', ...args);
    expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ code, stdout, stderr: '' });
  });

  it('options may also follow the user', async () => {
    const result = await run(['acl', 'dryrun', 'app', '--aclfile=users.acl', 'GET', 'app:1'], { cwd: dir });
    expect([result.code, result.stdout]).toEqual([0, 'OK\n']);
  });

  it('an unknown user is an error that names the users', async () => {
    const result = await dryrun('--aclfile', 'users.acl', 'bob', 'GET', 'k');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("redis-lint: no user 'bob' in users.acl (its users: default, app, ro, old, sel); Redis replies: ERR User 'bob' not found\n");
  });

  it('notes that a disabled user cannot log in', async () => {
    const result = await dryrun('--aclfile', 'users.acl', 'old', 'FLUSHALL');
    expect([result.code, result.stdout]).toEqual([0, 'OK\n']);
    expect(result.stderr).toContain('user old is off, so it cannot log in');
  });

  it('notes that Redis 6.x has no ACL DRYRUN', async () => {
    const result = await dryrun('--aclfile', 'simple.acl', '--redis-version', '6.2', 'app', 'GET', 'k');
    expect([result.code, result.stdout]).toEqual([0, 'OK\n']);
    expect(result.stderr).toContain('ACL DRYRUN exists from Redis 7.0');
  });

  it.each([
    ['a file Redis refuses', ['--aclfile', 'broken.acl', 'alice', 'GET', 'k'], 'Redis refuses broken.acl'],
    ['a file that crashes Redis', ['--aclfile', 'crash.acl', 'alice', 'GET', 'k'], 'Redis crashes (SIGSEGV) while loading crash.acl at line 1'],
    ['a missing file', ['--aclfile', 'nope.acl', 'alice', 'GET', 'k'], '--aclfile nope.acl: No such file or directory'],
    ['no users given', ['alice', 'GET', 'k'], 'give the users: --aclfile FILE or --config redis.conf'],
    ['both sources', ['--aclfile', 'users.acl', '--config', 'redis.conf', 'app', 'GET', 'k'], 'give either --aclfile or --config, not both'],
    ['no command', ['--aclfile', 'users.acl', 'app'], 'usage: redis-lint acl dryrun'],
    ['an unknown option', ['--aclfile', 'users.acl', '--nope', 'app', 'GET', 'k'], "unknown option '--nope'"],
    ['user lines and an aclfile', ['--config', 'both.conf', 'app', 'GET', 'k'], "both.conf has both 'user' lines and an aclfile: Redis refuses to start"],
    ['an aclfile that is not there', ['--config', 'missing-aclfile.conf', 'default', 'GET', 'k'], 'aclfile nowhere.acl: No such file or directory'],
  ])('exits 2 for %s', async (_name, args, message) => {
    const result = await dryrun(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  it('prints help', async () => {
    const result = await run(['acl', 'dryrun', '--help'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('redis-lint acl dryrun (--aclfile FILE | --config redis.conf)');
  });
});

describe('acl dryrun --config', () => {
  it('reads user lines', async () => {
    expect((await dryrun('--config', 'redis.conf', 'app', 'GET', 'app:1')).stdout).toBe('OK\n');
    expect((await dryrun('--config', 'redis.conf', 'app', 'SET', 'app:1', 'v')).code).toBe(1);
  });

  it('gives the built-in default user requirepass, and full rights', async () => {
    const explained = await run(['acl', 'explain', '--config', 'redis.conf', 'default'], { cwd: dir });
    expect(explained.stdout).toContain('passwords: 1 password (stored as SHA-256; not shown), from requirepass');
    expect(explained.stdout).toContain('ACL LIST:  user default on #**** ~* &* +@all');
    expect(explained.stdout).not.toContain('Zq8rT2mW9kL4vN7xHb3c');
    expect((await dryrun('--config', 'redis.conf', 'default', 'FLUSHALL')).code).toBe(0);
  });

  it('a config without users has the open default user', async () => {
    const explained = await run(['acl', 'explain', '--config', 'open.conf', '--format', 'json'], { cwd: dir });
    const users = JSON.parse(explained.stdout).users;
    expect(users.map((u: { name: string; nopass: boolean }) => [u.name, u.nopass])).toEqual([['default', true]]);
  });

  it('applies acl-pubsub-default', async () => {
    expect((await dryrun('--config', 'pubsub.conf', 'app', 'PUBLISH', 'any', 'm')).code).toBe(0);
    expect((await dryrun('--config', 'redis.conf', '--redis-version', '7.0', 'default', 'PUBLISH', 'any', 'm')).code).toBe(0);
  });

  it('reads the aclfile next to the config, where requirepass no longer counts', async () => {
    const result = await dryrun('--config', 'with-aclfile.conf', 'default', 'GET', 'k');
    expect([result.code, result.stdout]).toEqual([1, "This user has no permissions to run the 'get' command\n"]);
    const explained = await run(['acl', 'explain', '--config', 'with-aclfile.conf'], { cwd: dir });
    expect(explained.stdout.split('\n')[0]).toBe('with-aclfile.conf (aclfile users.acl): 5 users (target redis-7.4)');
  });

  it('with --root, reads the aclfile under the image, relative to dir', async () => {
    const result = await dryrun('--config', 'image/etc/redis/redis.conf', '--root', 'image', 'svc', 'GET', 'svc:1');
    expect([result.code, result.stdout]).toEqual([0, 'OK\n']);
  });

  it('ACL rules keep the original names after rename-command', async () => {
    expect((await dryrun('--config', 'renamed.conf', 'ops', 'FLUSHALL')).stdout).toBe('OK\n');
  });
});

describe('acl explain', () => {
  it('explains one user, without secrets', async () => {
    const result = await run(['acl', 'explain', '--aclfile', 'users.acl', '--redis-version', '7.0', 'app'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe([
      'users.acl: 5 users (target redis-7.0)',
      '',
      'user app',
      '  defined:   users.acl:2',
      '  status:    on',
      '  passwords: 1 password (stored as SHA-256; not shown)',
      '  commands:  3 of 236 commands: GET, PUBLISH, SET',
      '  dangerous: none',
      '  keys:      ~app:* (read and write)',
      '  channels:  &news:*',
      '  ACL LIST:  user app on #**** ~app:* resetchannels &news:* -@all +get +publish +set',
      '',
    ].join('\n'));
    expect(result.stdout).not.toContain(H);
  });

  it('rejects an unknown user and an unknown format', async () => {
    expect((await run(['acl', 'explain', '--aclfile', 'users.acl', 'bob'], { cwd: dir })).code).toBe(2);
    expect((await run(['acl', 'explain', '--aclfile', 'users.acl', '--format', 'xml'], { cwd: dir })).stderr).toContain('--format must be text or json');
  });

  it('acl alone prints its help and fails; an unknown subcommand fails', async () => {
    const bare = await run(['acl'], { cwd: dir });
    expect([bare.code, bare.stdout.split('\n')[0]]).toEqual([2, 'redis-lint acl — what ACL users may do, without a server']);
    expect((await run(['acl', 'list'], { cwd: dir })).stderr).toContain("unknown acl subcommand 'list'");
  });
});

// Every ACL DRYRUN reply the corpus recorded from Redis 7.0.15, through an ACL file and the CLI.
const available = haveShared();
describe.skipIf(!available)('acl dryrun reproduces the recorded ACL DRYRUN replies', () => {
  interface Case { rules: string[]; command: string[]; result: string }
  const cases = available ? readJsonl<Case>(join(sharedDir, 'corpus', 'dryrun-cases.jsonl')) : [];
  // A rule with quotes, tabs or leading/trailing spaces cannot be written as one ACL file word.
  const usable = cases.filter((c) => c.rules.every((r) => r !== '' && !/["'\t]|^ | $| {2}/.test(r)));

  it('covers most cases', () => {
    expect(usable.length).toBeGreaterThan(200);
  });

  it('gives the same reply and exit code for each', async () => {
    const mismatches: string[] = [];
    for (const [i, c] of usable.entries()) {
      const file = `case-${i}.acl`;
      const tree = tempTree({ [file]: `user u ${c.rules.join(' ')}\n` });
      const result = await run(['acl', 'dryrun', '--aclfile', file, '--redis-version', '7.0', 'u', ...c.command], { cwd: tree });
      const code = c.result === 'OK' ? 0 : c.result.startsWith('ERR') ? 2 : 1;
      if (result.stdout !== `${c.result}\n` || result.code !== code) {
        mismatches.push(`${c.rules.join(' ')} | ${c.command.join(' ')}: expected ${c.result} (${code}), got ${result.stdout.trim()} (${result.code}) ${result.stderr}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 60_000);
});
