import { ruleTester } from '../support/rule-tester.js';

ruleTester('maxmemory-policy-without-maxmemory', {
  valid: [
    { text: 'maxmemory 1gb\nmaxmemory-policy allkeys-lru\n' },
    { text: 'maxmemory-policy noeviction\n' },
  ],
  invalid: [
    { text: 'maxmemory-policy allkeys-lru\n#                ^^^^^^^^^^^ maxmemory-policy-without-maxmemory\n', messages: ['maxmemory-policy allkeys-lru never takes effect because maxmemory is not set (0): nothing is ever evicted and the server grows until the kernel\'s OOM killer stops it, taking all data with it. Set `maxmemory` to what the host can spare (for example 75% of its memory, leaving room for fork and buffers).'] },
    { text: 'maxmemory 0\nmaxmemory-policy volatile-lru\n#                ^^^^^^^^^^^^ maxmemory-policy-without-maxmemory\n' },
  ],
});
