import { ruleTester } from '../support/rule-tester.js';

ruleTester('keyspace-notifications-all', {
  valid: [
    { text: 'notify-keyspace-events Ex\n' },
    { text: 'notify-keyspace-events ""\n' },
  ],
  invalid: [
    { text: 'notify-keyspace-events KEA\n#                      ^^^ keyspace-notifications-all\n', messages: ['notify-keyspace-events KEA publishes an event for every write and expiry: it costs CPU on every command, and any client allowed to subscribe to `__keyspace@*__`/`__keyevent@*__` sees every key name (on 6.2 every user may subscribe to every channel by default). Enable only the classes a consumer needs, e.g. `Ex` for expirations, and restrict channels with ACL `&` rules.'] },
    { text: 'notify-keyspace-events "AK"\n#                      ^^^^ keyspace-notifications-all\n' },
  ],
});
