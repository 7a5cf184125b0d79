import { ruleTester } from '../support/rule-tester.js';
import { fakeFiles } from '../support/fake-files.js';

const files = fakeFiles({ '/test/common.conf': 'port 6379\n' });

ruleTester('save-after-include', {
  valid: [
    { text: 'save 900 1\nsave 300 10\ninclude common.conf\n', files, name: 'before the include they add up' },
    { text: 'include common.conf\nsave 900 1 300 10\n', files, name: 'one line after the include' },
  ],
  invalid: [
    { text: 'include common.conf\nsave 900 1\nsave 300 10\n#^^^^^^^^^^ save-after-include\n', files, fatal: false },
  ],
});
