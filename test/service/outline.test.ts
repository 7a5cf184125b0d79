import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeDocumentLinks, computeDocumentSymbols, computeFoldingRanges, SymbolKind } from '../../server/src/service/index.js';
import { doc } from './helpers.js';

const STOCK = `# Redis configuration file example.
#
# Note on units: when memory size is needed.

################################## INCLUDES ###################################

# include /path/to/local.conf

################################## NETWORK #####################################

bind 127.0.0.1 -::1
protected-mode yes
port 6379

################################# GENERAL #####################################

daemonize no
requirepass hunter2-secret
`;

describe('document symbols', () => {
  it('nests directives under the section banners of the stock redis.conf', () => {
    const symbols = computeDocumentSymbols(doc(STOCK));
    expect(symbols.map((s) => [s.name, s.kind])).toEqual([
      ['INCLUDES', SymbolKind.Namespace],
      ['NETWORK', SymbolKind.Namespace],
      ['GENERAL', SymbolKind.Namespace],
    ]);
    const network = symbols[1];
    expect(network.children!.map((c) => c.name)).toEqual(['bind', 'protected-mode', 'port']);
    expect(network.children![0].detail).toBe('127.0.0.1 -::1');
    expect(network.range).toEqual({ start: { line: 8, character: 0 }, end: { line: 12, character: 9 } });
    expect(network.selectionRange).toEqual({ start: { line: 8, character: 35 }, end: { line: 8, character: 42 } });
    const general = symbols[2];
    expect(general.children!.find((c) => c.name === 'requirepass')!.detail).toBe('****');
  });

  it('lists directives flat when there are no banners, and users in ACL files', () => {
    expect(computeDocumentSymbols(doc('port 6379\nuser bob on >pw123456 ~* +@all\n')).map((s) => s.name)).toEqual(['port', 'user bob']);
    const acl = computeDocumentSymbols(doc('user alice on >secret-pw ~* +@all\nuser bob off\n', { uri: 'file:///x/users.acl' }));
    expect(acl.map((s) => [s.name, s.kind, s.detail])).toEqual([
      ['alice', SymbolKind.Object, 'on **** ~* +@all'],
      ['bob', SymbolKind.Object, 'off'],
    ]);
  });

  it('finds the sections of the real stock file', () => {
    const path = ['/etc/redis/redis.conf', new URL('../../../shared/corpus/conf/redis-7.0.15-default.conf', import.meta.url).pathname].find((p) => {
      try {
        readFileSync(p);
        return true;
      } catch {
        return false;
      }
    });
    if (!path) return;
    const names = computeDocumentSymbols(doc(readFileSync(path, 'utf8'))).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['INCLUDES', 'MODULES', 'NETWORK', 'GENERAL', 'SNAPSHOTTING', 'REPLICATION', 'SECURITY', 'MEMORY MANAGEMENT']));
  });
});

describe('folding ranges', () => {
  it('folds sections and comment blocks', () => {
    expect(computeFoldingRanges(doc(STOCK))).toEqual([
      { startLine: 0, endLine: 2, kind: 'comment' },
      { startLine: 4, endLine: 6, kind: 'region' },
      { startLine: 8, endLine: 12, kind: 'region' },
      { startLine: 14, endLine: 17, kind: 'region' },
    ]);
  });
});

describe('document links', () => {
  it('links include, aclfile, TLS and module paths, resolved like Redis', () => {
    const text = 'include extra.conf\ninclude "/etc/redis/other.conf"\ndir /var/lib/redis\naclfile users.acl\ntls-cert-file /etc/tls/redis.crt\nloadmodule /usr/lib/redis/modules/redisbloom.so\n';
    const links = computeDocumentLinks(doc(text, { uri: 'file:///etc/redis/redis.conf' }));
    expect(links.map((l) => [l.range.start.line, l.range.start.character, l.range.end.character, l.target])).toEqual([
      [0, 8, 18, 'file:///etc/redis/extra.conf'],
      [1, 9, 30, 'file:///etc/redis/other.conf'],
      [3, 8, 17, 'file:///var/lib/redis/users.acl'],
      [4, 14, 32, 'file:///etc/tls/redis.crt'],
      [5, 11, 47, 'file:///usr/lib/redis/modules/redisbloom.so'],
    ]);
  });

  it('has no links for documents without a path', () => {
    expect(computeDocumentLinks(doc('include extra.conf\n', { uri: 'untitled:Untitled-1' }))).toEqual([]);
  });
});
