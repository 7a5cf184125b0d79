import { ruleTester } from '../support/rule-tester.js';

ruleTester('invalid-acl-line', {
  valid: [{ kind: 'acl', text: 'user default on nopass ~* +@all\nuser alice off\n' }],
  invalid: [
    { kind: 'acl', text: '# admins\n#^^^^^^^ invalid-acl-line\nuser alice on\n', fatal: true, name: 'ACL files have no comments' },
    { kind: 'acl', text: 'USER alice on\n#^^^^^^^^^^^^ invalid-acl-line\n', fatal: true, name: 'the keyword is case-sensitive' },
  ],
});
