import { ruleTester } from '../support/rule-tester.js';

ruleTester('wrong-argument-count', {
  valid: [{ text: 'maxclients 100\nsave 3600 1 300 100\nbind 127.0.0.1 ::1\n' }, { text: 'save\n', name: 'save with no value clears the points' }],
  invalid: [
    {
      text: 'maxclients 100 # at most a hundred\n#              ^^^^^^^^^^^^^^^^^^^ wrong-argument-count\n',
      fatal: true,
      messages: ['maxclients takes exactly one value; this line has 6. Redis has no trailing comments: move the `#` comment to its own line.'],
    },
    {
      text: 'port\n#^^^ wrong-argument-count\n',
      messages: ['port takes exactly one value; this line has 0. Add the value.'],
    },
    {
      text: 'include a.conf b.conf\n#^^^^^^^^^^^^^^^^^^^^ wrong-argument-count\n',
      messages: ['include takes exactly one path.'],
    },
    { text: 'oom-score-adj-values 0 200\n#                    ^^^^^ wrong-argument-count\n' },
    { text: 'list-max-ziplist-entries 1 2\n#^^^^^^^^^^^^^^^^^^^^^^^^^^^ wrong-argument-count\n' },
  ],
});
