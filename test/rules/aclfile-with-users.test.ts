import { ruleTester } from '../support/rule-tester.js';

ruleTester('aclfile-with-users', {
  valid: [{ text: 'aclfile /etc/redis/users.acl\n' }, { text: 'user alice on >pw ~* +get\n' }],
  invalid: [
    {
      text: 'aclfile /etc/redis/users.acl\nuser alice on >pw ~* +get\n#^^^^^^^^^^^^^^^^^^^^^^^^ aclfile-with-users\n',
      fatal: true,
      messages: ['user lines and an aclfile cannot be combined: Redis refuses to start. Move these users into the ACL file, or drop the aclfile line.'],
    },
  ],
});
