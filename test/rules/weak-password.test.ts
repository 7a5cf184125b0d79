import { afterEach, describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';
import { assessPassword, isPlaceholder, isWellKnownPasswordHash, registerPasswordEstimator } from '../../server/src/rules/shared/password-strength.js';
import { loadZxcvbnEstimator } from '../../server/src/rules/shared/zxcvbn-estimator.js';
import { holdsPassword } from '../../server/src/rules/shared/passwords.js';

ruleTester('weak-password', {
  valid: [
    { text: 'requirepass 8c2e1f0b7d4a49e6a3b5c9d2e7f1a0b4c6d8e2f3\n' },
    { name: 'placeholders are filled in later', text: 'requirepass ${REDIS_PASSWORD}\nmasterauth "{{ .Values.auth }}"\n' },
    { name: '16 mixed characters', text: 'masterauth "Xk9#mP2$vL7@qR4!"\n' },
    { name: 'a hash of a random value', text: 'user app on #4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe ~app:* +@read\n' },
    { name: 'an empty requirepass is no-authentication, not a weak password', text: 'requirepass ""\n' },
    { name: 'Sentinel with strong passwords', text: 'sentinel monitor m 10.0.0.1 6379 2\nsentinel auth-pass m Zq8rT2mW9kL4vN7xHb3c\nrequirepass Zq8rT2mW9kL4vN7xHb3c\n', kind: 'sentinel' },
  ],
  invalid: [
    { text: 'requirepass foobared\n#           ^^^^^^^^ weak-password\n', messages: ['`requirepass` is a well-known default that attackers try first; anyone who can reach the server can guess it and act with that credential\'s rights. Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`) and keep it out of version control.'] },
    { name: 'leetspeak with digits', text: 'masterauth P@ssw0rd1\n#          ^^^^^^^^^ weak-password\n', messages: ['`masterauth` is a well-known word with a few characters added, which guessing tools try early; anyone who can reach the server can guess it and act with that credential\'s rights. Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`) and keep it out of version control.'] },
    { name: 'too short', text: 'requirepass k3Y!9\n#           ^^^^^ weak-password\n', messages: ['`requirepass` is shorter than 8 characters: Redis answers so fast that it falls to brute force within hours; anyone who can reach the server can guess it and act with that credential\'s rights. Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`) and keep it out of version control.'] },
    { name: 'short-ish: a warning', text: 'requirepass Tr0ub4dor&3\n#           ^^^^^^^^^^^ weak-password\n', messages: ['`requirepass` is shorter than 12 characters, which an online brute force against Redis (100,000+ tries a second) can reach; anyone who can reach the server can guess it and act with that credential\'s rights. Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`) and keep it out of version control.'] },
    { name: 'a repeated character', text: 'requirepass aaaaaaaaaaaaaaaaaaaa\n#           ^^^^^^^^^^^^^^^^^^^^ weak-password\n' },
    { name: 'a cleartext password of a user', text: 'user alice on >redis ~* +@all\n#             ^^^^^^ weak-password\n', messages: ['A password of user alice is a well-known default that attackers try first; anyone who can reach the server can guess it and act with that credential\'s rights. Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`) and keep it out of version control.'] },
    { name: 'the hash of a well-known password', text: 'user bob on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* +@all\n#           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ weak-password\n', messages: ['A password hash of user bob is the SHA-256 of a well-known default: hashing does not help when the credential itself is on every guessing list, and anyone can look the hash up. Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`) and keep it out of version control. Then store its hash.'] },
    { name: 'Sentinel passwords', text: 'sentinel monitor m 10.0.0.1 6379 2\nsentinel auth-pass m changeme\n#                    ^^^^^^^^ weak-password\nsentinel sentinel-pass 123456\n#                      ^^^^^^ weak-password\n', kind: 'sentinel', messages: ['`sentinel auth-pass` for m is a well-known default that attackers try first; anyone who can reach the server can guess it and act with that credential\'s rights. Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`) and keep it out of version control.', '`sentinel sentinel-pass` is a well-known default that attackers try first; anyone who can reach the server can guess it and act with that credential\'s rights. Generate a long random value (`openssl rand -base64 32`, or `ACL GENPASS`) and keep it out of version control.'] },
  ],
});

describe('weak-password severity follows the context', () => {
  it.each([
    ['a default', { text: 'requirepass redis\n' }, ['error']],
    ['11 characters', { text: 'requirepass Tr0ub4dor&3\n' }, ['warning']],
    ['14 lower-case letters', { text: 'requirepass qzmxnwbecrvtyu\n' }, ['warning']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('weak-password', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});

describe('password strength', () => {
  afterEach(() => registerPasswordEstimator(undefined));

  it('never puts the password in a reason', () => {
    for (const pw of ['foobared', 'P@ssw0rd1', 'abc', 'Tr0ub4dor&3', 'zzzzzzzzzzzz']) {
      const weakness = assessPassword(pw);
      expect(weakness).toBeDefined();
      expect(weakness?.reason).not.toContain(pw);
    }
  });

  it('accepts long random values and skips placeholders', () => {
    expect(assessPassword('8c2e1f0b7d4a49e6a3b5c9d2e7f1a0b4')).toBeUndefined();
    expect(assessPassword('${REDIS_PASSWORD}')).toBeUndefined();
    expect(isPlaceholder('$REDIS_PASSWORD')).toBe(true);
    expect(isPlaceholder('%PASS%')).toBe(true);
    expect(isPlaceholder('hunter2')).toBe(false);
  });

  it('knows the SHA-256 of well-known passwords', () => {
    expect(isWellKnownPasswordHash('5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8')).toBe(true);
    expect(isWellKnownPasswordHash('4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe')).toBe(false);
  });

  it('uses a registered estimator after the built-in checks', () => {
    const pw = 'correct horse battery staple';
    expect(assessPassword(pw)).toBeUndefined();
    registerPasswordEstimator(() => ({ score: 1 }));
    expect(assessPassword(pw)?.level).toBe('error');
    registerPasswordEstimator(() => ({ score: 2 }));
    expect(assessPassword(pw)?.level).toBe('warning');
    registerPasswordEstimator(() => ({ score: 4 }));
    expect(assessPassword(pw)).toBeUndefined();
    expect(assessPassword('foobared')?.level).toBe('error');
  });

  it('loads zxcvbn-ts through an importer (v4 ZxcvbnFactory API) and reports missing packages', async () => {
    const seen: string[] = [];
    const loaded = await loadZxcvbnEstimator(async (name) => {
      seen.push(name);
      if (name === '@zxcvbn-ts/core') {
        return { ZxcvbnFactory: class { check(password: string) { return { score: password.includes('weak') ? 0 : 4 }; } } };
      }
      return { dictionary: { words: [] }, adjacencyGraphs: {}, translations: {} };
    });
    expect(loaded).toBe(true);
    expect(seen.sort()).toEqual(['@zxcvbn-ts/core', '@zxcvbn-ts/language-common', '@zxcvbn-ts/language-en']);
    expect(assessPassword('this is weak but long enough')?.level).toBe('error');
    expect(assessPassword('this is fine and long enough')).toBeUndefined();
  });

  it('tells callers whether a file holds a password', () => {
    expect(holdsPassword(runRule('weak-password', { text: 'requirepass x9Kq2mV7pL4wR8tZ3nB6\n' }).result.model)).toBe(true);
    expect(holdsPassword(runRule('weak-password', { text: 'port 6379\n' }).result.model)).toBe(false);
  });
});

