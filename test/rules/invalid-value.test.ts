import { ruleTester } from '../support/rule-tester.js';

ruleTester('invalid-value', {
  valid: [
    { text: 'appendonly YES\nmaxmemory 1Gb\nmaxmemory 010mb\nmaxmemory-policy AllKeys-LRU\nunixsocketperm 0700\nmaxmemory-clients 10%\n' },
    { text: 'save ""\nsave "3600 1 300 10"\nbind ""\nnotify-keyspace-events ""\nreplicaof no one\n' },
    { text: 'client-output-buffer-limit normal 0 0 0 replica 256mb 64mb 60\nshutdown-on-sigint "save now"\nhz 1000\n' },
  ],
  invalid: [
    { text: 'appendonly true\n#          ^^^^ invalid-value\n', fatal: true, messages: ["appendonly takes yes or no, not 'true'."] },
    { text: 'timeout 10s\n#       ^^^ invalid-value\n' },
    { text: 'maxclients +5\n#          ^^ invalid-value\n' },
    { text: 'maxclients 010\n#          ^^^ invalid-value\n' },
    { text: 'maxclients 0\n#          ^ invalid-value\n', messages: ["maxclients must be between 1 and 4294967295 inclusive; '0' is out of range."] },
    { text: 'maxmemory 1.5gb\n#         ^^^^^ invalid-value\n' },
    { text: 'maxmemory 10%\n#         ^^^ invalid-value\n' },
    { text: 'maxmemory-clients 101%\n#                 ^^^^ invalid-value\n', messages: ['maxmemory-clients percentage must be at most 100%, not 101%.'] },
    { text: 'unixsocketperm 999\n#              ^^^ invalid-value\n' },
    { text: 'maxmemory-policy lru\n#                ^^^ invalid-value\n' },
    { text: 'save 3600\n#    ^^^^ invalid-value\n' },
    { text: 'save 0 1\n#    ^ invalid-value\n' },
    { text: 'notify-keyspace-events KEq\n#                      ^^^ invalid-value\n' },
    { text: 'client-output-buffer-limit master 0 0 0\n#                          ^^^^^^ invalid-value\n' },
    { text: 'replicaof 10.0.0.1 70000\n#                  ^^^^^ invalid-value\n' },
    { text: 'dbfilename /var/lib/redis/dump.rdb\n#          ^^^^^^^^^^^^^^^^^^^^^^^ invalid-value\n' },
    { text: 'shutdown-on-sigint save nosave\n#                  ^^^^^^^^^^^ invalid-value\n' },
    { text: 'latency-tracking-info-percentiles 50 101\n#                                    ^^^ invalid-value\n' },
    { text: 'oom-score-adj-values 0 200 3000\n#                          ^^^^ invalid-value\n' },
  ],
});
