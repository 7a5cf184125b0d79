// The generated ACL knowledge: shape, per-version facts, and that regenerating is byte-identical.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAclKnowledge } from '../../server/src/knowledge/acl';
import { TARGET_IDS } from '../../server/src/knowledge/targets';
import { haveShared, repoRoot, sharedDir } from '../acl/helpers';

describe('ACL knowledge', () => {
  it('has the 7.0.15 command table Redis reports (240 commands, 21 categories)', () => {
    const k = getAclKnowledge('redis-7.0');
    expect(k.source).toBe('redis@7.0.15');
    expect(k.commands).toHaveLength(240);
    expect(k.categories).toHaveLength(21);
    const config = k.commands.find((c) => c.name === 'config')!;
    expect(config.subcommands?.map((s) => s.name)).toEqual(['config|get', 'config|help', 'config|resetstat', 'config|rewrite', 'config|set']);
    const set = k.commands.find((c) => c.name === 'set')!;
    expect(set).toMatchObject({ arity: -3, getKeys: 'setGetKeys', categories: ['write', 'string', 'slow'] });
    expect(k.commands.find((c) => c.name === 'sentinel')).toBeUndefined();
  });

  it('follows per-version differences', () => {
    const wait = (t: 'redis-7.2' | 'redis-7.4') => getAclKnowledge(t).commands.find((c) => c.name === 'wait')!.categories;
    expect(wait('redis-7.2')).not.toContain('blocking');
    expect(wait('redis-7.4')).toContain('blocking');
    expect(getAclKnowledge('redis-7.4').commands.some((c) => c.name === 'hexpire')).toBe(true);
    expect(getAclKnowledge('redis-7.2').commands.some((c) => c.name === 'hexpire')).toBe(false);
  });

  it('says when the data of a target is borrowed (6.x)', () => {
    for (const target of TARGET_IDS) {
      const k = getAclKnowledge(target);
      expect(k.target).toBe(target);
      expect(k.approximation !== undefined).toBe(target.startsWith('redis-6'));
    }
    const k60 = getAclKnowledge('redis-6.0');
    expect(k60.commands.some((c) => c.name === 'getdel')).toBe(false);
    expect(getAclKnowledge('redis-6.2').commands.some((c) => c.name === 'getdel')).toBe(true);
    expect(k60.commands.every((c) => !c.subcommands)).toBe(true);
  });

  it.skipIf(!haveShared())('regenerates byte for byte from ../shared/reference', () => {
    const out = mkdtempSync(join(tmpdir(), 'acl-knowledge-'));
    execFileSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'knowledge-acl.ts'), '--reference', join(sharedDir, 'reference'), '--out', out], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
    for (const target of TARGET_IDS) {
      const name = `acl-${target}.json`;
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(repoRoot, 'server', 'src', 'knowledge', 'data', name), 'utf8'));
    }
  });
});
