import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('bind-all-interfaces', {
  valid: [
    { name: 'loopback only', text: 'bind 127.0.0.1 -::1\nprotected-mode no\n' },
    { name: 'a private address', text: 'bind 10.0.0.5 127.0.0.1\n' },
    { name: 'no TCP port', text: 'port 0\nunixsocket /run/redis/redis.sock\n' },
    { name: 'bind "" listens on no TCP address (7.0+)', text: 'bind ""\n' },
    { name: 'an include that cannot be read may set bind', text: 'include /etc/redis/base.conf\nport 6379\n' },
  ],
  invalid: [
    { name: 'wildcard without a password', text: 'bind 0.0.0.0\n#    ^^^^^^^ bind-all-interfaces\nport 6379\n', messages: ['`bind 0.0.0.0` listens on every network interface on port 6379, and only the implicit protected mode keeps strangers out; the official Docker image starts Redis with `--protected-mode no` when the file does not set it, which gives anyone who reaches the port full control. Bind to loopback plus the private addresses clients use (`bind 127.0.0.1 -::1 10.0.0.5`), keep the port behind a firewall, and require authentication.'], output: 'bind 127.0.0.1 -::1\nport 6379\n' },
    { name: 'all interfaces, IPv6 optional', text: 'bind * -::*\n#    ^^^^^^ bind-all-interfaces\nrequirepass Zq8rT2mW9kL4vN7xHb3c\n', messages: ['`bind * -::*` listens on every network interface on port 6379, so every network the host is on can try passwords and exploit pre-authentication bugs (CVE-2025-21605 lets unauthenticated clients grow output buffers). Bind to loopback plus the private addresses clients use (`bind 127.0.0.1 -::1 10.0.0.5`), keep the port behind a firewall, and require authentication.'], output: 'bind 127.0.0.1 -::1\nrequirepass Zq8rT2mW9kL4vN7xHb3c\n' },
    { name: 'no bind line: the default listens everywhere', text: 'port 6380\n#^^^^^^^^ bind-all-interfaces\nprotected-mode yes\n', messages: ['No `bind` line: Redis 7.0 then listens on every network interface on port 6380, and only protected mode keeps strangers out: remote clients get DENIED because no password is set, so listening everywhere buys nothing and one `protected-mode no` exposes everything. Bind to loopback plus the private addresses clients use (`bind 127.0.0.1 -::1 10.0.0.5`), keep the port behind a firewall, and require authentication.'], output: 'port 6380\nprotected-mode yes\nbind 127.0.0.1 -::1\n' },
    { name: 'CRLF file without a final newline', text: 'port 6380\r\n#^^^^^^^^ bind-all-interfaces\nmaxclients 100', output: 'port 6380\r\nmaxclients 100\r\nbind 127.0.0.1 -::1' },
    { name: '6.0 has no optional addresses', text: 'port 6379\n#^^^^^^^^ bind-all-interfaces\n', target: '6.0', output: 'port 6379\nbind 127.0.0.1\n' },
    { name: 'Sentinel: no automatic fix (peers must reach it)', text: 'port 26379\nbind 0.0.0.0 ::\n#    ^^^^^^^^^^ bind-all-interfaces\n', kind: 'sentinel', output: 'port 26379\nbind 0.0.0.0 ::\n' },
  ],
});

describe('bind-all-interfaces severity follows the context', () => {
  it.each([
    ['wildcard, no password, protected mode implicit (Docker turns it off)', { text: 'bind 0.0.0.0\n' }, ['error']],
    ['wildcard, no password, protected-mode no', { text: 'bind 0.0.0.0\nprotected-mode no\n' }, ['error']],
    ['wildcard, no password, protected-mode yes', { text: 'bind 0.0.0.0\nprotected-mode yes\n' }, ['warning']],
    ['wildcard, well-known password', { text: 'bind 0.0.0.0\nrequirepass foobared\n' }, ['error']],
    ['wildcard, strong password and TLS', { text: 'bind 0.0.0.0\nport 0\ntls-port 6379\nrequirepass Zq8rT2mW9kL4vN7xHb3c\n' }, ['warning']],
    ['wildcard, ACL file', { text: 'bind 0.0.0.0\naclfile /etc/redis/users.acl\n' }, ['warning']],
    ['no bind, no password, protected mode on (as shipped)', { text: 'port 6379\n' }, ['info']],
    ['no bind, no password, protected-mode no', { text: 'protected-mode no\n' }, ['error']],
    ['6.2 without a bind line: protected mode applies', { text: 'port 6379\nprotected-mode yes\n', target: '6.2' }, ['info']],
    ['6.2 with a bind line: protected mode does not apply', { text: 'bind 0.0.0.0\nprotected-mode yes\n', target: '6.2' }, ['error']],
    ['Sentinel without a password', { text: 'port 26379\n', kind: 'sentinel' }, ['error']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('bind-all-interfaces', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
