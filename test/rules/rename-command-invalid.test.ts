import { ruleTester } from '../support/rule-tester.js';

ruleTester('rename-command-invalid', {
  valid: [{ text: 'rename-command FLUSHALL ""\nrename-command config cfg-8f3a\n' }],
  invalid: [
    {
      text: 'rename-command nosuchcmd foo\n#              ^^^^^^^^^ rename-command-invalid\n',
      fatal: true,
      messages: ['rename-command: nosuchcmd is not a command of this Redis version.'],
    },
    {
      text: 'rename-command flushall ""\nrename-command flushall x\n#              ^^^^^^^^ rename-command-invalid\n',
      messages: ['flushall was already renamed by an earlier rename-command line, so the name no longer exists.'],
    },
    { text: 'rename-command get set\n#                  ^^^ rename-command-invalid\n', messages: ['rename-command: set is already the name of a command; choose a name no command has.'] },
  ],
});
