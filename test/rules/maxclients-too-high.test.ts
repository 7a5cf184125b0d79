import { ruleTester } from '../support/rule-tester.js';

ruleTester('maxclients-too-high', {
  valid: [
    { text: 'maxclients 10000\n' },
    { text: 'maxclients 65000\n' },
  ],
  invalid: [
    { text: 'maxclients 100000\n#          ^^^^^^ maxclients-too-high\n', messages: ['maxclients 100000 is more than the file-descriptor limit of almost any host: Redis silently lowers it to that limit (minus 32), and until then each connection can grow its own buffers, so a flood of connections exhausts memory instead of being refused. Set it to what your clients need (the default is 10000) and bound client memory with `maxmemory-clients`.'] },
  ],
});
