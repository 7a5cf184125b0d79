import { ruleTester } from '../support/rule-tester.js';

ruleTester('acl-log-disabled', {
  valid: [
    { text: 'acllog-max-len 128\n' },
  ],
  invalid: [
    { text: 'acllog-max-len 0\n#              ^ acl-log-disabled\n', messages: ['`acllog-max-len 0` keeps no ACL LOG: failed AUTH attempts (password guessing) and commands or keys denied by ACL rules leave no record to alert on or investigate. Write `acllog-max-len 128` (the default) or more.'] },
  ],
});
