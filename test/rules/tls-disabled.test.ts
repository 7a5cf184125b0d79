import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('tls-disabled', {
  valid: [
    { text: 'bind 0.0.0.0\nrequirepass Zq8rT2mW9kL4vN7xHb3c\nport 0\ntls-port 6379\n' },
    { name: 'loopback only', text: 'bind 127.0.0.1 -::1\n' },
    { name: 'no TCP', text: 'port 0\n' },
  ],
  invalid: [
    { text: 'bind 0.0.0.0\nrequirepass Zq8rT2mW9kL4vN7xHb3c\nport 6379\n#^^^^^^^^ tls-disabled\n', messages: ['No `tls-port`: clients reach port 6379 in cleartext, so anyone on the network path reads the data and the AUTH password and can tamper with replies. Set `tls-port 6379` with `tls-cert-file`, `tls-key-file` and `tls-ca-cert-file` (a TLS-enabled build is needed), then close the plaintext port with `port 0`.'] },
    { name: 'no port line', text: 'bind 10.0.0.5\n#^^^^^^^^^^^^ tls-disabled\nrequirepass Zq8rT2mW9kL4vN7xHb3c\n' },
  ],
});

describe('tls-disabled severity follows the context', () => {
  it.each([
    ['reachable from everywhere', { text: 'bind 0.0.0.0\nrequirepass Zq8rT2mW9kL4vN7xHb3c\n' }, ['warning']],
    ['a private network', { text: 'bind 10.0.0.5\nrequirepass Zq8rT2mW9kL4vN7xHb3c\n' }, ['info']],
    ['protected mode turns strangers away', { text: 'bind 0.0.0.0\nprotected-mode yes\n' }, ['info']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('tls-disabled', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
