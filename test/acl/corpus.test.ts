// Every recorded case of ../shared/corpus (Redis 7.0.15's verdicts) must agree with the model.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aclContext, aclListLine, dryRun, setUser, wordsOf } from '../../server/src/model/acl/index';
import { haveShared, normalizeCommandOrder, readJsonl, sharedDir } from './helpers';

interface AclCase {
  rules: string[];
  accepted: boolean;
  error: string;
  acl_list: string;
}

interface DryrunCase {
  rules: string[];
  command: string[];
  result: string;
}

const enabled = haveShared();
const ctx = aclContext('redis-7.0');

describe.skipIf(!enabled)('acl-cases.jsonl (ACL SETUSER + ACL LIST, redis 7.0.15)', () => {
  const cases = enabled ? readJsonl<AclCase>(join(sharedDir, 'corpus', 'acl-cases.jsonl')) : [];
  let exact = 0;

  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_i, c) => {
    const result = setUser(ctx, 'u', wordsOf(c.rules));
    if (!c.accepted) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reply).toBe(c.error);
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const line = aclListLine(ctx, result.user);
    if (line === c.acl_list) exact++;
    // Only the order of single commands may differ (random per Redis process).
    expect(normalizeCommandOrder(line)).toBe(normalizeCommandOrder(c.acl_list));
  });

  it('matches most lines byte for byte (order only differs in long single-command tails)', () => {
    expect(exact).toBeGreaterThan(cases.filter((c) => c.accepted).length * 0.9);
  });
});

describe.skipIf(!enabled)('dryrun-cases.jsonl (ACL DRYRUN, redis 7.0.15)', () => {
  const cases = enabled ? readJsonl<DryrunCase>(join(sharedDir, 'corpus', 'dryrun-cases.jsonl')) : [];
  it.each(cases.map((c, i) => [i, c] as const))('case %i', (_i, c) => {
    const result = setUser(ctx, 'u', wordsOf(c.rules));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(dryRun(ctx, result.user, c.command)).toBe(c.result);
  });
});
