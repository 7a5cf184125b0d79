// `redis-lint remote` against real redis-server processes: a default server, a hardened one, one
// changed at runtime (drift), and one whose users may not run what the audit needs.
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_ONLY_RULES, NOT_VISIBLE_RULES, SKIPPED_RULE_IDS } from '../../server/src/cli/remote/file-only.js';
import { allRules } from '../../server/src/cli/rule-catalog.js';
import { argsAsLines, defaultOverrides, runCli, skipReason, startRedis, type CliRun, type RunningRedis } from './servers.js';

const noServer = skipReason('remote');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const secret = (label: string) => `${label}-${randomBytes(12).toString('hex')}`;

/** No password, and no hash of one, anywhere in what the command printed. */
function expectNoSecrets(run: CliRun, secrets: readonly string[]): void {
  const all = run.stdout + run.stderr;
  for (const s of secrets) {
    expect(all, 'a password leaked').not.toContain(s);
    expect(all, 'a password hash leaked').not.toContain(sha(s));
  }
}

/** The test's command-line options as lines of the file itself (so the file and the server agree). */
function overridesAsFileLines(): string {
  return `${argsAsLines(defaultOverrides('{dir}', '{dir}/s.sock')).join('\n')}\n`;
}

describe.skipIf(noServer !== undefined)('redis-lint remote', () => {
  describe('a default server', () => {
    let server: RunningRedis;
    beforeAll(async () => {
      server = await startRedis();
    });
    afterAll(() => server?.stop());

    it('reports findings by setting, not by line', async () => {
      const run = await runCli(['remote', server.url]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      // The server's directory is in /tmp: world-writable-path names `dir` and `unixsocket`.
      expect(run.stdout).toContain(`${server.url} dir: warning`);
      expect(run.stdout).toContain(`${server.url} unixsocket: warning`);
      expect(run.stdout).toMatch(/\d+ problems? \(0 errors, \d+ warnings?\) on 1 server/);
      expect(run.stdout).not.toMatch(/:\d+:\d+ /);
    });

    it('prints JSON with the subject of each finding', async () => {
      const run = await runCli(['remote', '--format', 'json', server.url]);
      const data = JSON.parse(run.stdout) as Array<{ filePath: string; server: string; messages: Array<{ ruleId: string; subject: string; severity: number }> }>;
      expect(data).toHaveLength(1);
      expect(data[0].filePath).toBe(server.url);
      expect(data[0].server).toMatch(/^redis-7\./);
      expect(data[0].messages.map((m) => `${m.ruleId} ${m.subject}`)).toContain('world-writable-path dir');
      for (const m of data[0].messages) expect(SKIPPED_RULE_IDS.has(m.ruleId)).toBe(false);
    });

    it('exits 0 when nothing reaches --severity', async () => {
      const run = await runCli(['remote', '--severity', 'error', server.url]);
      expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    });

    it('prints the configuration as it reads it', async () => {
      const run = await runCli(['remote', '--print-config', server.url]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`dir ${server.dir}\n`);
      expect(run.stdout).toContain('maxmemory-policy noeviction\n');
      expect(run.stdout).not.toMatch(/^slave/m);
    });

    it('audits several servers in one run and reports each unreachable one on one line', async () => {
      const missing = `unix://${join(server.dir, 'nope.sock')}`;
      const run = await runCli(['remote', server.url, missing]);
      expect(run.code).toBe(2);
      expect(run.stdout).toContain(`${server.url} dir:`);
      expect(run.stderr.trim().split('\n')).toEqual([`redis-lint: ${missing}: cannot connect to the socket ${join(server.dir, 'nope.sock')}: no such socket`]);
    });
  });

  describe('a hardened server', () => {
    const requirepass = secret('Req');
    const auditPassword = secret('Audit');
    const appPassword = secret('App');
    let server: RunningRedis;
    beforeAll(async () => {
      server = await startRedis({
        conf: [
          'protected-mode yes',
          `requirepass ${requirepass}`,
          'maxmemory 64mb',
          'maxmemory-policy allkeys-lru',
          'tcp-keepalive 300',
          `user lint-audit on #${sha(auditPassword)} resetchannels -@all +config|get +acl|list +info`,
          `user app on #${sha(appPassword)} resetchannels ~app:* -@all +@read +@write -@dangerous`,
          '',
        ].join('\n'),
        password: requirepass,
      });
    });
    afterAll(() => server?.stop());

    const env = () => ({ REDIS_LINT_USERNAME: 'lint-audit', REDIS_LINT_PASSWORD: auditPassword });

    it('gets no security error, audited by the minimal read-only user', async () => {
      const run = await runCli(['remote', '--format', 'json', server.url], env());
      expect(run.stderr).toBe('');
      const messages = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number; subject: string }> }>)[0].messages;
      const catalog = new Map(allRules().map((r) => [r.id, r.category]));
      expect(messages.filter((m) => m.severity === 2 && catalog.get(m.ruleId) === 'security')).toEqual([]);
      // The audit user itself can read hashes and the configuration: the review names it.
      expect(messages.filter((m) => m.ruleId === 'acl-dangerous-commands').map((m) => m.subject)).toEqual(['user lint-audit', 'user lint-audit']);
      expectNoSecrets(run, [requirepass, auditPassword, appPassword]);
    });

    it('never shows a password, whatever the format', async () => {
      for (const format of ['text', 'json', 'html']) {
        const run = await runCli(['remote', '--format', format, server.url], env());
        expect(run.code).not.toBe(2);
        expectNoSecrets(run, [requirepass, auditPassword, appPassword]);
      }
      const printed = await runCli(['remote', '--print-config', server.url], env());
      expect(printed.stdout).toContain('requirepass ****\n');
      expect(printed.stdout).toContain('user app on **** ~app:* resetchannels -@all ');
      expectNoSecrets(printed, [requirepass, auditPassword, appPassword]);
    });

    it('takes the password from REDISCLI_AUTH too, or from the address', async () => {
      const viaCli = await runCli(['remote', server.url], { REDISCLI_AUTH: requirepass });
      expect(viaCli.code).not.toBe(2);
      const url = `redis+unix://lint-audit:${encodeURIComponent(auditPassword)}@${server.socket}`;
      const viaUrl = await runCli(['remote', url]);
      expect(viaUrl.code).not.toBe(2);
      expect(viaUrl.stdout).toContain(`redis+unix://lint-audit@${server.socket} `);
      expectNoSecrets(viaUrl, [auditPassword]);
    });

    it('says clearly when the password is missing or wrong', async () => {
      const none = await runCli(['remote', server.url]);
      expect(none.code).toBe(2);
      expect(none.stderr).toBe(`redis-lint: ${server.url}: the server requires a password: put it in the address or in REDIS_LINT_PASSWORD (or REDISCLI_AUTH), with REDIS_LINT_USERNAME for an ACL user\n`);
      const wrong = await runCli(['remote', server.url], { REDIS_LINT_USERNAME: 'lint-audit', REDIS_LINT_PASSWORD: `${auditPassword}x` });
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain("authentication as 'lint-audit' failed (WRONGPASS)");
      expectNoSecrets(wrong, [auditPassword]);
    });

    it('refuses a password on the command line', async () => {
      const run = await runCli(['remote', '--password', requirepass, server.url]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('passwords are not taken on the command line');
      expect(run.stderr).not.toContain(requirepass);
    });
  });

  describe('a server changed at runtime (drift)', () => {
    const requirepass = secret('Req');
    const newPassword = secret('Changed');
    const newbiePassword = secret('Newbie');
    const appPassword = secret('App');
    let server: RunningRedis;
    let file: string;
    beforeAll(async () => {
      server = await startRedis({
        conf: [
          `requirepass ${requirepass}`,
          'maxmemory 64mb',
          'save 900 1',
          'save 300 10',
          'client-output-buffer-limit replica 256mb 64mb 60',
          'notify-keyspace-events Ex',
          'appendfsync EVERYSEC',
          'maxclients 100',
          'timeout 300',
          `user app on >${appPassword} resetchannels ~app:* -@all +@read +@write`,
          overridesAsFileLines(),
        ].join('\n'),
        password: requirepass,
      });
      file = join(server.dir, 'redis.conf');
    });
    afterAll(() => server?.stop());

    it('finds no difference while the server runs its file', async () => {
      const run = await runCli(['remote', server.url, '--compare', file], { REDISCLI_AUTH: requirepass });
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(`${server.url}: no differences from ${file}\n`);
      expect(run.code).toBe(0);
    });

    it('reports settings changed with CONFIG SET and users changed with ACL SETUSER, secrets masked', async () => {
      for (const command of [
        ['CONFIG', 'SET', 'maxmemory-policy', 'allkeys-lru'],
        ['CONFIG', 'SET', 'maxmemory', '100mb'],
        ['ACL', 'SETUSER', 'newbie', 'on', `>${newbiePassword}`, '~*', '+@all'],
        ['ACL', 'SETUSER', 'app', '+config|set'],
        ['CONFIG', 'SET', 'requirepass', newPassword],
      ]) expect(await server.call(...command)).toBe('OK');

      const run = await runCli(['remote', server.url, '--compare', file, '--format', 'json'], { REDISCLI_AUTH: newPassword });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      const [result] = JSON.parse(run.stdout) as Array<{ differences: Array<Record<string, unknown>> }>;
      const byName = Object.fromEntries(result.differences.map((d) => [`${d.kind} ${d.name}`, d]));
      expect(Object.keys(byName).sort()).toEqual(['setting maxmemory', 'setting maxmemory-policy', 'setting requirepass', 'user app', 'user default', 'user newbie']);
      expect(byName['setting maxmemory-policy']).toMatchObject({ file: 'noeviction', fileIsDefault: true, live: 'allkeys-lru' });
      expect(byName['setting maxmemory']).toMatchObject({ file: '64mb', fileIsDefault: false, live: '104857600', where: { line: 2 } });
      expect(byName['setting requirepass']).toMatchObject({ file: '****', live: '****' });
      expect(byName['user newbie']).toMatchObject({ change: 'added', live: 'user newbie on #**** ~* resetchannels +@all' });
      expect(byName['user app']).toMatchObject({ change: 'changed', details: ['commands added: CONFIG SET'] });
      expect(byName['user default']).toMatchObject({ change: 'changed', details: ['password changed'] });
      expectNoSecrets(run, [requirepass, newPassword, newbiePassword, appPassword]);

      const text = await runCli(['remote', server.url, '--compare', file], { REDISCLI_AUTH: newPassword });
      expect(text.stdout).toContain(`${server.url}: 6 differences from ${file}`);
      expect(text.stdout).toContain('  maxmemory-policy: file noeviction (default) → server allkeys-lru');
      expect(text.stdout).toContain('  user app changed: commands added: CONFIG SET');
      expectNoSecrets(text, [requirepass, newPassword, newbiePassword, appPassword]);
    });
  });

  describe('a server that refuses the audit user', () => {
    const password = secret('Weak');
    let server: RunningRedis;
    beforeAll(async () => {
      server = await startRedis({
        conf: [
          `user infoonly on >${password} -@all +info`,
          `user nolist on >${password} -@all +config|get +info`,
          `user admin on >${password} ~* &* +@all`,
          '',
        ].join('\n'),
      });
    });
    afterAll(() => server?.stop());

    it('names what is missing (NOPERM) and exits 2', async () => {
      const run = await runCli(['remote', server.url], { REDIS_LINT_USERNAME: 'infoonly', REDIS_LINT_PASSWORD: password });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`redis-lint: ${server.url}: user 'infoonly' may not run CONFIG GET, ACL LIST (NOPERM); grant it with ACL SETUSER infoonly +config|get +acl|list (see docs/remote.md for the minimal audit user)\n`);
    });

    it('without acl|list, audits the settings and says users are not checked', async () => {
      const run = await runCli(['remote', '--format', 'json', server.url], { REDIS_LINT_USERNAME: 'nolist', REDIS_LINT_PASSWORD: password });
      expect(run.code).not.toBe(2);
      expect(run.stderr).toContain("user 'nolist' may not run ACL LIST (NOPERM); grant it with ACL SETUSER nolist +acl|list");
      expect(run.stderr).toContain('users are not checked');
      const messages = (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0].messages;
      expect(messages.filter((m) => m.ruleId.startsWith('acl-'))).toEqual([]);
      expect(messages.length).toBeGreaterThan(0);
      expectNoSecrets(run, [password]);
    });

    it('with ACL LIST, names the users', async () => {
      const run = await runCli(['remote', server.url], { REDIS_LINT_USERNAME: 'admin', REDIS_LINT_PASSWORD: password });
      expect(run.stdout).toContain(`${server.url} user admin: warning`);
      expect(run.stdout).toContain('acl-user-unrestricted');
      expectNoSecrets(run, [password]);
    });
  });
});

describe('the rules a live audit skips', () => {
  it('lists real rules, each once, with a reason', async () => {
    const ids = new Set(allRules().map((r) => r.id));
    const listed = [...FILE_ONLY_RULES, ...NOT_VISIBLE_RULES];
    for (const rule of listed) {
      expect(ids.has(rule.id), rule.id).toBe(true);
      expect(rule.reason.length).toBeGreaterThan(10);
    }
    expect(new Set(listed.map((r) => r.id)).size).toBe(listed.length);
    const run = await runCli(['remote', '--list-file-only-rules']);
    expect(run.code).toBe(0);
    for (const rule of listed) expect(run.stdout).toContain(rule.id);
  });

  it('has help of its own and refuses bad usage on one line', async () => {
    const help = await runCli(['remote', '--help']);
    expect(help.stdout).toContain('redis-lint remote [options] ADDRESS');
    const none = await runCli(['remote']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no server to audit');
    const bad = await runCli(['remote', 'http://example.com']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
