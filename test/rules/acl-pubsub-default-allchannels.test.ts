import { ruleTester } from '../support/rule-tester.js';

ruleTester('acl-pubsub-default-allchannels', {
  valid: [
    { text: 'acl-pubsub-default resetchannels\n' },
  ],
  invalid: [
    { text: 'acl-pubsub-default allchannels\n#                  ^^^^^^^^^^^ acl-pubsub-default-allchannels\n', messages: ['`acl-pubsub-default allchannels` gives every user created without `&` rules access to every Pub/Sub channel: they can read other applications\' messages and keyspace notifications (key names) and publish forged ones. Write `acl-pubsub-default resetchannels` (the 7.0 default) and grant channels per user (`&app:*`).'] },
  ],
});
