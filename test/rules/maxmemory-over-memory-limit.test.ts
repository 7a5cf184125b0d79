import { expect, it } from 'vitest';
import type { Deployment } from '../../server/src/model/embedded/deployment.js';
import { runRule, ruleTester } from '../support/rule-tester.js';

const limit = (text: string, bytes: number): Deployment => ({
  platform: 'kubernetes', container: true, memoryLimit: { file: '/test/deployment.yaml', span: { start: 10, end: 13 }, bytes, text },
});
const GI = 2 ** 30;

ruleTester('maxmemory-over-memory-limit', {
  valid: [
    { name: 'no limit known', text: 'port 6379\n' },
    { text: 'maxmemory 600mb\n', deployment: limit('1Gi', GI) },
    { name: 'a placeholder is unknown', text: 'maxmemory ${MAXMEMORY}\n', deployment: limit('1Gi', GI) },
    { name: 'no memory limit in the manifest', text: 'port 6379\n', deployment: { platform: 'compose', container: true } },
  ],
  invalid: [
    {
      name: 'maxmemory 0 is no limit',
      text: 'appendonly no\nsave ""\nmaxmemory 0\n#         ^ maxmemory-over-memory-limit\n',
      deployment: limit('1Gi', GI),
      messages: ['The container may use 1Gi of memory, but maxmemory is 0: Redis grows past the limit and the kernel OOM-kills it, losing whatever was not persisted and dropping every client. Set `maxmemory 768mb` (well below the limit) and choose a `maxmemory-policy`.'],
    },
    {
      name: 'too close to the limit',
      text: 'maxmemory 1000mb\n#         ^^^^^^ maxmemory-over-memory-limit\n',
      deployment: limit('1Gi', GI),
    },
    {
      name: 'above the limit',
      text: 'maxmemory 2gb\n#         ^^^ maxmemory-over-memory-limit\n',
      deployment: limit('1G', 1e9),
    },
  ],
});

it('maxmemory-over-memory-limit: a missing maxmemory is reported on the memory limit', () => {
  const { findings } = runRule('maxmemory-over-memory-limit', { text: 'port 6379\n', deployment: limit('512Mi', 512 * 2 ** 20) });
  expect(findings.map((f) => [f.file, f.span])).toEqual([['/test/deployment.yaml', { start: 10, end: 13 }]]);
  expect(findings[0].message).toContain('maxmemory is not set');
  expect(findings[0].message).toContain('`maxmemory 307mb`');
});
