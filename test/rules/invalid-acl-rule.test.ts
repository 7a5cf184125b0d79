import { ruleTester } from '../support/rule-tester.js';

ruleTester('invalid-acl-rule', {
  valid: [
    { text: 'user alice on >pw ~cache:* +get +set\n' },
    { kind: 'acl', text: 'user alice on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* +@read\n' },
  ],
  invalid: [
    {
      text: 'user alice on allkeys ~x\n#                     ^^ invalid-acl-rule\n',
      fatal: true,
      name: 'a load-time error points at the rule, not at the token Redis names',
    },
    {
      text: 'user alice on >pw ~* +@nosuch\n#                    ^^^^^^^^ invalid-acl-rule\n',
      fatal: true,
      messages: ["Unknown ACL category '@nosuch'; run ACL CAT for the list. Redis accepts the line while reading the file but refuses to start when it creates the user."],
      name: 'unknown categories stop Redis at startup',
    },
    { kind: 'acl', text: 'user bob on +get|\n#           ^^^^^ invalid-acl-rule\n', fatal: true },
  ],
});
