import { ruleTester } from '../support/rule-tester.js';

ruleTester('crashes-redis', {
  valid: [{ kind: 'acl', text: 'user alice on (+get ~x)\n' }],
  invalid: [
    { kind: 'acl', text: 'user alice on (+get ~x\n#             ^^^^^ crashes-redis\n', fatal: true },
  ],
});
