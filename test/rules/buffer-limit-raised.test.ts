import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('buffer-limit-raised', {
  valid: [
    { name: 'twice the default', text: 'proto-max-bulk-len 1gb\n' },
    { name: 'encoding sizes on a patched version', text: 'set-max-intset-entries 100000\n' },
    { name: '6.2.6 is fixed', text: 'proto-max-bulk-len 1gb\n', target: '6.2.6' },
  ],
  invalid: [
    { text: 'proto-max-bulk-len 4gb\n#                  ^^^ buffer-limit-raised\n', messages: ['proto-max-bulk-len 4gb is more than four times the default (512mb): a single client (authenticated or not, while the request is parsed) can make the server buffer that much per connection, and a few connections exhaust memory. Keep the default unless a command really needs larger arguments, and bound client memory with `maxmemory-clients`.'] },
    { text: 'client-query-buffer-limit 8gb\n#                         ^^^ buffer-limit-raised\n' },
    { name: 'integer-overflow CVEs before 6.2.6', text: 'proto-max-bulk-len 1gb\n#                  ^^^ buffer-limit-raised\nset-max-intset-entries 100000\n#                      ^^^^^^ buffer-limit-raised\n', target: '6.2.5', messages: ['proto-max-bulk-len is raised to 1gb on a version with the integer-overflow bugs CVE-2021-32627/32628/32687/41099 (fixed in 6.0.16 and 6.2.6): a client can overflow 32-bit sizes and corrupt the heap, which can lead to remote code execution. Upgrade, or keep proto-max-bulk-len at its default (512mb).', 'set-max-intset-entries is raised to 100000 on a version with the integer-overflow bugs CVE-2021-32627/32628/32687/41099 (fixed in 6.0.16 and 6.2.6): a client can overflow 32-bit sizes and corrupt the heap, which can lead to remote code execution. Upgrade, or keep set-max-intset-entries at its default (512).'] },
  ],
});

describe('buffer-limit-raised severity follows the context', () => {
  it.each([
    ['far above the default', { text: 'proto-max-bulk-len 4gb\n' }, ['warning']],
    ['a vulnerable version', { text: 'proto-max-bulk-len 1gb\n', target: '6.0.15' }, ['error']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('buffer-limit-raised', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
