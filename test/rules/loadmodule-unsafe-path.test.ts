import { ruleTester } from '../support/rule-tester.js';

ruleTester('loadmodule-unsafe-path', {
  valid: [
    { text: 'loadmodule /usr/lib/redis/modules/redisearch.so\n' },
    { text: 'dir /var/lib/redis\nloadmodule /opt/redis-stack/lib/rejson.so\n' },
  ],
  invalid: [
    { text: 'loadmodule ./redisearch.so\n#          ^^^^^^^^^^^^^^^ loadmodule-unsafe-path\n', messages: ['This module is loaded from a relative path, resolved against whatever directory the server runs in (or the last `dir`): whoever can put a file there runs native code inside the server at the next start. Load modules by absolute path from a root-owned directory such as /usr/lib/redis/modules.'] },
    { text: 'loadmodule /tmp/exp.so arg1\n#          ^^^^^^^^^^^ loadmodule-unsafe-path\n', messages: ['This module is loaded from a path in /tmp, which every local user can write to: whoever can put a file there runs native code inside the server at the next start. Load modules by absolute path from a root-owned directory such as /usr/lib/redis/modules.'] },
    { text: 'dir /var/lib/redis\nloadmodule /var/lib/redis/exp.so\n#          ^^^^^^^^^^^^^^^^^^^^^ loadmodule-unsafe-path\n' },
  ],
});
