// Cross-file rule: cases are sets of files (test/cross-file/harness.ts), not annotated text.
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../cross-file/harness.js';

const only = ['tls-inconsistent'];
const TLS = 'tls-cert-file /tls/redis.crt\ntls-key-file /tls/redis.key\ntls-ca-cert-file /tls/ca.crt\n';

describe('tls-inconsistent', () => {
  it('is quiet with TLS everywhere, and with TLS nowhere', () => {
    const primary = `port 0\ntls-port 6379\nbind 10.0.0.1\n${TLS}`;
    const replica = `port 0\ntls-port 6379\nbind 10.0.0.2\nreplicaof 10.0.0.1 6379\ntls-replication yes\n${TLS}`;
    expect(lintFiles({ '/d/primary.conf': primary, '/d/replica.conf': replica }, { only })).toEqual([]);
    expect(lintFiles({ '/d/primary.conf': 'port 6379\nbind 10.0.0.1\n', '/d/replica.conf': 'bind 10.0.0.2\nreplicaof 10.0.0.1 6379\n' }, { only })).toEqual([]);
  });

  it('reports a replica that connects in plaintext to a TLS-only primary', () => {
    const primary = `port 0\ntls-port 6379\nbind 10.0.0.1\n${TLS}`;
    const found = lintFiles({ '/d/primary.conf': primary, '/d/replica.conf': 'bind 10.0.0.2\nreplicaof 10.0.0.1 6379\n' }, { only });
    expect(found.map((f) => [f.file, f.line])).toEqual([['/d/replica.conf', 2]]);
    expect(found[0].message).toMatch(/^primary\.conf accepts only TLS on port 6379 \(primary\.conf:2\), but this replica connects without TLS/);
  });

  it('reports a Sentinel speaking TLS to a plaintext primary', () => {
    const found = lintFiles({
      '/d/primary.conf': 'port 6379\nbind 10.0.0.1\n',
      '/d/sentinel.conf': `tls-replication yes\n${TLS}sentinel monitor m 10.0.0.1 6379 2\n`,
    }, { only });
    expect(found.map((f) => [f.file, f.line])).toEqual([['/d/sentinel.conf', 5]]);
  });

  it('reports cluster nodes that differ on tls-cluster', () => {
    const node = (port: number, tls: string) => `port ${port}\ncluster-enabled yes\n${tls}`;
    const found = lintFiles({
      '/c/a.conf': node(7000, `tls-port 7100\ntls-cluster yes\n${TLS}`),
      '/c/b.conf': node(7001, `tls-port 7101\ntls-cluster yes\n${TLS}`),
      '/c/c.conf': node(7002, ''),
    }, { only });
    expect(found.map((f) => [f.file, f.line])).toEqual([['/c/c.conf', 2]]);
    expect(found[0].message).toMatch(/^tls-cluster is no here but yes on a\.conf/);
  });
});
