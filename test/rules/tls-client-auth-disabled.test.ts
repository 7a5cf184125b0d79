import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('tls-client-auth-disabled', {
  valid: [
    { text: 'tls-port 6380\ntls-auth-clients optional\n' },
    { name: 'TLS off', text: 'tls-auth-clients no\n' },
    { name: 'loopback only', text: 'bind 127.0.0.1\ntls-port 6380\ntls-auth-clients no\n' },
  ],
  invalid: [
    { text: 'tls-port 6380\nrequirepass Zq8rT2mW9kL4vN7xHb3c\ntls-auth-clients no\n#                ^^ tls-client-auth-disabled\n', messages: ['`tls-auth-clients no` accepts TLS connections from any client, certificate or not, so the TLS port adds encryption but no authentication: only the password stands between a stranger and the server. Use `tls-auth-clients yes` (the default) with client certificates from your CA, or `optional` while migrating.'] },
  ],
});

describe('tls-client-auth-disabled severity follows the context', () => {
  it.each([
    ['with a strong password', { text: 'tls-port 6380\nrequirepass Zq8rT2mW9kL4vN7xHb3c\ntls-auth-clients no\n' }, ['info']],
    ['without a password', { text: 'tls-port 6380\nprotected-mode no\ntls-auth-clients no\n' }, ['warning']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('tls-client-auth-disabled', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
