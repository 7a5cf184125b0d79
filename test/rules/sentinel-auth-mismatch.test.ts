// Cross-file rule: cases are sets of files (test/cross-file/harness.ts), not annotated text.
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../cross-file/harness.js';

const only = ['sentinel-auth-mismatch'];
const PRIMARY = 'port 6379\nbind 10.0.0.1\nrequirepass Primary-Passw0rd-1111\n';
const REPLICA = 'port 6379\nbind 10.0.0.2\nreplicaof 10.0.0.1 6379\nmasterauth Primary-Passw0rd-1111\nrequirepass Primary-Passw0rd-1111\n';

describe('sentinel-auth-mismatch', () => {
  it('is quiet when auth-pass works on the primary and its replicas', () => {
    const sentinel = 'sentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Primary-Passw0rd-1111\n';
    expect(lintFiles({ '/d/primary.conf': PRIMARY, '/d/replica.conf': REPLICA, '/d/sentinel.conf': sentinel }, { only })).toEqual([]);
  });

  it('reports the primary and each replica that refuse it', () => {
    const sentinel = 'sentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Wrong-Passw0rd-2222\n';
    const found = lintFiles({ '/d/primary.conf': PRIMARY, '/d/replica.conf': REPLICA, '/d/sentinel.conf': sentinel }, { only });
    expect(found.map((f) => [f.file, f.line, f.marked])).toEqual([
      ['/d/sentinel.conf', 2, 'Wrong-Passw0rd-2222'],
      ['/d/sentinel.conf', 2, 'Wrong-Passw0rd-2222'],
    ]);
    expect(found[0].message).toMatch(/^sentinel auth-pass for mymaster does not match the password of the default user on the primary primary\.conf \(primary\.conf:3\)/);
    expect(found[1].message).toMatch(/on the replica replica\.conf \(replica\.conf:5\)/);
    for (const f of found) expect(f.message).not.toMatch(/Passw0rd/);
  });

  it('reports a missing auth-pass on the monitor line', () => {
    const found = lintFiles({ '/d/primary.conf': PRIMARY, '/d/sentinel.conf': 'sentinel monitor mymaster 10.0.0.1 6379 2\n' }, { only });
    expect(found.map((f) => [f.line, f.marked])).toEqual([[1, 'sentinel monitor mymaster 10.0.0.1 6379 2']]);
    expect(found[0].message).toMatch(/there is no `sentinel auth-pass mymaster`/);
  });

  it('checks auth-user against ACL users', () => {
    const primary = 'port 6379\nbind 10.0.0.1\nuser default off\nuser sentinel on >Sentinel-Passw0rd-3333 +@all\n';
    const ok = 'sentinel monitor m 10.0.0.1 6379 2\nsentinel auth-user m sentinel\nsentinel auth-pass m Sentinel-Passw0rd-3333\n';
    expect(lintFiles({ '/d/primary.conf': primary, '/d/sentinel.conf': ok }, { only })).toEqual([]);
    const wrongUser = 'sentinel monitor m 10.0.0.1 6379 2\nsentinel auth-user m watcher\nsentinel auth-pass m Sentinel-Passw0rd-3333\n';
    expect(lintFiles({ '/d/primary.conf': primary, '/d/sentinel.conf': wrongUser }, { only })[0].message).toMatch(/^sentinel auth-user watcher is not a user on the primary/);
  });

  it('a primary without password accepts any auth-pass (Sentinel ignores the AUTH error)', () => {
    const sentinel = 'sentinel monitor mymaster 10.0.0.1 6379 2\nsentinel auth-pass mymaster Any-Passw0rd-5555\n';
    expect(lintFiles({ '/d/primary.conf': 'port 6379\nbind 10.0.0.1\n', '/d/sentinel.conf': sentinel }, { only })).toEqual([]);
  });
});
