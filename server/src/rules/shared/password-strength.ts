// How guessable a password is, for requirepass, masterauth, sentinel passwords and ACL `>`
// rules (conf now, ACL files later). The built-in checks are synchronous and always there: a
// list of well-known defaults, length and variety. A stronger estimator (zxcvbn-ts, see
// zxcvbn-estimator.ts) can be registered at run time; rules then use it as well.
//
// Nothing here ever returns or logs the password: verdicts carry a reason written for messages.

import { sha256Hex } from '../../model/acl/sha256.js';

/**
 * Passwords attackers try first: Redis's own sample (`foobared`), values from tutorials and
 * Docker/Helm examples, and the top of the public breach lists. Compared case-insensitively.
 */
export const WELL_KNOWN_PASSWORDS: readonly string[] = [
  'foobared', 'redis', 'redispass', 'redispassword', 'redis-password', 'redis_password', 'redis123', 'redis@123',
  'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'pass', 'pass123', 'passwd',
  '123456', '1234567', '12345678', '123456789', '1234567890', '12345', '1234', '123123', '111111', '000000', '654321', '666666', '888888',
  'qwerty', 'qwerty123', 'qwertyuiop', 'asdfgh', 'asdf', 'zxcvbn', '1q2w3e4r', '1qaz2wsx', 'abc123', 'abcd1234', 'a123456',
  'changeme', 'changeit', 'change_me', 'change-me', 'secret', 'secret123', 'mysecret', 'supersecret', 'topsecret',
  'admin', 'admin123', 'administrator', 'root', 'toor', 'default', 'guest', 'test', 'test123', 'testing', 'demo',
  'letmein', 'welcome', 'iloveyou', 'monkey', 'dragon', 'master', 'trustno1', 'sunshine', 'football', 'baseball',
  'mypassword', 'yourpassword', 'your_password', 'your-password', 'your_password_here', 'your-password-here',
  'your-strong-password', 'your_strong_password', 'strongpassword', 'strong-password', 'securepassword', 'secure_password',
  'your-secure-password-here', 'generated-secure-password', 'cluster-node-password', 'mystrongpassword',
  'sentinel', 'sentinelpass', 'masterpass', 'replicapass', 'cache', 'valkey', 'keydb', 'docker', 'example', 'sample',
];

const WELL_KNOWN = new Set(WELL_KNOWN_PASSWORDS);

/** Words that, with only digits or symbols added, are as guessable as the word itself. */
const WELL_KNOWN_WORDS = [
  'password', 'passwd', 'redis', 'valkey', 'secret', 'admin', 'root', 'changeme', 'foobared', 'qwerty', 'letmein',
  'welcome', 'default', 'master', 'sentinel', 'test', 'guest', 'cache', 'example',
];

export type WeaknessLevel = 'error' | 'warning';

export interface PasswordWeakness {
  /** `error`: guessable in minutes; `warning`: brute-forceable at Redis's speed. */
  readonly level: WeaknessLevel;
  /** Why, as a clause for messages ("is a well-known default"). Never contains the password. */
  readonly reason: string;
}

/** What an external estimator says, zxcvbn's 0–4 scale. */
export interface PasswordEstimate {
  readonly score: 0 | 1 | 2 | 3 | 4;
}

export type PasswordEstimator = (password: string) => PasswordEstimate;

let estimator: PasswordEstimator | undefined;

/** Installs (or, with undefined, removes) the stronger estimator used after the built-in checks. */
export function registerPasswordEstimator(fn: PasswordEstimator | undefined): void {
  estimator = fn;
}

export function hasPasswordEstimator(): boolean {
  return estimator !== undefined;
}

/**
 * Values that stand for a password filled in later (`${REDIS_PASSWORD}`, `{{ .Values.pw }}`,
 * `%PASS%`, `@PASS@`, `<password>`, `__PASSWORD__`): not the real secret, so not judged.
 */
export function isPlaceholder(password: string): boolean {
  return /^\$\{[^}]+\}$/.test(password)
    || /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(password)
    || /^\{\{.*\}\}$/.test(password)
    || /^%[A-Za-z_][A-Za-z0-9_]*%$/.test(password)
    || /^@[A-Za-z_][A-Za-z0-9_]*@$/.test(password)
    || /^<[^<>]+>$/.test(password)
    || /^__[A-Z0-9_]+__$/.test(password);
}

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '!': 'i', '3': 'e', '5': 's', $: 's', '7': 't', '9': 'g' };

function deLeet(text: string): string {
  return [...text].map((c) => LEET[c] ?? c).join('');
}

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '0987654321', 'poiuytrewq', 'lkjhgfdsa', 'mnbvcxz'];

/** A run along the alphabet, the digits or a keyboard row (`abcdefgh`, `98765432`, `asdfghjk`). */
function isSequence(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower.length < 4) return false;
  const step = lower.charCodeAt(1) - lower.charCodeAt(0);
  if (Math.abs(step) === 1 && [...lower].every((c, i) => i === 0 || lower.charCodeAt(i) - lower.charCodeAt(i - 1) === step)) return true;
  return KEYBOARD_ROWS.some((row) => row.includes(lower));
}

/** The password is a well-known word with digits or symbols around it (`Redis2024!`, `P@ssw0rd1`). */
function isDecoratedWord(lower: string): boolean {
  const core = lower.replace(/^[^a-z@$]+|[^a-z]+$/g, '');
  if (core.length === 0) return false;
  const candidates = new Set([core, deLeet(core), deLeet(lower).replace(/[^a-z]+$/g, '')]);
  return [...candidates].some((c) => WELL_KNOWN.has(c) || WELL_KNOWN_WORDS.includes(c));
}

function classes(password: string): number {
  let n = 0;
  if (/[a-z]/.test(password)) n++;
  if (/[A-Z]/.test(password)) n++;
  if (/[0-9]/.test(password)) n++;
  if (/[^A-Za-z0-9]/.test(password)) n++;
  return n;
}

/**
 * Whether a password is weak, and why. Undefined means it passes (or is a placeholder).
 * The built-in checks run first and always; a registered estimator can only add findings.
 */
export function assessPassword(password: string): PasswordWeakness | undefined {
  if (password === '' || isPlaceholder(password)) return undefined;
  // Word and sequence analysis is for human-sized passwords; keep very long input linear.
  if (password.length > 256) {
    return new Set(password).size <= 2 ? { level: 'error', reason: 'is a repeated character or a keyboard/alphabet sequence' } : undefined;
  }
  const lower = password.toLowerCase();
  if (WELL_KNOWN.has(lower)) return { level: 'error', reason: 'is a well-known default that attackers try first' };
  if (isDecoratedWord(lower)) return { level: 'error', reason: 'is a well-known word with a few characters added, which guessing tools try early' };
  if (new Set(password).size <= 2 || isSequence(password)) return { level: 'error', reason: 'is a repeated character or a keyboard/alphabet sequence' };
  if (password.length < 8) return { level: 'error', reason: 'is shorter than 8 characters: Redis answers so fast that it falls to brute force within hours' };
  if (password.length < 12) return { level: 'warning', reason: 'is shorter than 12 characters, which an online brute force against Redis (100,000+ tries a second) can reach' };
  if (password.length < 16 && classes(password) === 1) return { level: 'warning', reason: 'uses a single kind of character and fewer than 16 of them' };
  if (estimator) {
    const { score } = estimator(password);
    if (score <= 1) return { level: 'error', reason: 'is easy to guess (made of common words or patterns)' };
    if (score === 2) return { level: 'warning', reason: 'is only moderately hard to guess (common words or patterns)' };
  }
  return undefined;
}

let knownHashes: Set<string> | undefined;

/** Whether `#<hex>` is the SHA-256 of a well-known password (computed once, on first use). */
export function isWellKnownPasswordHash(hex: string): boolean {
  if (!knownHashes) {
    knownHashes = new Set();
    for (const password of WELL_KNOWN_PASSWORDS) {
      knownHashes.add(sha256Hex(password));
      knownHashes.add(sha256Hex(password[0].toUpperCase() + password.slice(1)));
      knownHashes.add(sha256Hex(password.toUpperCase()));
    }
  }
  return knownHashes.has(hex.toLowerCase());
}
