// The oracle harness itself (test/support/redis-server.ts): tokenizer, read rules, and a few
// live runs whose outcome PARSING.md and the corpus README document.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asRedisReads, redisServerAvailable, runRedisChecks, splitArgs } from '../support/redis-server.js';

describe('redis-server helper: sdssplitargs port', () => {
  it.each([
    ['maxclients 100', ['maxclients', '100']],
    ['requirepass foo"bar baz"', ['requirepass', 'foobar baz']],
    ['"abc"def', null],
    ["x 'a\\n'", ['x', 'a\\n']],
    ['x "\\x4"', ['x', 'x4']],
    ['x "\\x41\\x42"', ['x', 'AB']],
    ['x "a\\', null],
    ['x "unterminated', null],
    ["x 'it\\'s'", ['x', "it's"]],
    ['maxclients 10\v0', ['maxclients', '10\v0']],
    ['a\fb', ['a\fb']],
    ['save ""', ['save', '']],
    ['  \t ', []],
  ] as const)('%j', (line, want) => {
    expect(splitArgs(line)).toEqual(want);
  });

  it('reads NUL bytes the way fgets + sdscat do', () => {
    expect(asRedisReads('a 1\0junk\nb 2\nc 3\n')).toBe('a 1b 2\nc 3\n');
    expect(asRedisReads('plain\n')).toBe('plain\n');
  });
});

describe.runIf(redisServerAvailable())('redis-server helper: live runs', () => {
  it('reports load errors, machine preparation, crashes, startup errors and include lines', async () => {
    const marker = `redis-oracle-leak-${process.pid}`;
    const [bad, prepared, bare, crash, startup, glob, log, leak] = await runRedisChecks([
      { text: 'port 6379\nmaxclients x\n', kind: 'conf' },
      { text: 'dir /var/lib/redis\nlogfile /var/log/redis/redis.log\n', kind: 'conf' },
      { text: 'dir /var/lib/redis\n', kind: 'conf', prepare: false },
      { text: 'rename-command CONFIG|GET ""\n', kind: 'conf' },
      { text: 'user alice on >pw ~* +@nosuch\n', kind: 'conf' },
      { text: 'include ./d/*.conf\n', kind: 'conf', extraFiles: { 'd/a.conf': 'timeout 0\n', 'd/b.conf': 'hz 10\nbogus 1\n' } },
      { text: 'logfile .\n', kind: 'conf' },
      { text: `dir /srv/${marker}\npidfile /run/${marker}.pid\nlogfile /var/log/${marker}.log\n`, kind: 'conf' },
    ]);
    expect(bad).toMatchObject({ accepted: false, phase: 'load', line: 2, file: 'test.conf', reason: "argument couldn't be parsed into an integer" });
    expect(prepared).toMatchObject({ accepted: true, loaded: true, started: true });
    expect(bare).toMatchObject({ accepted: false, phase: 'load', line: 1, reason: 'No such file or directory' });
    expect(crash).toMatchObject({ accepted: false, phase: 'load' });
    expect(crash.crash).toBeDefined();
    expect(startup).toMatchObject({ accepted: false, phase: 'startup', loaded: true, started: false });
    expect(startup.reason).toMatch(/Unknown command or category name in ACL/);
    // Redis reads the matches of a glob as one text: line 3 of that text is line 2 of b.conf.
    expect(glob).toMatchObject({ accepted: false, line: 3, file: 'd/b.conf', fileLine: 2, reason: 'Bad directive or wrong number of arguments' });
    expect(log).toMatchObject({ accepted: false, phase: 'load', reason: "Can't open the log file: Is a directory" });
    expect(log.line).toBeUndefined();
    expect(leak).toMatchObject({ accepted: true });
    for (const p of [`/srv/${marker}`, `/run/${marker}.pid`, `/var/log/${marker}.log`]) expect(existsSync(p), p).toBe(false);
  }, 120_000);
});
