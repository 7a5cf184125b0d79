import { ruleTester } from '../support/rule-tester.js';

ruleTester('logging-disabled', {
  valid: [
    { text: 'daemonize yes\nlogfile /var/log/redis/redis.log\n' },
    { text: 'daemonize yes\nsyslog-enabled yes\n' },
    { name: 'in the foreground the log goes to stdout', text: 'daemonize no\nlogfile ""\n' },
  ],
  invalid: [
    { text: 'daemonize yes\nlogfile ""\n#       ^^ logging-disabled\n', messages: ['The server daemonizes with `logfile ""` and syslog off, so its log goes to /dev/null: crashes, refused configs, failed saves and security warnings (protected mode, ACL denials) leave no trace. Write `logfile /var/log/redis/redis-server.log`, or `syslog-enabled yes`, and ship the log to your monitoring.'] },
    { name: 'logfile "" is the default', text: 'daemonize yes\n#^^^^^^^^^^^^ logging-disabled\n' },
  ],
});
