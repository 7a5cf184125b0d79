// Unit tests of the ACL model with exact spans: ACL file text, selector merging, the crash
// input, duplicates, redis.conf `user` lines, version dialects and the glob matcher.
import { describe, expect, it } from 'vitest';
import {
  aclContext,
  aclListLine,
  ConfUsers,
  dryRun,
  globMatch,
  loadAclFile,
  mergeSelectorWords,
  setUser,
  splitAclFile,
  userPermissions,
  wordsOf,
  type AclWordInput,
} from '../../server/src/model/acl/index';
import './helpers';

const ctx70 = aclContext('redis-7.0');

/** The text a span covers. */
const at = (text: string, span: { start: number; end: number }): string => text.slice(span.start, span.end);

/** Words of a redis.conf line split on spaces (no quotes in these tests). */
function confLine(line: string): AclWordInput[] {
  const words: AclWordInput[] = [];
  const re = /\S+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) words.push({ value: m[0], span: { start: m.index, end: m.index + m[0].length } });
  return words;
}

describe('ACL file loading', () => {
  const text = [
    'user alice on +nosuch ~k* +@nosuch',
    'user bob on (~x +get) %X~y ~*  ~z',
    '#comment',
    'USER carol on',
    'user alice off',
    'user bad\tname on',
    '',
    'user erin on\t >secret\t',
  ].join('\n');
  const result = loadAclFile(ctx70, splitAclFile(text), { fileName: '/etc/redis/users.acl' });

  it('reports every problem with the exact span of the offending word', () => {
    expect(result.problems.map((p) => [p.kind, p.line, at(text, p.span), p.reportedByRedis])).toEqual([
      ['rule', 0, '+nosuch', true],
      ['rule', 0, '+@nosuch', true],
      ['rule', 1, '%X~y', true],
      ['rule', 1, '~z', false],
      ['not-a-user-line', 2, '#comment', true],
      ['not-a-user-line', 3, 'USER carol on', true],
      ['duplicate-user', 4, 'alice', true],
      ['invalid-username', 5, 'bad\tname', true],
    ]);
  });

  it("builds Redis's error list exactly", () => {
    expect(result.accepted).toBe(false);
    expect(result.crashes).toBe(false);
    expect(result.redisError).toBe(
      "/etc/redis/users.acl:1: Error in applying operation '+nosuch': Unknown command or category name in ACL. " +
        "/etc/redis/users.acl:1: Error in applying operation '+@nosuch': Unknown command or category name in ACL. " +
        '/etc/redis/users.acl:2: Syntax error. ' +
        '/etc/redis/users.acl:3 should start with user keyword followed by the username. ' +
        '/etc/redis/users.acl:4 should start with user keyword followed by the username. ' +
        "WARNING: Duplicate user 'alice' found on line 5. " +
        "'/etc/redis/users.acl:6: username 'bad\tname' contains invalid characters. " +
        'WARNING: ACL errors detected, no change to the previously active ACL rules was performed',
    );
  });

  it('trims \\t\\r\\n from each rule and moves the span with it', () => {
    const erin = result.users.get('erin')!;
    expect(erin.enabled).toBe(true);
    expect(userPermissions(ctx70, erin).passwordHashes).toEqual([
      '2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b',
    ]);
  });

  it('creates the default user (on nopass ~* &* +@all) when the file has none', () => {
    const ok = loadAclFile(ctx70, splitAclFile('user app on >pw ~app:* +@read\n'));
    expect(ok.accepted).toBe(true);
    expect(ok.implicitDefaultUser).toBe(true);
    expect(aclListLine(ctx70, ok.users.get('default')!)).toBe('user default on nopass ~* &* +@all');
    expect(aclListLine(ctx70, ok.users.get('app')!)).toBe(
      'user app on #30c952fab122c3f9759f02a6d95c3758b246b4fee239957b2d4fee46e26170c4 ~app:* resetchannels -@all +@read',
    );
  });

  it('merges a selector spread over words, empty words included, into one rule', () => {
    const file = 'user a on (~x  +get) &c';
    const ok = loadAclFile(ctx70, splitAclFile(file));
    expect(ok.accepted).toBe(true);
    expect(aclListLine(ctx70, ok.users.get('a')!)).toBe('user a on resetchannels &c -@all (~x resetchannels -@all +get)');
    const bad = loadAclFile(ctx70, splitAclFile('user a on (~x  +nosuch) &c'));
    expect(at('user a on (~x  +nosuch) &c', bad.problems[0].span)).toBe('(~x  +nosuch)');
  });

  it('predicts the SIGSEGV of an unclosed selector after another rule', () => {
    const crash = 'user default on nopass ~* &* +@all\nuser alice on (+get ~x';
    const result = loadAclFile(ctx70, splitAclFile(crash));
    expect(result.crashes).toBe(true);
    expect(result.redisError).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ kind: 'unmatched-selector', line: 1, crashes: true });
    expect(at(crash, result.problems[0].span)).toBe('(+get');
    // An empty word before the `(` counts as a rule too.
    expect(loadAclFile(ctx70, splitAclFile('user alice  (+get')).crashes).toBe(true);
  });

  it('reports an unclosed selector cleanly when it is the first rule', () => {
    const result = loadAclFile(ctx70, splitAclFile('user alice (+get ~x'), { fileName: 'u.acl' });
    expect(result.crashes).toBe(false);
    expect(result.redisError).toBe(
      'u.acl:1: Unmatched parenthesis in selector definition.WARNING: ACL errors detected, no change to the previously active ACL rules was performed',
    );
  });
});

describe('ACL SETUSER', () => {
  it('names the whole merged selector in its error, with the span of all its words', () => {
    const words = wordsOf(['on', '(~k*', '+nosuch)']);
    const result = setUser(ctx70, 'u', words);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reply).toBe("ERR Error in ACL SETUSER modifier '(~k* +nosuch)': Unknown command or category name in ACL");
    expect(result.error.span).toEqual({ start: words[1].span.start, end: words[2].span.end });
    expect(result.error.message).toContain('nosuch');
  });

  it('never echoes a password in the redacted reply or in our message', () => {
    const result = setUser(ctx70, 'u', wordsOf(['<hunter2']));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reply).toContain('hunter2');
    expect(result.replyRedacted).toBe("ERR Error in ACL SETUSER modifier '<****': The password you are trying to remove from the user does not exist");
    expect(result.error.message).not.toContain('hunter2');
  });

  it('7.0 restarts a selector at a nested "(" (dropping the first), 7.2+ keep it as a word', () => {
    const words = wordsOf(['(+get', '(~x', '+set)']);
    expect(mergeSelectorWords(words, aclContext('redis-7.0').dialect)).toMatchObject({ ok: true, rules: [{ value: '(~x +set)' }] });
    expect(mergeSelectorWords(words, aclContext('redis-7.4').dialect)).toMatchObject({ ok: true, rules: [{ value: '(+get (~x +set)' }] });
  });

  it('takes the starting channel permission from acl-pubsub-default', () => {
    const all = aclContext('redis-7.0', { pubsubDefault: 'allchannels' });
    const result = setUser(all, 'u', wordsOf(['on']));
    expect(result.ok && aclListLine(all, result.user)).toBe('user u on &* -@all');
  });
});

describe('redis.conf user lines', () => {
  it('names the token Redis names, with the span of the real culprit', () => {
    const users = new ConfUsers(ctx70);
    const line = 'user alice on ~* ~foo';
    const result = users.addLine(confLine(line));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.redisMessage).toBe(
      "Error in user declaration 'on': Adding a pattern after the * pattern (or the 'allkeys' flag) is not valid and does not have any effect. Try 'resetkeys' to start with an empty list of patterns",
    );
    expect(at(line, result.error.redisToken.span)).toBe('on');
    expect(at(line, result.error.span)).toBe('~foo');
  });

  it('redacts a password Redis would name (here argv[2], the wrong token)', () => {
    const line = 'user alice >pw on <nope';
    const result = new ConfUsers(ctx70).addLine(confLine(line));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.redisMessage).toBe("Error in user declaration '>pw': The password you are trying to remove from the user does not exist");
    expect(result.error.redisMessageRedacted).toBe("Error in user declaration '>****': The password you are trying to remove from the user does not exist");
    expect(result.error.message).not.toContain('pw');
    expect(at(line, result.error.span)).toBe('<nope');
    const hash = new ConfUsers(ctx70).addLine(confLine('user a x #ab'));
    expect(!hash.ok && hash.error.redisMessage).toBe("Error in user declaration 'user': Syntax error");
  });

  it('reports an unclosed selector with the leftover errno Redis prints', () => {
    const line = 'user alice on (+get ~x';
    const result = new ConfUsers(ctx70).addLine(confLine(line));
    expect(!result.ok && result.error.redisMessage).toBe("Error in user declaration 'alice': Unknown command or category name in ACL");
    expect(!result.ok && at(line, result.error.span)).toBe('(+get');
  });

  it('defers unknown commands to startup and refuses duplicates', () => {
    const users = new ConfUsers(ctx70);
    const first = users.addLine(confLine('user alice on +nosuch ~*'));
    expect(first.ok && first.deferred.map((e) => e.rule)).toEqual(['+nosuch']);
    const dup = users.addLine(confLine('user alice off'));
    expect(!dup.ok && dup.error.redisMessage).toBe(
      "Error in user declaration 'alice': Duplicate user found. A user can only be defined once in config files",
    );
    const startup = users.startup();
    expect(startup.ok).toBe(false);
    expect(startup.log).toEqual([
      "Error loading ACL rule '+nosuch' for the user named 'alice': Unknown command or category name in ACL",
      'Critical error while loading ACLs. Exiting.',
    ]);
  });

  it('resets only the default user at startup', () => {
    const users = new ConfUsers(ctx70);
    users.addLine(confLine('user default on nopass +@all'));
    users.addLine(confLine('user bob on nopass ~* +@all'));
    const startup = users.startup();
    expect(aclListLine(ctx70, startup.users.get('default')!)).toBe('user default on nopass sanitize-payload resetchannels +@all');
    expect(aclListLine(ctx70, startup.users.get('bob')!)).toBe('user bob on nopass ~* resetchannels +@all');
  });
});

describe('versions', () => {
  it('7.2+ list command rules as written', () => {
    const ctx = aclContext('redis-7.2');
    const result = setUser(ctx, 'u', wordsOf(['+@all', '-get', '+GET', '-@read', '+config|get', '-config', '+select|0']));
    expect(result.ok && aclListLine(ctx, result.user)).toBe('user u off resetchannels +@all +get -@read -config +select|0');
  });

  it('6.2 has channels but no selectors or key permissions; 6.0 has no channels', () => {
    const ctx62 = aclContext('redis-6.2');
    expect(setUser(ctx62, 'u', wordsOf(['%R~x'])).ok).toBe(false);
    expect(setUser(ctx62, 'u', wordsOf(['(+get)'])).ok).toBe(false);
    const r = setUser(ctx62, 'u', wordsOf(['resetchannels', '&x', '+config|get']));
    expect(r.ok && aclListLine(ctx62, r.user)).toBe('user u off resetchannels &x -@all +config|get');
    const ctx60 = aclContext('redis-6.0');
    expect(setUser(ctx60, 'u', wordsOf(['&x'])).ok).toBe(false);
    const busy = setUser(ctx60, 'u', wordsOf(['+debug', '+debug|digest']));
    expect(!busy.ok && busy.reply).toContain('Adding a subcommand of a command already fully added');
  });

  it('accepts a lone % upstream (7.2+) but not on Debian 7.0.15', () => {
    expect(setUser(ctx70, 'u', wordsOf(['%'])).ok).toBe(false);
    expect(setUser(aclContext('redis-7.4'), 'u', wordsOf(['%'])).ok).toBe(true);
  });
});

describe('ACL DRYRUN', () => {
  const user = (rules: string[]) => {
    const r = setUser(ctx70, 'u', wordsOf(rules));
    if (!r.ok) throw new Error(r.reply);
    return r.user;
  };

  it('checks read and write key permissions through key specs', () => {
    const u = user(['+@all', '%R~r*', '%W~w*']);
    expect(dryRun(ctx70, u, ['get', 'r1'])).toBe('OK');
    expect(dryRun(ctx70, u, ['set', 'r1', 'v'])).toBe("This user has no permissions to access the 'r1' key");
    expect(dryRun(ctx70, u, ['copy', 'r1', 'w1'])).toBe('OK');
    expect(dryRun(ctx70, u, ['set', 'w1', 'v', 'get'])).toBe("This user has no permissions to access the 'w1' key");
  });

  it('matches PSUBSCRIBE patterns literally and channels by glob', () => {
    const u = user(['+@all', 'resetchannels', '&news.*']);
    expect(dryRun(ctx70, u, ['publish', 'news.1', 'x'])).toBe('OK');
    expect(dryRun(ctx70, u, ['psubscribe', 'news.*'])).toBe('OK');
    expect(dryRun(ctx70, u, ['psubscribe', 'news.1'])).toBe("This user has no permissions to access the 'news.1' channel");
  });

  it('reports unknown commands and arity like Redis', () => {
    const u = user(['+@all']);
    expect(dryRun(ctx70, u, ['nosuch'])).toBe("ERR Command 'nosuch' not found");
    expect(dryRun(ctx70, u, ['config', 'nosuch'])).toBe("ERR Command 'config' not found");
    expect(dryRun(ctx70, u, ['get'])).toBe("ERR wrong number of arguments for 'get' command");
  });
});

describe('glob (stringmatchlen)', () => {
  it.each([
    ['*', 'abc', true],
    ['*', '', false],
    ['', '', true],
    ['a*', 'a', true],
    ['a?c', 'abc', true],
    ['[a-c]x', 'bx', true],
    ['[c-a]x', 'bx', true],
    ['[^a]x', 'ax', false],
    ['[a-]', ']', true],
    ['a[', 'a', false],
    ['a[^', 'ab', true],
    ['a\\*', 'a*', true],
    ['a\\*', 'ab', false],
    ['a\\', 'a\\', true],
    ['[\\]]', ']', true],
    ['*a*b', 'xaxxb', true],
  ])('%j matches %j: %s', (pattern, subject, expected) => {
    expect(globMatch(pattern, subject)).toBe(expected);
  });

  it('stays fast on pathological patterns', () => {
    const started = performance.now();
    expect(globMatch(`${'*a'.repeat(30)}b`, 'a'.repeat(20_000))).toBe(false);
    expect(globMatch('*'.repeat(1000), 'x'.repeat(10_000))).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('ACL SETUSER user names', () => {
  it('refuses names with spaces or control characters like Redis', () => {
    const result = setUser(ctx70, { value: 'a b', span: { start: 3, end: 6 } }, wordsOf(['on']));
    expect(!result.ok && result.reply).toBe("ERR Usernames can't contain spaces or null characters");
    expect(!result.ok && result.error.span).toEqual({ start: 3, end: 6 });
  });
});

describe('selector contents are read with sdssplitargs', () => {
  it('honours quotes, and adds an empty selector when they are unbalanced [live 7.0.15]', () => {
    const quoted = setUser(ctx70, 'u', wordsOf(['on', "('~k*' +get)"]));
    expect(quoted.ok && aclListLine(ctx70, quoted.user)).toBe('user u on resetchannels -@all (~k* resetchannels -@all +get)');
    const unbalanced = setUser(ctx70, 'u', wordsOf(['on', '(+get "x)']));
    expect(unbalanced.ok && aclListLine(ctx70, unbalanced.user)).toBe('user u on resetchannels -@all (resetchannels -@all)');
  });
});
