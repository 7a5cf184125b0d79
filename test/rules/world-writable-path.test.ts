import { ruleTester } from '../support/rule-tester.js';

ruleTester('world-writable-path', {
  valid: [
    { text: 'dir /var/lib/redis\nlogfile /var/log/redis/redis.log\nunixsocket /run/redis/redis.sock\n' },
    { name: 'only a prefix', text: 'dir /tmpdata\n' },
  ],
  invalid: [
    { text: 'dir /tmp\n#   ^^^^ world-writable-path\n', messages: ['dir is in /tmp, a directory every local user can write to: the RDB, AOF and nodes.conf files are written there: another local user can read the whole dataset, or plant a symlink under the expected file name so the next save overwrites a file of their choice. Use a directory owned by the redis user and closed to others, such as /var/lib/redis.'] },
    { text: 'logfile "/var/tmp/redis.log"\n#       ^^^^^^^^^^^^^^^^^^^^ world-writable-path\n' },
    { text: 'unixsocket /tmp/redis.sock\n#          ^^^^^^^^^^^^^^^ world-writable-path\npidfile /dev/shm/redis.pid\n#       ^^^^^^^^^^^^^^^^^^ world-writable-path\n' },
    { text: 'include /tmp/extra.conf\n#       ^^^^^^^^^^^^^^^ world-writable-path\n' },
    { name: 'Sentinel', text: 'dir /tmp/\n#   ^^^^^ world-writable-path\n', kind: 'sentinel', messages: ['dir is in /tmp, a directory every local user can write to: Sentinel runs from there, so another local user can plant or replace files it reads and writes relative to it. Use a directory owned by the redis user and closed to others, such as /var/lib/redis.'] },
  ],
});
