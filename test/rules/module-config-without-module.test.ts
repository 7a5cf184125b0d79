import { ruleTester } from '../support/rule-tester.js';

ruleTester('module-config-without-module', {
  valid: [{ text: 'loadmodule /opt/mod.so\nmymod.size 10\n' }],
  invalid: [{ text: 'mymod.size 10\n#^^^^^^^^^ module-config-without-module\n', fatal: true }],
});
