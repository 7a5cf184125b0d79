import { describe, expect, test } from 'vitest';
import { DEFAULT_TARGET, formatTarget, KNOWN_TARGETS, parseTarget, TARGET_IDS } from '../../server/src/knowledge/targets.js';

function ok(input: string) {
  const result = parseTarget(input);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.message}`);
  return result.target;
}

function fails(input: string): string {
  const result = parseTarget(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result.message;
}

describe('parseTarget', () => {
  test.each([
    ['7.0', { product: 'redis', line: '7.0', dataId: 'redis-7.0' }],
    ['7.0.15', { product: 'redis', line: '7.0', patch: 15, dataId: 'redis-7.0' }],
    ['redis-7.0', { product: 'redis', line: '7.0', dataId: 'redis-7.0' }],
    ['Redis-6.2.14', { product: 'redis', line: '6.2', patch: 14, dataId: 'redis-6.2' }],
    ['redis@7.4.1', { product: 'redis', line: '7.4', patch: 1, dataId: 'redis-7.4' }],
    [' 6.0 ', { product: 'redis', line: '6.0', dataId: 'redis-6.0' }],
    ['valkey-8.0', { product: 'valkey', line: '8.0', dataId: 'valkey-8.0' }],
    ['valkey-8.0.1', { product: 'valkey', line: '8.0', patch: 1, dataId: 'valkey-8.0' }],
    ['valkey-7.2.5', { product: 'valkey', line: '7.2', patch: 5, dataId: 'valkey-7.2' }],
    ['8.0-m01', { product: 'redis', line: '8.0', dataId: 'redis-8.0' }],
  ])('%s', (input, expected) => {
    expect(ok(input)).toEqual(expected);
  });

  test('every known id parses to itself', () => {
    for (const id of TARGET_IDS) expect(ok(id).dataId).toBe(id);
  });

  test('8.0 final is newer than the 8.0-m01 pre-release data', () => {
    expect(ok('8.0')).toEqual({ product: 'redis', line: '8.0', dataId: 'redis-8.0', newerThanData: true });
    expect(ok('redis-8.0.2')).toMatchObject({ patch: 2, dataId: 'redis-8.0', newerThanData: true });
  });

  test.each([
    ['7.6', 'redis-7.4'],
    ['redis-7.6.3', 'redis-7.4'],
    ['8.2', 'redis-8.0'],
    ['9.0', 'redis-8.0'],
    ['valkey-8.1', 'valkey-8.0'],
    ['valkey-9.0', 'valkey-8.0'],
  ])('%s is newer than the data and uses %s', (input, dataId) => {
    expect(ok(input)).toMatchObject({ dataId, newerThanData: true });
  });

  test('a patch newer than the data keeps its line without a warning', () => {
    expect(ok('7.4.9')).toEqual({ product: 'redis', line: '7.4', patch: 9, dataId: 'redis-7.4' });
  });

  test.each(['5.0', '4.0.14', 'redis-2.8', 'valkey-7.0'])('%s is older than the data', (input) => {
    expect(fails(input)).toMatch(/older than the oldest version redis-lint knows/);
  });

  test.each(['', 'latest', 'redis', '7', '7.x', '7.0.15.1', 'keydb-6.3', '7.0-rc1', '8.0-m02'])('%j is rejected', (input) => {
    expect(fails(input)).toMatch(/redis-7\.0|8\.0-m01/);
  });

  test('gaps between known lines are rejected with the list', () => {
    const message = fails('7.3');
    expect(message).toContain('not a release line');
    for (const id of TARGET_IDS) expect(message).toContain(id);
  });
});

test('DEFAULT_TARGET is the newest stable Redis', () => {
  expect(DEFAULT_TARGET).toEqual({ product: 'redis', line: '7.4', dataId: 'redis-7.4' });
  const stable = KNOWN_TARGETS.filter((t) => t.product === 'redis' && !t.prerelease);
  expect(stable.at(-1)?.id).toBe(DEFAULT_TARGET.dataId);
});

test('formatTarget', () => {
  expect(formatTarget(ok('7.0.15'))).toBe('redis-7.0.15');
  expect(formatTarget(ok('valkey-8.0'))).toBe('valkey-8.0');
  expect(formatTarget(ok('7.6'))).toBe('redis-7.6 (newer than the data; using redis-7.4.1)');
});
