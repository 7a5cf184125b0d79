import { ruleTester } from '../support/rule-tester.js';

ruleTester('deprecated-directive', {
  valid: [{ text: 'list-max-listpack-size -2\n' }],
  invalid: [{ text: 'list-max-ziplist-entries 512\n#^^^^^^^^^^^^^^^^^^^^^^^ deprecated-directive\n', fatal: false }],
});
