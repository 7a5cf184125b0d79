import { ruleTester } from '../support/rule-tester.js';

ruleTester('sentinel-directive-outside-sentinel', {
  valid: [{ text: 'sentinel\nport 6379\n', name: 'a bare sentinel line is skipped' }],
  invalid: [
    {
      text: 'sentinel monitor mymaster 127.0.0.1 6379 2\n#^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ sentinel-directive-outside-sentinel\n',
      fatal: true,
    },
  ],
});
