// Every recorded case of ../shared/corpus (Redis 7.0.15's verdicts) must agree with the model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAcl } from '../../grammar/src/index';
import {
  aclContext,
  aclFileStartupError,
  aclListLine,
  dryRun,
  loadAclFile,
  setUser,
  splitAclFile,
  wordsOf,
} from '../../server/src/model/acl/index';
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
    expect(exact).toBeGreaterThan(cases.filter((c) => c.accepted).length * 0.85);
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

describe.skipIf(!enabled)('corpus/acl/*.acl (aclfile at startup, redis 7.0.15 verdicts in oracle.tsv)', () => {
  const oracle = enabled
    ? readFileSync(join(sharedDir, 'corpus', 'oracle.tsv'), 'utf8')
        .split('\n')
        .map((line) => line.split('\t'))
        .filter(([file]) => file?.startsWith('acl/'))
    : [];
  it.each(oracle.map(([file, , accepted, , reason]) => [file, accepted, reason] as const))('%s', (file, accepted, reason) => {
    const text = readFileSync(join(sharedDir, 'corpus', file), 'utf8');
    // Both Redis's own split and the grammar's parseAcl must give the same verdict.
    for (const lines of [splitAclFile(text), parseAcl(text).lines]) {
      const result = loadAclFile(ctx, lines, { fileName: 'users.acl' });
      expect(result.accepted).toBe(accepted === 'yes');
      // oracle.tsv keeps the first part of long messages.
      if (accepted !== 'yes') expect(aclFileStartupError(result)!.startsWith(reason)).toBe(true);
    }
  });
});
