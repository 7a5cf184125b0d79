import { valueSpanOf } from '../shared/helpers.js';
import type { Rule } from '../types.js';

/** OpenSSL cipher-list words that enable broken or unauthenticated ciphers. */
function isWeak(token: string): boolean {
  const t = token.toUpperCase();
  return t.includes('NULL') || t.startsWith('EXP') || t === 'LOW' || t.includes('RC4') || t.includes('RC2')
    || /(^|[-+])3?DES($|[-+])/.test(t) || t.includes('DES-CBC') || t === 'MD5' || t.endsWith('-MD5')
    || t.startsWith('ADH') || t.startsWith('AECDH') || t === 'ANON' || t.includes('IDEA') || t.includes('SEED');
}

export const tlsWeakCiphers: Rule = {
  meta: {
    id: 'tls-weak-ciphers',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: '`tls-ciphers` enables broken or unauthenticated ciphers (NULL, EXPORT, RC4, DES/3DES, MD5, anonymous).',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const record = model.config?.effective('tls-ciphers');
    if (!record) return;
    const tokens = record.values.join(' ').split(/[:,\s]+/).filter((t) => t !== '');
    const weak = tokens.filter((t) => !/^[!-]/.test(t) && isWeak(t.replace(/^\+/, '')));
    if (weak.length === 0) return;
    report(valueSpanOf(record),
      `tls-ciphers enables weak ciphers (${weak.join(', ')}): they can be broken or offer no authentication, so an attacker on the path can read or alter TLS 1.2 traffic. `
      + 'Remove them, or leave tls-ciphers unset to use OpenSSL\'s defaults; for example `tls-ciphers "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5"`.',
      { file: record.file });
  },
};
