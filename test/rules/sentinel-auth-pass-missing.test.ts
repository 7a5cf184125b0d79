import { ruleTester } from '../support/rule-tester.js';

ruleTester('sentinel-auth-pass-missing', {
  valid: [
    { text: 'sentinel monitor m 10.0.0.1 6379 2\nsentinel auth-pass m Zq8rT2mW9kL4vN7xHb3c\n', kind: 'sentinel' },
  ],
  invalid: [
    { text: 'sentinel monitor mymaster 10.0.0.1 6379 2\n#                ^^^^^^^^ sentinel-auth-pass-missing\n', kind: 'sentinel', messages: ['Sentinel monitors mymaster without `sentinel auth-pass mymaster …`: either that primary and its replicas accept clients without a password, so anyone who reaches them can read, wipe or take them over, or Sentinel cannot authenticate and will neither monitor nor fail them over. Require a password on the primary and replicas and add `sentinel auth-pass mymaster <password>` (with `sentinel auth-user` for an ACL user).'] },
    { name: 'per master', text: 'sentinel monitor a 10.0.0.1 6379 2\nsentinel monitor bb 10.0.0.2 6379 2\n#                ^^ sentinel-auth-pass-missing\nsentinel auth-pass a Zq8rT2mW9kL4vN7xHb3c\n', kind: 'sentinel' },
  ],
});
