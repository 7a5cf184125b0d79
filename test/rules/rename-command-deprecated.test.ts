import { ruleTester } from '../support/rule-tester.js';

ruleTester('rename-command-deprecated', {
  valid: [
    { text: 'port 6379\n' },
  ],
  invalid: [
    { text: 'rename-command CONFIG ""\n#^^^^^^^^^^^^^ rename-command-deprecated\n', messages: ['This line disables CONFIG, a deprecated approach: it applies to every user including administrators, breaks tools and clients that expect the real name, is propagated under the new name to AOF files and replicas, and ACL rules still use the original name. Deny the command with ACL rules instead, e.g. `-config` (or `-@dangerous`) on application users: `user app on #<sha256> ~app:* &app:* +@all -@dangerous`.'] },
    { text: 'rename-command flushall 9f2c4e6a8b0d1f3e5a7c\n#^^^^^^^^^^^^^ rename-command-deprecated\n', messages: ['This line renames FLUSHALL, a deprecated approach: it applies to every user including administrators, breaks tools and clients that expect the real name, is propagated under the new name to AOF files and replicas, and ACL rules still use the original name. Deny the command with ACL rules instead, e.g. `-flushall` (or `-@dangerous`) on application users: `user app on #<sha256> ~app:* &app:* +@all -@dangerous`.'] },
  ],
});
