// The loader differences between releases, one small case each (the fixtures check them on
// real servers; these need no ../shared). Each row: text, target, expected verdict.

import '../support/knowledge.js';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../server/src/linter/index.js';

const BAD = 'Bad directive or wrong number of arguments';

const CASES: readonly [string, string, { accepted: boolean; line?: number; reason?: string }][] = [
  // 6.x special cases: a wrong count is "Bad directive…", values parsed the 6.x way.
  ['bind\n', '6.2', { accepted: false, line: 1, reason: BAD }],
  ['notify-keyspace-events KEA extra\n', '6.2', { accepted: false, line: 1, reason: BAD }],
  ['dir "/data/redis farm"\n', '6.2', { accepted: true }],
  ['unixsocketperm 999\n', '6.2', { accepted: true }],
  ['unixsocketperm 999\n', '7.0', { accepted: false, line: 1, reason: "argument couldn't be parsed as an octal number" }],
  ['unixsocketperm 1777\n', '6.2', { accepted: false, line: 1, reason: 'Invalid socket file permissions' }],
  ['client-output-buffer-limit normal 1x 0 0\n', '6.2', { accepted: true }],
  ['client-output-buffer-limit normal 0 0 0 pubsub 32mb 8mb 60\n', '6.2', { accepted: false, line: 1, reason: BAD }],
  ['client-output-buffer-limit master 0 0 0\n', '6.2', { accepted: false, line: 1, reason: "Unrecognized client limit class: the user specified an invalid one, or 'master' which has no buffer limits." }],
  ['notify-keyspace-events KEAn\n', '6.2', { accepted: false, line: 1, reason: "Invalid event class character. Use 'g$lshzxeA'." }],
  ['save 900 1 300 10\n', '6.2', { accepted: true }],
  ['save 900\n', '7.0', { accepted: false, line: 1, reason: 'Invalid save parameters' }],
  ['repl-backlog-size 9223372036854775808\n', '6.2', { accepted: true }],
  ['maxmemory-policy bogus\n', '6.2', { accepted: false, line: 1, reason: 'argument must be one of the following: volatile-lru, volatile-lfu, volatile-random, volatile-ttl, allkeys-lru, allkeys-lfu, allkeys-random, noeviction' }],
  ['mymodule.setting 1\n', '6.2', { accepted: false, line: 1, reason: BAD }],
  ['user alice on >pw ~* +@all\nuser alice off\n', '6.2', { accepted: true }],
  ['cluster-enabled yes\nreplicaof 10.0.0.1 6379\n', '6.2', { accepted: false, line: 2, reason: 'replicaof directive not allowed in cluster mode' }],
  ['cluster-enabled yes\nreplicaof 10.0.0.1 6379\n', '7.0', { accepted: false, reason: 'replicaof directive not allowed in cluster mode' }],
  ['appendfilename ""\n', '6.2', { accepted: true }],
  ['logfile .\n', '6.2', { accepted: false, line: 1, reason: "Can't open the log file: Is a directory" }],
  // 7.2+: names of test builds only; Valkey 8's own checks and texts.
  ['req-res-logfile x\n', '7.2.6', { accepted: false, line: 1, reason: BAD }],
  ['dir ""\n', 'valkey-8.0', { accepted: false, line: 1, reason: "dir can't be empty" }],
  ['dbfilename ""\n', 'valkey-8.0', { accepted: false, line: 1, reason: "dbfilename can't be empty" }],
  ['replicaof 10.0.0.1 70000\n', 'valkey-8.0', { accepted: false, line: 1, reason: 'Invalid primary port' }],
  ['cluster-announce-client-ipv4 10.0.0.300\n', 'valkey-8.0', { accepted: false, line: 1, reason: 'Invalid IPv4 address' }],
];

describe('loader differences between releases', () => {
  it.each(CASES)('%j on %s', (text, target, want) => {
    const { verdict } = checkConfig({ text, filePath: '/etc/redis/redis.conf', kind: 'conf', target });
    expect({ accepted: verdict.accepted, line: verdict.line, reason: verdict.accepted ? undefined : verdict.reason }).toEqual({ line: undefined, reason: undefined, ...want });
  });

  it('6.x: each `save` line adds one pair; a line of another count is ignored but still clears the defaults', () => {
    const points = (text: string) => checkConfig({ text, filePath: '/r.conf', kind: 'conf', target: '6.2' }).model.config?.savePoints?.map((p) => `${p.seconds} ${p.changes}`);
    expect(points('save 900 1\nsave 300 10\n')).toEqual(['900 1', '300 10']);
    expect(points('save 900 1 300 10\n')).toEqual([]);
    expect(points('save 900 1\nsave ""\nsave 60 5\n')).toEqual(['60 5']);
  });

  it('6.x: an included file is a text of its own (its lines, its first save line clears again)', () => {
    const files: Record<string, string> = { '/inc.conf': 'save 60 1\nmaxclients x\n' };
    const result = checkConfig({ text: 'save 900 1\ninclude /inc.conf\n', filePath: '/r.conf', kind: 'conf', target: '6.2', readFile: (p) => files[p] });
    expect(result.verdict).toMatchObject({ accepted: false, file: '/inc.conf', line: 2 });
    const ok = checkConfig({ text: 'save 900 1\ninclude /inc.conf\n', filePath: '/r.conf', kind: 'conf', target: '6.2', readFile: (p) => (p === '/inc.conf' ? 'save 60 1\n' : undefined) });
    expect(ok.model.config?.savePoints?.map((p) => p.seconds)).toEqual(['60']);
  });

  it('sentinel: sub-directives the release does not know are refused', () => {
    const text = 'sentinel monitor m 127.0.0.1 6379 2\nsentinel master-reboot-down-after-period m 0\n';
    expect(checkConfig({ text, filePath: '/s.conf', kind: 'sentinel', target: '6.2' }).verdict).toMatchObject({ accepted: false, line: 2, reason: 'Unrecognized sentinel configuration statement.' });
    expect(checkConfig({ text, filePath: '/s.conf', kind: 'sentinel', target: '7.0' }).verdict.accepted).toBe(true);
    expect(checkConfig({ text, filePath: '/s.conf', kind: 'sentinel', target: 'valkey-8.0' }).verdict.accepted).toBe(true);
  });
});
