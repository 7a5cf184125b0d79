import { ruleTester } from '../support/rule-tester.js';

ruleTester('unix-socket-world-writable', {
  valid: [
    { text: 'unixsocket /run/redis/redis.sock\nunixsocketperm 770\n' },
    { name: 'no socket', text: 'unixsocketperm 777\n' },
    { name: 'others may read but not connect', text: 'unixsocket /run/redis/redis.sock\nunixsocketperm 774\n' },
  ],
  invalid: [
    { text: 'unixsocket /run/redis/redis.sock\nunixsocketperm 777\n#              ^^^ unix-socket-world-writable\n', messages: ['unixsocketperm 777 gives every local user write access to the socket, which is all connect() needs: any account or compromised service on the host can talk to Redis (and over the socket protected mode never applies). Use `unixsocketperm 700`, or `770` with the socket in a directory of a dedicated group; on versions before 7.2.2/7.0.14/6.2.14 the socket is briefly created with the umask permissions anyway (CVE-2023-45145).'] },
    { text: 'unixsocketperm 0666\n#              ^^^^ unix-socket-world-writable\nunixsocket /run/redis/redis.sock\n' },
  ],
});
