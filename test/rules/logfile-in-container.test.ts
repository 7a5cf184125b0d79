import type { Deployment } from '../../server/src/model/embedded/deployment.js';
import { ruleTester } from '../support/rule-tester.js';

const k8s: Deployment = { platform: 'kubernetes', container: true };

ruleTester('logfile-in-container', {
  valid: [
    { name: 'not known to run in a container', text: 'logfile /var/log/redis.log\n' },
    { text: 'logfile ""\n', deployment: k8s },
    { text: 'logfile /dev/stdout\n', deployment: k8s },
    { name: 'the default is standard output', text: 'port 6379\n', deployment: k8s },
  ],
  invalid: [
    {
      text: 'logfile /var/log/redis/redis.log\n#       ^^^^^^^^^^^^^^^^^^^^^^^^ logfile-in-container\n',
      deployment: k8s,
      output: 'logfile ""\n',
    },
    {
      name: 'Compose',
      text: 'logfile "redis.log"\n#       ^^^^^^^^^^^ logfile-in-container\n',
      deployment: { platform: 'compose', container: true },
      messages: ['logfile redis.log writes the log to a file inside the container: `docker compose logs` and the cluster\'s log collection see nothing (not even why the server stopped), and the file grows on the container\'s writable layer until it is lost with the container. Write `logfile ""` to log to standard output.'],
    },
  ],
});
