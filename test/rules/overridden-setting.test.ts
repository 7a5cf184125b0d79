import { ruleTester } from '../support/rule-tester.js';

ruleTester('overridden-setting', {
  valid: [{ text: 'save 900 1\nsave 300 10\nport 6379\n', name: 'save lines add up' }],
  invalid: [
    {
      text: 'port 6379\n#^^^^^^^^ overridden-setting\nmaxclients 10\nport 6380\n',
      messages: ['port is set again at line 3, which wins; this line has no effect. Remove it or merge the two.'],
      output: 'maxclients 10\nport 6380\n',
    },
    { text: 'slaveof 10.0.0.1 6379\r\n#^^^^^^^^^^^^^^^^^^^^ overridden-setting\nreplicaof 10.0.0.2 6379\r\n', output: 'replicaof 10.0.0.2 6379\r\n', name: 'aliases and CRLF' },
  ],
});
