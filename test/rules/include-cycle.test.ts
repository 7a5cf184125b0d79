import { ruleTester } from '../support/rule-tester.js';
import { fakeFiles } from '../support/fake-files.js';

ruleTester('include-cycle', {
  valid: [{ text: 'include /test/a.conf\n', files: fakeFiles({ '/test/a.conf': 'port 1\n' }) }],
  invalid: [
    {
      text: 'include /test/redis.conf\n#       ^^^^^^^^^^^^^^^^ include-cycle\n',
      name: 'a file including itself',
      files: fakeFiles({ '/test/redis.conf': 'include /test/redis.conf\n' }),
      fatal: true,
      messages: ['This include reads /test/redis.conf again while it is already being read: Redis has no loop protection and crashes with a stack overflow. Remove the cycle.'],
    },
  ],
});
