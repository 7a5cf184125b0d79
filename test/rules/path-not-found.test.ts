import { ruleTester } from '../support/rule-tester.js';
import { fakeFiles } from '../support/fake-files.js';

ruleTester('path-not-found', {
  valid: [{ text: 'dir /var/lib/redis\nlogfile /var/log/redis/redis.log\n', files: fakeFiles({ '/var/lib/redis/': '', '/var/log/redis/': '' }) }],
  invalid: [
    { text: 'dir /var/lib/redis\n#   ^^^^^^^^^^^^^^ path-not-found\n', fatal: false },
    { text: 'dir /var/lib/redis\n#   ^^^^^^^^^^^^^^ path-not-found\n', root: '/image', fatal: true, name: 'fatal under --root' },
    { text: 'logfile /var/log/redis/redis.log\n#       ^^^^^^^^^^^^^^^^^^^^^^^^ path-not-found\n' },
    { text: 'loadmodule /usr/lib/redis/modules/rejson.so\n#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ path-not-found\n' },
  ],
});
