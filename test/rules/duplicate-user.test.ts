import { ruleTester } from '../support/rule-tester.js';

ruleTester('duplicate-user', {
  valid: [{ text: 'user alice on >pw ~* +get\nuser bob on >pw ~* +get\n' }, { text: 'user alice on\nuser Alice on\n', name: 'names are case-sensitive' }],
  invalid: [
    {
      text: 'user alice on >pw ~* +get\nuser alice off\n#    ^^^^^ duplicate-user\n',
      fatal: true,
      messages: ['User alice is already declared; Redis refuses to start. Merge the rules into one `user alice …` line.'],
    },
  ],
});
