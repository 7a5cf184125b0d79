// Cross-file rule: cases are sets of files (test/cross-file/harness.ts), not annotated text.
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../cross-file/harness.js';

const only = ['replica-auth-mismatch'];
const PRIMARY = 'port 6379\nbind 10.0.0.1\nrequirepass Primary-Passw0rd-1111\n';

describe('replica-auth-mismatch', () => {
  it('is quiet when the passwords match', () => {
    expect(lintFiles({ '/d/primary.conf': PRIMARY, '/d/replica.conf': 'replicaof 10.0.0.1 6379\nmasterauth Primary-Passw0rd-1111\n' }, { only })).toEqual([]);
  });

  it('reports a password that does not match, once, on masterauth, without the secrets', () => {
    const found = lintFiles({ '/d/primary.conf': PRIMARY, '/d/replica.conf': 'replicaof 10.0.0.1 6379\nmasterauth Other-Passw0rd-2222\n' }, { only });
    expect(found.map((f) => [f.file, f.line, f.marked])).toEqual([['/d/replica.conf', 2, 'Other-Passw0rd-2222']]);
    expect(found[0].message).toBe('masterauth does not match the password of the default user on the primary primary.conf (primary.conf:3): the replica\'s AUTH is refused and it never syncs. Use the same password on both sides (the values are compared by hash and never shown).');
    expect(found[0].message).not.toMatch(/Passw0rd/);
  });

  it('reports a missing masterauth on replicaof', () => {
    const found = lintFiles({ '/d/primary.conf': PRIMARY, '/d/replica.conf': 'replicaof 10.0.0.1 6379\n' }, { only });
    expect(found.map((f) => [f.line, f.marked])).toEqual([[1, 'replicaof 10.0.0.1 6379']]);
    expect(found[0].message).toMatch(/requires a password for the default user .* but this replica has no masterauth/);
  });

  it('checks masteruser against the primary\'s ACL users', () => {
    const primary = 'port 6379\nuser default off\nuser repl on >Repl-Passw0rd-3333 +psync +replconf +ping\nuser off-user off >Off-Passw0rd-5555 +@all\n';
    expect(lintFiles({ '/d/primary.conf': primary, '/d/replica.conf': 'replicaof 127.0.0.1 6379\nmasteruser repl\nmasterauth Repl-Passw0rd-3333\n' }, { only })).toEqual([]);
    const unknown = lintFiles({ '/d/primary.conf': primary, '/d/replica.conf': 'replicaof 127.0.0.1 6379\nmasteruser nobody\nmasterauth Repl-Passw0rd-3333\n' }, { only });
    expect(unknown.map((f) => [f.line, f.marked])).toEqual([[2, 'nobody']]);
    expect(unknown[0].message).toMatch(/^masteruser nobody is not a user on the primary primary\.conf/);
    const off = lintFiles({ '/d/primary.conf': primary, '/d/replica.conf': 'replicaof 127.0.0.1 6379\nmasteruser off-user\nmasterauth Off-Passw0rd-5555\n' }, { only });
    expect(off[0].message).toMatch(/^user off-user is off on the primary/);
  });

  it('reports masterauth sent to a primary without a password', () => {
    const found = lintFiles({ '/d/primary.conf': 'port 6379\n', '/d/replica.conf': 'replicaof 127.0.0.1 6379\nmasterauth Some-Passw0rd-4444\n' }, { only });
    expect(found.map((f) => f.line)).toEqual([2]);
    expect(found[0].message).toMatch(/has no password: Redis answers the replica's AUTH with an error/);
  });

  it('matches the primary by host and port, else by folder', () => {
    const files = {
      '/a/primary.conf': PRIMARY,
      '/b/primary.conf': 'port 6379\nbind 10.0.0.9\nrequirepass Second-Passw0rd-9999\n',
      '/b/replica.conf': 'replicaof 10.0.0.9 6379\nmasterauth Second-Passw0rd-9999\n',
      '/b/by-folder.conf': 'replicaof ${PRIMARY_HOST} 6379\nmasterauth Primary-Passw0rd-1111\n',
      '/a/replica.conf': 'replicaof 10.0.0.1 6379\nmasterauth Second-Passw0rd-9999\n',
    };
    const found = lintFiles(files, { only });
    // /a/replica.conf reaches 10.0.0.1 (/a/primary.conf) with the other password; the host of
    // /b/by-folder.conf is a placeholder, so it belongs to the one primary of its folder.
    expect(found.map((f) => [f.file, f.line]).sort()).toEqual([['/a/replica.conf', 2], ['/b/by-folder.conf', 2]]);
  });

  it('compares placeholders as written', () => {
    const primary = 'port 6379\nrequirepass ${REDIS_PASSWORD}\n';
    expect(lintFiles({ '/d/primary.conf': primary, '/d/replica.conf': 'replicaof 127.0.0.1 6379\nmasterauth ${REDIS_PASSWORD}\n' }, { only })).toEqual([]);
    expect(lintFiles({ '/d/primary.conf': primary, '/d/replica.conf': 'replicaof 127.0.0.1 6379\nmasterauth Real-Passw0rd-7777\n' }, { only })).toEqual([]);
    expect(lintFiles({ '/d/primary.conf': primary, '/d/replica.conf': 'replicaof 127.0.0.1 6379\nmasterauth ${OTHER_PASSWORD}\n' }, { only })).toHaveLength(1);
  });
});
