// Checks across files through the CLI: a primary, a replica and a Sentinel with mismatched
// passwords give one finding per mismatch, on the file that must change, and no output shows
// any of the passwords.

import { describe, expect, it } from 'vitest';
import { run, tempTree } from '../cli/helpers.js';

const PRIMARY_PASSWORD = 'Primary-Only-Passw0rd-7f3a';
const REPLICA_PASSWORD = 'Replica-Typo-Passw0rd-19c2';
const SENTINEL_PASSWORD = 'Sentinel-Old-Passw0rd-55e0';
const SECRETS = [PRIMARY_PASSWORD, REPLICA_PASSWORD, SENTINEL_PASSWORD];

const FILES = {
  'prod/redis-master.conf': `port 6379\nbind 10.0.0.1\nprotected-mode yes\nrequirepass ${PRIMARY_PASSWORD}\n`,
  'prod/redis-replica.conf': `port 6379\nbind 10.0.0.2\nprotected-mode yes\nrequirepass ${PRIMARY_PASSWORD}\nreplicaof 10.0.0.1 6379\nmasterauth ${REPLICA_PASSWORD}\n`,
  'prod/sentinel.conf': `port 26379\nbind 10.0.0.3\nsentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster ${SENTINEL_PASSWORD}\n`,
};

const CROSS = new Set(['replica-auth-mismatch', 'sentinel-auth-mismatch', 'cluster-acl-mismatch', 'tls-inconsistent']);

describe('checks across files (CLI)', () => {
  it('reports one finding per mismatch, and never a password (text, json, sarif, github)', async () => {
    const cwd = tempTree(FILES);
    const json = await run(['--format', 'json', '--redis-version', '7.0', 'prod'], { cwd });
    expect(json.code).toBe(1);
    const entries = JSON.parse(json.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
    const cross = entries.flatMap((e) => e.messages.filter((m) => CROSS.has(m.ruleId)).map((m) => `${e.filePath.replace(`${cwd}/`, '')}:${m.line}:${m.column} ${m.ruleId}`));
    expect(cross).toEqual([
      'prod/redis-replica.conf:6:12 replica-auth-mismatch',
      'prod/sentinel.conf:4:29 sentinel-auth-mismatch',
      'prod/sentinel.conf:4:29 sentinel-auth-mismatch',
    ]);
    const outputs = [json.stdout];
    for (const format of ['text', 'sarif', 'github', 'checkstyle', 'junit', 'gitlab']) {
      const r = await run(['--format', format, '--redis-version', '7.0', '--severity', 'info', 'prod'], { cwd });
      outputs.push(r.stdout, r.stderr);
    }
    for (const out of outputs) for (const secret of SECRETS) expect(out).not.toContain(secret);
    const text = outputs[1];
    expect(text).toContain('masterauth does not match the password of the default user on the primary redis-master.conf (prod/redis-master.conf:4)');
    expect(text).toContain('  6 | masterauth ****');
  });

  it('is quiet when the passwords agree, and for a single file', async () => {
    const cwd = tempTree({
      ...FILES,
      'prod/redis-replica.conf': FILES['prod/redis-replica.conf'].replace(REPLICA_PASSWORD, PRIMARY_PASSWORD),
      'prod/sentinel.conf': FILES['prod/sentinel.conf'].replace(SENTINEL_PASSWORD, PRIMARY_PASSWORD),
    });
    const json = await run(['--format', 'json', '--redis-version', '7.0', 'prod'], { cwd });
    expect(json.stdout).not.toMatch(/-mismatch"/);
    const single = await run(['--format', 'json', '--redis-version', '7.0', 'prod/redis-replica.conf'], { cwd });
    expect(single.stdout).not.toMatch(/-mismatch"/);
  });

  it('follows the rule settings of the config file', async () => {
    const cwd = tempTree({ ...FILES, '.redis-lint.json': JSON.stringify({ rules: { 'sentinel-auth-mismatch': 'off', 'replica-auth-mismatch': 'warning' } }) });
    const json = await run(['--format', 'json', '--redis-version', '7.0', 'prod'], { cwd });
    const messages = (JSON.parse(json.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>).flatMap((e) => e.messages);
    expect(messages.filter((m) => m.ruleId === 'sentinel-auth-mismatch')).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'replica-auth-mismatch').map((m) => m.severity)).toEqual([1]);
  });
});
