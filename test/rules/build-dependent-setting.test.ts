import { ruleTester } from '../support/rule-tester.js';

ruleTester('build-dependent-setting', {
  valid: [{ text: 'activedefrag no\n' }],
  invalid: [{ text: 'activedefrag yes\n#            ^^^ build-dependent-setting\n', fatal: false }],
});
