import { ruleTester } from '../support/rule-tester.js';

ruleTester('idle-timeout-disabled', {
  valid: [
    { text: 'bind 127.0.0.1\ntimeout 0\n' },
    { text: 'bind 0.0.0.0\ntimeout 300\n' },
  ],
  invalid: [
    { text: 'bind 0.0.0.0\ntimeout 0\n#       ^ idle-timeout-disabled\n', messages: ['`timeout 0` never closes idle connections: leaked client connections and anyone who opens sockets and leaves them idle use up `maxclients` until new clients are refused. Set an idle timeout suited to your clients (e.g. `timeout 300`; pooled clients reconnect) and keep `tcp-keepalive` on.'] },
  ],
});
