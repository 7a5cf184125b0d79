import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

ruleTester('persistence-disabled', {
  valid: [
    { text: 'save ""\nappendonly yes\n' },
    { name: 'default save points', text: 'appendonly no\n' },
    { text: 'save 3600 1\n' },
  ],
  invalid: [
    { text: 'save ""\n#^^^^^^ persistence-disabled\nappendonly no\n', messages: ['Persistence is off (`save ""` and appendonly no): a restart or crash loses every key, and if a primary restarts empty its replicas resync from it and are wiped too. Turn on the AOF (`appendonly yes`) or RDB snapshots (`save 3600 1 300 100 60 10000`), unless the data can be rebuilt.'] },
    { name: 'a cache', text: 'save ""\n#^^^^^^ persistence-disabled\nmaxmemory 1gb\nmaxmemory-policy allkeys-lru\n' },
  ],
});

describe('persistence-disabled severity follows the context', () => {
  it.each([
    ['a database', { text: 'save ""\n' }, ['warning']],
    ['a cache', { text: 'save ""\nmaxmemory 1gb\nmaxmemory-policy allkeys-lru\n' }, ['info']],
  ] as const)('%s', (_name, testCase, severities) => {
    expect(runRule('persistence-disabled', testCase).findings.map((f) => f.severity)).toEqual(severities);
  });
});
