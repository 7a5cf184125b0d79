import { describe, expect, it } from 'vitest';
import {
  computeDiagnostics,
  detectKind,
  formatBytes,
  LintWorkspace,
  parseMemorySize,
  resolveSettings,
  uriToPath,
  pathToUri,
} from '../../server/src/service/index.js';
import { memoryFiles } from './helpers.js';

describe('LintWorkspace', () => {
  it('reads open included files from the editor, and re-lints the includer when they change', () => {
    const ws = new LintWorkspace(memoryFiles({ '/srv/extra.conf': 'port 6379\n' }));
    ws.set({ uri: 'file:///srv/redis.conf', text: 'include /srv/extra.conf\n', version: 1 });
    expect(computeDiagnostics(ws.get('file:///srv/redis.conf')!).some((d) => d.code === 'unknown-directive')).toBe(false);
    const affected = ws.set({ uri: 'file:///srv/extra.conf', text: 'prot 6379\n', version: 2 });
    expect(affected).toEqual(['file:///srv/extra.conf', 'file:///srv/redis.conf']);
    const main = computeDiagnostics(ws.get('file:///srv/redis.conf')!);
    expect(main.find((d) => d.code === 'unknown-directive')?.message).toMatch(/^extra\.conf:1: /);
  });

  it('checks an ACL file with the target of the redis.conf that names it', () => {
    const ws = new LintWorkspace(memoryFiles({}));
    ws.defaultSettings = resolveSettings({ redisVersion: '7.4' });
    ws.set({ uri: 'file:///srv/users.acl', text: 'user app on nopass ~* +@all\n', version: 1 });
    expect(ws.get('file:///srv/users.acl')!.target.dataId).toBe('redis-7.4');
    ws.set({ uri: 'file:///srv/redis.conf', text: 'aclfile /srv/users.acl\n', version: 1 });
    ws.setSettings('file:///srv/redis.conf', resolveSettings({ redisVersion: '6.2' }));
    ws.get('file:///srv/redis.conf');
    expect(ws.aclOwner('file:///srv/users.acl')).toBe('file:///srv/redis.conf');
    expect(ws.get('file:///srv/users.acl')!.target.dataId).toBe('redis-6.2');
    // The conf changes: the ACL file depends on it.
    expect(ws.set({ uri: 'file:///srv/redis.conf', text: 'port 6379\n', version: 2 })).toContain('file:///srv/users.acl');
    ws.get('file:///srv/redis.conf');
    expect(ws.get('file:///srv/users.acl')!.target.dataId).toBe('redis-7.4');
  });

  it('caches analyses per version and forgets closed documents', () => {
    const ws = new LintWorkspace();
    ws.set({ uri: 'file:///a/redis.conf', text: 'port 1\n', version: 1 });
    const first = ws.get('file:///a/redis.conf');
    expect(ws.get('file:///a/redis.conf')).toBe(first);
    ws.set({ uri: 'file:///a/redis.conf', text: 'port 2\n', version: 2 });
    expect(ws.get('file:///a/redis.conf')).not.toBe(first);
    ws.close('file:///a/redis.conf');
    expect(ws.get('file:///a/redis.conf')).toBeUndefined();
  });
});

describe('settings', () => {
  it('validates versions, severities and rule ids, falling back to defaults', () => {
    const ok = resolveSettings({ redisLint: { redisVersion: 'valkey-8.0', rules: { 'overridden-setting': 'off' } } });
    expect(ok.target.dataId).toBe('valkey-8.0');
    expect(ok.rules).toEqual({ 'overridden-setting': 'off' });
    expect(ok.warnings).toEqual([]);
    const bad = resolveSettings({ redisVersion: '5.0', rules: { 'no-such-rule': 'off', 'overridden-setting': 'loud' } });
    expect(bad.target.dataId).toBe('redis-7.4');
    expect(bad.rules).toEqual({});
    expect(bad.warnings).toHaveLength(3);
    expect(resolveSettings(null).target.dataId).toBe('redis-7.4');
  });
});

describe('kind detection', () => {
  it('follows DESIGN.md', () => {
    expect(detectKind('/x/users.acl', '')).toBe('acl');
    expect(detectKind('/x/whatever', 'user a on\n\nuser b off\n')).toBe('acl');
    expect(detectKind('/x/sentinel-26379.conf', 'port 26379\n')).toBe('sentinel');
    expect(detectKind('/x/a.conf', '# x\nsentinel monitor m 1.2.3.4 6379 2\n')).toBe('sentinel');
    expect(detectKind('/x/redis.conf', 'port 6379\n')).toBe('conf');
  });
});

describe('memory sizes and URIs', () => {
  it('reads sizes as Redis does', () => {
    expect(parseMemorySize('1gb')?.bytes).toBe(1073741824n);
    expect(parseMemorySize('1G')?.bytes).toBe(1000000000n);
    expect(parseMemorySize('64KB')?.bytes).toBe(65536n);
    expect(parseMemorySize('12')?.bytes).toBe(12n);
    expect(parseMemorySize('1tb')).toBeUndefined();
    expect(formatBytes(1073741824n)).toBe('1,073,741,824 bytes');
  });

  it('maps file URIs to paths and back', () => {
    expect(uriToPath('file:///etc/redis/my%20redis.conf')).toBe('/etc/redis/my redis.conf');
    expect(pathToUri('/etc/redis/my redis.conf')).toBe('file:///etc/redis/my%20redis.conf');
    expect(uriToPath('untitled:Untitled-1')).toBe('untitled:Untitled-1');
  });
});
