import type { Deployment } from '../../server/src/model/embedded/deployment.js';
import { ruleTester } from '../support/rule-tester.js';

const k8s: Deployment = { platform: 'kubernetes', container: true };
const compose: Deployment = { platform: 'compose', container: true };

ruleTester('daemonize-in-container', {
  valid: [
    { name: 'not known to run in a container', text: 'daemonize yes\n' },
    { text: 'daemonize no\n', deployment: k8s },
    { name: 'the default is no', text: 'port 6379\n', deployment: k8s },
  ],
  invalid: [
    {
      text: 'daemonize yes\n#         ^^^ daemonize-in-container\n',
      deployment: k8s,
      output: 'daemonize no\n',
      messages: ['daemonize yes runs in a container here: redis-server forks into the background and the process the container runtime watches exits, so the pod restarts in a loop (CrashLoopBackOff). The runtime already keeps the server in the background: write `daemonize no`.'],
    },
    { name: 'Compose, sentinel', kind: 'sentinel', text: 'DAEMONIZE YES\n#         ^^^ daemonize-in-container\n', deployment: compose, output: 'DAEMONIZE no\n' },
  ],
});
