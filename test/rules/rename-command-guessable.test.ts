import { ruleTester } from '../support/rule-tester.js';

ruleTester('rename-command-guessable', {
  valid: [
    { name: 'disabled', text: 'rename-command CONFIG ""\n' },
    { name: 'a long random name', text: 'rename-command CONFIG 7f3a9c2e5b1d8f4a6c0e\n' },
  ],
  invalid: [
    { text: 'rename-command CONFIG CONFIG_a1b2c3d4\n#                     ^^^^^^^^^^^^^^^ rename-command-guessable\n', messages: ['CONFIG is renamed to a name that is easy to guess (it contains the original name): anyone who tries the usual variants still runs it, so the rename gives a false sense of safety. Deny the command with an ACL rule (`-config` on every user that must not run it) or disable it with `rename-command CONFIG ""`.'] },
    { text: 'rename-command FLUSHALL nukeit\n#                       ^^^^^^ rename-command-guessable\n' },
    { text: 'rename-command KEYS listallthekeysplease\n#                   ^^^^^^^^^^^^^^^^^^^^ rename-command-guessable\n' },
  ],
});
