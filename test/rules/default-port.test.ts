import { ruleTester } from '../support/rule-tester.js';

ruleTester('default-port', {
  valid: [
    { name: 'a private address', text: 'bind 10.0.0.5\nrequirepass Zq8rT2mW9kL4vN7xHb3c\nport 6379\n' },
    { name: 'another port', text: 'bind 0.0.0.0\nrequirepass Zq8rT2mW9kL4vN7xHb3c\nport 6380\n' },
    { name: 'protected mode turns strangers away', text: 'bind 0.0.0.0\nprotected-mode yes\nport 6379\n' },
  ],
  invalid: [
    { text: 'bind 0.0.0.0\nrequirepass Zq8rT2mW9kL4vN7xHb3c\nport 6379\n#    ^^^^ default-port\n', messages: ['Port 6379 is the first port internet-wide scanners and worms (cryptominers, P2PInfect) probe for open Redis. A different port is no protection on its own, but on a reachable server it keeps you out of most automated sweeps; pick another port and keep authentication and a firewall in place.'] },
    { name: 'the TLS port', text: 'bind 0.0.0.0\nrequirepass Zq8rT2mW9kL4vN7xHb3c\nport 0\ntls-port 6379\n#        ^^^^ default-port\n' },
    { name: 'the default port, implicitly', text: 'bind 0.0.0.0\n#^^^^^^^^^^^ default-port\nrequirepass Zq8rT2mW9kL4vN7xHb3c\n' },
  ],
});
