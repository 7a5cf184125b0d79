import { ruleTester } from '../support/rule-tester.js';
import { fakeFiles } from '../support/fake-files.js';

ruleTester('include-not-found', {
  valid: [
    { text: 'include /etc/redis/conf.d/*.conf\n', name: 'a glob matching nothing is fine' },
    { text: 'include common.conf\n', files: fakeFiles({ '/test/common.conf': 'port 1\n' }), name: 'relative to the including file' },
  ],
  invalid: [
    {
      text: 'include /etc/redis/common.conf\n#       ^^^^^^^^^^^^^^^^^^^^^^ include-not-found\n',
      fatal: false,
      messages: ['include /etc/redis/common.conf: no such file or directory here; Redis refuses to start if it cannot read it on the server ("Fatal error, can\'t open config file").'],
    },
    { text: 'include /etc/redis/common.conf\n#       ^^^^^^^^^^^^^^^^^^^^^^ include-not-found\n', root: '/image', fatal: true, name: 'fatal under --root' },
    { text: 'include ""\n#       ^^ include-not-found\n', fatal: true, name: 'an empty path never opens' },
  ],
});
