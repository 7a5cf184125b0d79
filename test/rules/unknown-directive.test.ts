import { ruleTester } from '../support/rule-tester.js';

ruleTester('unknown-directive', {
  valid: [
    { text: 'maxmemory 100mb\nport 6379\n' },
    { text: 'MAXMEMORY 100mb\n', name: 'names are case-insensitive' },
    { text: 'slaveof 10.0.0.1 6379\n', name: 'aliases are known' },
    { text: 'list-max-ziplist-entries 512\n', name: 'deprecated names are accepted' },
  ],
  invalid: [
    {
      text: 'maxmemroy 100mb\n#^^^^^^^^ unknown-directive\n',
      fatal: true,
      messages: ['Unknown directive `maxmemroy`: Redis refuses to start. Did you mean `maxmemory`?'],
    },
    {
      text: '\uFEFFport 6379\n#^^^^ unknown-directive\n',
      name: 'a byte-order mark sticks to the first directive',
      messages: ['The file starts with a UTF-8 byte-order mark, which Redis reads as part of the first directive name; save the file without a BOM.'],
    },
    {
      text: 'port 6379\nenable-foo-bar yes\n#^^^^^^^^^^^^^ unknown-directive\nport 6380\n',
      messages: ['Unknown directive `enable-foo-bar`: Redis refuses to start.'],
    },
    {
      text: 'listpack-max 3\n#^^^^^^^^^^^ unknown-directive\n',
      target: '7.6',
      fatal: false,
      name: 'a target newer than the data only warns',
    },
  ],
});
