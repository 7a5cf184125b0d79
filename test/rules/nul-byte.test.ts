import { ruleTester } from '../support/rule-tester.js';

ruleTester('nul-byte', {
  valid: [{ text: 'port 6379\n' }],
  invalid: [{ text: 'port 6379\u0000junk\n#        ^^^^^^ nul-byte\n', fatal: false }],
});
