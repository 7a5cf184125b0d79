import { ruleTester } from '../support/rule-tester.js';

ruleTester('unbalanced-quotes', {
  valid: [{ text: 'requirepass "a b"\nlogfile \'/tmp/x y\'\nrequirepass foo"bar baz"\n' }],
  invalid: [
    { text: 'logfile "/var/log/redis.log\n#       ^^^^^^^^^^^^^^^^^^^ unbalanced-quotes\n', fatal: true },
  ],
});
