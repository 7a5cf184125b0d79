import { describe, expect, it } from 'vitest';
import { computeHover } from '../../server/src/service/index.js';
import { at, doc, memoryFiles } from './helpers.js';

const hoverText = (text: string, needle: string, delta = 0, options = {}) => computeHover(doc(text, options), at(text, needle, delta))?.contents.value;

describe('computeHover', () => {
  it('documents a directive for the target: type, values, default, since, CONFIG SET', () => {
    const value = hoverText('maxmemory-policy allkeys-lru\n', 'maxmemory-policy', 3)!;
    expect(value).toContain('**maxmemory-policy**');
    expect(value).toContain('redis-7.4');
    expect(value).toContain('Allowed values:');
    expect(value).toContain('`allkeys-lru`');
    expect(value).toContain('Default: `noeviction`');
    expect(value).toMatch(/Since: redis/);
    expect(value).toContain('CONFIG SET: yes (MODIFIABLE)');
    expect(value).toContain('In effect: `allkeys-lru` (this line)');
  });

  it('says when CONFIG SET cannot change a setting', () => {
    expect(hoverText('daemonize no\n', 'daemonize')).toContain('CONFIG SET: no (IMMUTABLE)');
  });

  it('gives the range of the hovered word', () => {
    const text = 'maxmemory 1gb\n';
    expect(computeHover(doc(text), at(text, '1gb', 1))?.range).toEqual({ start: { line: 0, character: 10 }, end: { line: 0, character: 13 } });
  });

  it('converts memory sizes to bytes', () => {
    expect(hoverText('maxmemory 1gb\n', '1gb', 1)).toContain('`1gb` = 1,073,741,824 bytes (1 GiB)');
    expect(hoverText('maxmemory 100mb\n', '100mb')).toContain('`100mb` = 104,857,600 bytes (100 MiB)');
    expect(hoverText('maxmemory 2g\n', '2g')).toContain('`2g` = 2,000,000,000 bytes');
    expect(hoverText('client-output-buffer-limit replica 256mb 64mb 60\n', '64mb')).toContain('67,108,864 bytes');
  });

  it('shows the value in effect after repeats and includes, and flags overridden lines', () => {
    const text = 'maxmemory 1gb\nmaxmemory 2gb\n';
    const first = hoverText(text, 'maxmemory')!;
    expect(first).toContain('In effect: `2gb` (line 2; set 2 times, the last wins)');
    expect(first).toContain('This line has no effect');
    const files = memoryFiles({ '/etc/redis/extra.conf': 'maxmemory 3gb\n' });
    const included = hoverText('maxmemory 1gb\ninclude /etc/redis/extra.conf\n', 'maxmemory', 0, { files })!;
    expect(included).toContain('In effect: `3gb` (extra.conf:1');
  });

  it('never shows a secret, even as the value in effect', () => {
    const secret = 'Sup3r-Secret-Pass';
    const text = `requirepass ${secret}\nrequirepass ${secret}2\nmasterauth ${secret}\nuser bob on >${secret} ~* +@all\n`;
    for (const [needle, delta] of [['requirepass', 0], [secret, 2], ['masterauth', 1], [`>${secret}`, 3]] as const) {
      const value = hoverText(text, needle, delta) ?? '';
      expect(value).not.toContain(secret);
    }
    expect(hoverText(text, 'requirepass')).toContain('In effect: `****`');
  });

  it('documents sentinel sub-directives and ACL rules', () => {
    expect(hoverText('sentinel monitor mymaster 127.0.0.1 6379 2\n', 'monitor', 0, { uri: 'file:///etc/redis/sentinel.conf' })).toContain('**sentinel monitor**');
    const acl = { uri: 'file:///etc/redis/users.acl' };
    expect(hoverText('user app on nopass ~cache:* +@read -@dangerous\n', 'nopass', 0, acl)).toContain('any password is accepted');
    expect(hoverText('user app on nopass ~cache:* +@read -@dangerous\n', '+@read', 0, acl)).toMatch(/Allows the \d+ commands of category `@read`/);
    expect(hoverText('user app on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* +get\n', '#5e88', 0, acl)).toContain('hash');
  });

  it('suggests the directive meant by an unknown name', () => {
    expect(hoverText('maxmemroy 100mb\n', 'maxmemroy')).toContain('Did you mean `maxmemory`?');
  });

  it('has nothing to say on comments and blank lines', () => {
    const text = '# maxmemory 1gb\n\nport 6379\n';
    expect(computeHover(doc(text), { line: 0, character: 4 })).toBeNull();
    expect(computeHover(doc(text), { line: 1, character: 0 })).toBeNull();
  });
});
