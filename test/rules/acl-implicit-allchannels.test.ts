import { ruleTester } from '../support/rule-tester.js';

const H = '4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe';

ruleTester('acl-implicit-allchannels', {
  valid: [
    { kind: 'acl', name: 'Redis 7.0 starts users with resetchannels', target: '7.0', text: `user default off\nuser app on ~app:* +get +publish #${H}\n` },
    { kind: 'acl', name: 'explicit channels on 6.2', target: '6.2', text: `user default off\nuser app on resetchannels &app:* ~app:* +publish #${H}\n` },
    { kind: 'acl', name: 'explicit allchannels is a decision, not a default', target: '6.2', text: `user default off\nuser app on allchannels ~app:* +publish #${H}\n` },
    { kind: 'acl', name: 'no Pub/Sub command', target: '6.2', text: `user default off\nuser app on ~app:* +get +set #${H}\n` },
    { kind: 'acl', name: 'a disabled user', target: '6.2', text: `user default off\nuser app off ~app:* +publish #${H}\n` },
    { kind: 'acl', name: 'Redis 6.0 has no channel permissions at all', target: '6.0', text: `user default off\nuser app on ~app:* +publish #${H}\n` },
    { name: 'redis.conf on 7.0 without the setting', target: '7.0', text: `user app on ~app:* +publish #${H}\n` },
  ],
  invalid: [
    {
      kind: 'acl',
      name: 'Redis 6.2 default',
      target: '6.2',
      text: `user default off\nuser app on ~app:* +get +publish #${H}\n#    ^^^ acl-implicit-allchannels\n`,
      messages: [
        "User app has no channel rule, so it gets every channel (`&*`) because that is the default of Redis 6.2 (`acl-pubsub-default allchannels`): with PUBLISH it can read other applications' messages and keyspace notifications (which carry key names) and publish forged ones. Write its channels explicitly: `resetchannels &app:*`, or `resetchannels` alone for none.",
      ],
    },
    {
      kind: 'acl',
      name: 'every command on 6.2',
      target: '6.2',
      text: `user default off\nuser ops on ~* +@all #${H}\n#    ^^^ acl-implicit-allchannels\n`,
    },
    {
      kind: 'acl',
      name: 'reset restores the default',
      target: '6.2',
      text: `user default off\nuser app on &news reset on ~a +subscribe #${H}\n#    ^^^ acl-implicit-allchannels\n`,
    },
    {
      kind: 'conf',
      name: 'redis.conf with acl-pubsub-default allchannels',
      target: '7.0',
      text: `acl-pubsub-default allchannels\nuser app on >k8Tq2vLw9xRz ~app:* +subscribe\n#    ^^^ acl-implicit-allchannels\n`,
      messages: [
        "User app has no channel rule, so it gets every channel (`&*`) because `acl-pubsub-default allchannels` is set: with SUBSCRIBE it can read other applications' messages and keyspace notifications (which carry key names) and publish forged ones. Write its channels explicitly: `resetchannels &app:*`, or `resetchannels` alone for none.",
      ],
    },
  ],
});
