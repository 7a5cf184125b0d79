// The redaction step itself (server/src/linter/redact.ts): scrubbing messages against any number
// of secrets, masking spans, and which parts of a refused line count as secret.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import '../support/knowledge.js';
import { lint, maskSpans, MASK, secretsIn } from '../../server/src/linter/index.js';
import { scrub } from '../../server/src/linter/redact.js';
import { parseTarget } from '../../server/src/model/index.js';

const target = (() => {
  const parsed = parseTarget('7.4');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.target;
})();

/** Reference: mask every occurrence of every secret, overlapping ones merged. */
function naive(message: string, secrets: readonly string[]): string {
  const covered = new Array<boolean>(message.length).fill(false);
  for (const secret of secrets) {
    if (secret === '') continue;
    for (let at = message.indexOf(secret); at !== -1; at = message.indexOf(secret, at + 1)) for (let i = at; i < at + secret.length; i++) covered[i] = true;
  }
  let out = '';
  for (let i = 0; i < message.length; i++) {
    if (!covered[i]) out += message[i];
    else if (i === 0 || !covered[i - 1]) out += MASK;
  }
  return out;
}

describe('scrub', () => {
  it('masks every occurrence of every secret, with few secrets and with many (indexed)', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', '>', '1');
    const word = fc.array(alphabet, { minLength: 6, maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.array(alphabet, { maxLength: 80 }), fc.nat(), (secrets, noise, seed) => {
        // Messages made of secrets and noise, so that matches (and overlaps) are common.
        const parts = noise.map((c, i) => ((seed + i) % 3 === 0 ? secrets[(seed + i) % secrets.length] : c));
        const message = parts.join('');
        const sorted = [...new Set(secrets)].sort((a, b) => b.length - a.length);
        const out = scrub(message, sorted);
        expect(out).toBe(naive(message, sorted));
        expect(scrub(message, sorted)).toBe(out); // answered from memory the second time
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('leaves messages without secrets alone', () => {
    expect(scrub('nothing here', [])).toBe('nothing here');
    expect(scrub('nothing here', Array.from({ length: 50 }, (_, i) => `secret-${i}`))).toBe('nothing here');
  });
});

describe('maskSpans', () => {
  it('masks overlapping spans as one, whatever their order', () => {
    expect(maskSpans('0123456789', [{ start: 5, end: 9 }, { start: 2, end: 6 }])).toBe('01****9');
    expect(maskSpans('0123456789', [{ start: 2, end: 4 }, { start: 4, end: 6 }], 0)).toBe('01********6789');
  });
});

describe('secrets on lines Redis refuses', () => {
  const masked = (text: string, kind: 'conf' | 'sentinel' = 'conf') => {
    const result = lint({ text, file: '/s/redis.conf', kind, target });
    return maskSpans(text, secretsIn(result.model, '/s/redis.conf'));
  };

  it('hides what follows the words naming the secret, keeping them readable', () => {
    expect(masked('requirepass "abc def\n')).toBe('requirepass ****\n');
    expect(masked('masterauth "abc"x\n')).toBe('masterauth ****\n');
    expect(masked('user alice on >pw "x\n')).toBe('user alice ****\n');
    expect(masked('sentinel auth-pass mymaster "pw\n', 'sentinel')).toBe('sentinel auth-pass mymaster ****\n');
    expect(masked('sentinel sentinel-pass "pw\n', 'sentinel')).toBe('sentinel sentinel-pass ****\n');
    expect(masked('bind "1.2.3.4\n')).toBe('bind "1.2.3.4\n');
  });

  it('finds them once per document however many findings ask', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `requirepass pw-${i}-${'x'.repeat(8)}\n`).join('');
    const result = lint({ text, file: '/s/redis.conf', kind: 'conf', target });
    expect(secretsIn(result.model, '/s/redis.conf')).toBe(secretsIn(result.model, '/s/redis.conf'));
    expect(result.findings.filter((f) => f.ruleId === 'overridden-setting')).toHaveLength(2999);
    for (const finding of result.findings) expect(finding.message).not.toMatch(/pw-\d+-x{8}/);
  });
});
