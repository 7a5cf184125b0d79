// Cross-file rule: cases are sets of files (test/cross-file/harness.ts), not annotated text.
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../cross-file/harness.js';

const only = ['cluster-acl-mismatch'];
const node = (port: number, users: string) => `port ${port}\ncluster-enabled yes\n${users}`;

describe('cluster-acl-mismatch', () => {
  it('is quiet when every node has the same users', () => {
    const users = 'user default off\nuser app on >App-Passw0rd-1111 ~app:* +@read +@write\n';
    expect(lintFiles({ '/c/7000.conf': node(7000, users), '/c/7001.conf': node(7001, users), '/c/7002.conf': node(7002, users) }, { only })).toEqual([]);
  });

  it('reports missing, extra and different users once per node and user', () => {
    const ref = 'user default off\nuser app on >App-Passw0rd-1111 ~app:* +@read +@write\nuser ops on >Ops-Passw0rd-2222 +@all ~*\n';
    const other = 'user default off\nuser app on >App-Passw0rd-9999 ~app:* +@read +@write\nuser extra on >Extra-Passw0rd-3333 +ping\n';
    const found = lintFiles({ '/c/7000.conf': node(7000, ref), '/c/7001.conf': node(7001, other) }, { only });
    expect(found.map((f) => [f.file, f.line])).toEqual([
      ['/c/7001.conf', 4],
      ['/c/7001.conf', 1],
      ['/c/7001.conf', 5],
    ]);
    expect(found[0].message).toMatch(/^User app is not the same as on the cluster node 7000\.conf \(7000\.conf:4\): its passwords differ\./);
    expect(found[1].message).toMatch(/^User ops exists on the cluster node 7000\.conf .* but not on this node/);
    expect(found[2].message).toMatch(/^User extra is defined on this node but not on the cluster node 7000\.conf/);
    for (const f of found) expect(f.message).not.toMatch(/Passw0rd/);
  });

  it('compares requirepass as the default user\'s password', () => {
    const found = lintFiles({ '/c/a.conf': node(7000, 'requirepass First-Passw0rd-1111\n'), '/c/b.conf': node(7001, 'requirepass Second-Passw0rd-2222\n') }, { only });
    expect(found.map((f) => [f.file, f.line, f.marked])).toEqual([['/c/b.conf', 3, 'requirepass Second-Passw0rd-2222']]);
    expect(found[0].message).toMatch(/^User default is not the same .*: its passwords differ/);
  });

  it('groups clusters by folder (one folder per node: the folder above)', () => {
    const a = 'requirepass First-Passw0rd-1111\n';
    const b = 'requirepass Second-Passw0rd-2222\n';
    expect(lintFiles({ '/prod/a.conf': node(7000, a), '/prod/b.conf': node(7001, a), '/staging/a.conf': node(7000, b), '/staging/b.conf': node(7001, b) }, { only })).toEqual([]);
    expect(lintFiles({ '/c/7000/redis.conf': node(7000, a), '/c/7001/redis.conf': node(7001, b) }, { only }).map((f) => f.file)).toEqual(['/c/7001/redis.conf']);
  });

  it('leaves non-cluster nodes alone', () => {
    expect(lintFiles({ '/c/a.conf': 'port 7000\nrequirepass First-Passw0rd-1111\n', '/c/b.conf': 'port 7001\nrequirepass Second-Passw0rd-2222\n' }, { only })).toEqual([]);
  });
});
