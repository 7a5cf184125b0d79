import { ruleTester } from '../support/rule-tester.js';

ruleTester('replica-read-only-disabled', {
  valid: [
    { text: 'replica-read-only yes\n' },
  ],
  invalid: [
    { text: 'replica-read-only no\n#                 ^^ replica-read-only-disabled\n', messages: ['`replica-read-only no` lets clients write to this server while it is a replica: the writes silently diverge from the primary and vanish at the next resync, and attackers use writable replicas to stage payloads (the Migo campaign turns this off). Write `replica-read-only yes` (the default).'] },
    { text: 'slave-read-only no\n#               ^^ replica-read-only-disabled\n' },
  ],
});
