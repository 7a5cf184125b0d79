import { describe, expect, it } from 'vitest';
import { computeCompletion, InsertTextFormat } from '../../server/src/service/index.js';
import { doc } from './helpers.js';

const complete = (text: string, line: number, character: number, options: Parameters<typeof doc>[1] = {}, snippets = true) =>
  computeCompletion(doc(text, options), { line, character }, { snippets }).items;

describe('computeCompletion', () => {
  it('completes directive names with snippets for their arguments', () => {
    const items = complete('maxmem\n', 0, 6);
    const maxmemory = items.find((i) => i.label === 'maxmemory');
    expect(maxmemory).toBeDefined();
    expect(maxmemory!.insertTextFormat).toBe(InsertTextFormat.Snippet);
    expect(maxmemory!.textEdit).toEqual({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } }, newText: 'maxmemory ${1:0}' });
    const policy = items.find((i) => i.label === 'maxmemory-policy')!;
    expect(policy.textEdit!.newText).toMatch(/^maxmemory-policy \$\{1\|noeviction,volatile-lru,/);
    const appendonly = items.find((i) => i.label === 'appendonly')!;
    expect(appendonly.textEdit!.newText).toBe('appendonly ${1|no,yes|}');
  });

  it('inserts plain names when the editor has no snippets', () => {
    const item = complete('maxmem\n', 0, 6, {}, false).find((i) => i.label === 'maxmemory')!;
    expect(item.insertTextFormat).toBeUndefined();
    expect(item.textEdit!.newText).toBe('maxmemory');
  });

  it('offers only what the target version knows', () => {
    const on62 = complete('\n', 0, 0, { redisVersion: '6.2' }).map((i) => i.label);
    const on74 = complete('\n', 0, 0, { redisVersion: '7.4' }).map((i) => i.label);
    expect(on74).toContain('maxmemory-clients');
    expect(on62).not.toContain('maxmemory-clients');
    expect(on62).toContain('maxmemory');
    expect(on74).not.toContain('sentinel'); // only in sentinel files
  });

  it('completes enum and bool values', () => {
    expect(complete('maxmemory-policy \n', 0, 17).map((i) => i.label)).toEqual(expect.arrayContaining(['noeviction', 'allkeys-lru', 'volatile-ttl']));
    const bools = complete('appendonly y\n', 0, 12);
    expect(bools.map((i) => i.label)).toEqual(['yes', 'no']);
    expect(bools[0].textEdit!.range).toEqual({ start: { line: 0, character: 11 }, end: { line: 0, character: 12 } });
    expect(bools.find((i) => i.label === 'no')!.detail).toBe('default');
  });

  it('completes sentinel sub-directives and ACL rules', () => {
    const sentinel = complete('sentinel mon\n', 0, 12, { uri: 'file:///etc/redis/sentinel.conf' });
    const monitor = sentinel.find((i) => i.label === 'monitor')!;
    expect(monitor.textEdit!.newText).toMatch(/^monitor \$\{1:master-name\}/);
    const acl = complete('user app on +@\n', 0, 14, { uri: 'file:///etc/redis/users.acl' }).map((i) => i.label);
    expect(acl).toEqual(expect.arrayContaining(['+@all', '+@read', '+@dangerous']));
    const keywords = complete('user app \n', 0, 9, { uri: 'file:///etc/redis/users.acl' }).map((i) => i.label);
    expect(keywords).toEqual(expect.arrayContaining(['on', 'off', 'nopass', 'resetkeys', '~*']));
  });

  it('offers nothing inside comments', () => {
    expect(complete('# maxmem\n', 0, 8)).toEqual([]);
  });
});
