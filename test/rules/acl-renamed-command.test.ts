import { ruleTester } from '../support/rule-tester.js';

ruleTester('acl-renamed-command', {
  valid: [
    { kind: 'conf', name: 'the original name', text: 'rename-command FLUSHALL myflush\nuser ops on ~* -@all +flushall\n' },
    { kind: 'conf', name: 'a command renamed away', text: 'rename-command CONFIG ""\nuser ops on ~* +@all -config\n' },
    { kind: 'conf', name: 'no rename-command', text: 'user ops on ~* +@all -flushall\n' },
  ],
  invalid: [
    {
      kind: 'conf',
      name: 'the new name of a renamed command',
      text: `rename-command FLUSHALL myflush\nuser ops on >k8Tq2vLw9xRz ~* -@all +myflush\n#                                  ^^^^^^^^ acl-renamed-command\n`,
      messages: [
        '`+myflush` uses the name rename-command gave FLUSHALL (line 1), but ACL rules only know the original command names: Redis refuses to start ("Unknown command or category name in ACL"). Write `+flushall`; clients still call it by its new name.',
      ],
      output: `rename-command FLUSHALL myflush\nuser ops on >k8Tq2vLw9xRz ~* -@all +flushall\n`,
    },
    {
      kind: 'conf',
      name: 'a subcommand of a renamed container',
      text: `rename-command CONFIG cfg\nuser ops on ~* +@all -cfg|set\n#                    ^^^^^^^^ acl-renamed-command\n`,
      output: `rename-command CONFIG cfg\nuser ops on ~* +@all -config|set\n`,
    },
    {
      kind: 'conf',
      name: 'inside a selector',
      text: `rename-command FLUSHALL myflush\nuser ops on (+myflush ~x)\n#            ^^^^^^^^ acl-renamed-command\n`,
      output: `rename-command FLUSHALL myflush\nuser ops on (+flushall ~x)\n`,
    },
    {
      kind: 'conf',
      name: 'a quoted argument: no fix',
      text: `rename-command FLUSHALL myflush\nuser ops on "+myflush"\n#           ^^^^^^^^^^ acl-renamed-command\n`,
      output: `rename-command FLUSHALL myflush\nuser ops on "+myflush"\n`,
    },
  ],
});
