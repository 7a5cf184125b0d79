// Seeded generators of ACL rule lists and commands for the differential suites: valid and
// invalid rules of every kind, in proportions that keep most users valid.

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Gen {
  constructor(readonly random: () => number) {}

  int(n: number): number {
    return Math.floor(this.random() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  /** Mixed-case variant of an ASCII keyword (Redis compares case-insensitively). */
  casing(word: string): string {
    if (!this.chance(0.15)) return word;
    return [...word].map((c) => (this.chance(0.5) ? c.toUpperCase() : c)).join('');
  }
}

const PASSWORDS = ['pw', 'secret', 'a', 'p w', 'pé', ''];
const HASH_OF_PW = '30c952fab122c3f9759f02a6d95c3758b246b4fee239957b2d4fee46e26170c4';
const KEY_ALPHABET = ['a', 'b', 'k', '1', ':', '*', '?', '[', ']', '^', '-', '\\', '{', '}'];
const COMMANDS = [
  'get', 'set', 'mget', 'del', 'exists', 'copy', 'sort', 'sort_ro', 'eval', 'evalsha', 'publish', 'subscribe',
  'psubscribe', 'spublish', 'ping', 'select', 'config', 'client', 'debug', 'info', 'xread', 'zunionstore',
  'georadius', 'bitfield', 'migrate', 'lmpop', 'object', 'hset', 'flushall', 'keys', 'rename', 'xadd', 'acl',
  'auth', 'blmpop', 'memory', 'function', 'cluster', 'script', 'command', 'xinfo', 'incr', 'hello', 'multi',
];
const SUBCOMMANDS = [
  'config|get', 'config|set', 'client|list', 'client|kill', 'client|id', 'acl|whoami', 'acl|setuser', 'object|encoding',
  'memory|usage', 'function|load', 'xinfo|stream', 'command|docs', 'script|flush', 'cluster|info', 'config|nosuch',
  'client|NoSuch', 'Config|Get',
];
const FIRST_ARGS = ['select|0', 'select|1', 'debug|object', 'debug|digest', 'get|x', 'keys|*', 'select|'];
const CATEGORIES = [
  'all', 'read', 'write', 'keyspace', 'string', 'hash', 'list', 'set', 'sortedset', 'stream', 'pubsub', 'admin',
  'fast', 'slow', 'blocking', 'dangerous', 'connection', 'transaction', 'scripting', 'bitmap', 'geo', 'hyperloglog',
  'nosuch', 'READ',
];

export function keyLike(g: Gen, maxLength = 5): string {
  let s = '';
  const n = 1 + g.int(maxLength);
  for (let i = 0; i < n; i++) s += g.pick(KEY_ALPHABET);
  return s;
}

function pattern(g: Gen): string {
  return g.pick(['*', 'k*', 'a?', 'k[ab]*', '[^a]*', 'a\\*', '', 'k:*', '{t}*', 'b*', keyLike(g), keyLike(g)]);
}

function selectorBody(g: Gen): string[] {
  const n = 1 + g.int(3);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(selectorRule(g));
  return out;
}

function selectorRule(g: Gen): string {
  switch (g.int(9)) {
    case 0:
      return `~${pattern(g)}`;
    case 1:
      return `%${g.pick(['R', 'W', 'RW', 'WR', 'r', 'X', '', 'RR'])}~${pattern(g)}`;
    case 2:
      return `&${pattern(g)}`;
    case 3:
      return `${g.pick(['+', '-'])}${g.pick(COMMANDS)}`;
    case 4:
      return `${g.pick(['+', '-'])}@${g.pick(CATEGORIES)}`;
    case 5:
      return `${g.pick(['+', '-'])}${g.pick(SUBCOMMANDS)}`;
    case 6:
      return g.casing(g.pick(['allkeys', 'resetkeys', 'allchannels', 'resetchannels', 'allcommands', 'nocommands']));
    case 7:
      return `+${g.pick(FIRST_ARGS)}`;
    default:
      return g.pick(['~*', '&*', '+@all', '-@all', '+nosuchcmd', '+config|get|x', 'get', '%R', '%']);
  }
}

function userRule(g: Gen): string {
  switch (g.int(6)) {
    case 0:
      return g.casing(g.pick(['on', 'off', 'nopass', 'resetpass', 'reset', 'sanitize-payload', 'skip-sanitize-payload', 'clearselectors']));
    case 1:
      return g.pick(['>', '<']) + g.pick(PASSWORDS);
    case 2:
      return g.pick([`#${HASH_OF_PW}`, `!${HASH_OF_PW}`, `#${HASH_OF_PW.toUpperCase()}`, `#${HASH_OF_PW.slice(1)}`, '#']);
    case 3:
      return g.pick(['', '(on)', ')', 'bogus', '()', '(+get "x)', '("~a b")', "('~k*' +get)", '("+set" \\x41)']);
    default:
      return selectorRule(g);
  }
}

/**
 * A rule list as ACL SETUSER arguments. `selectorsAsOneWord` keeps each `(…)` in one argument
 * (no spaces inside a word otherwise), so the list can also be written as an ACL file line.
 */
export function ruleList(g: Gen): string[] {
  const rules: string[] = [];
  if (g.chance(0.7)) rules.push('on');
  const n = 1 + g.int(7);
  for (let i = 0; i < n; i++) {
    const r = g.random();
    if (r < 0.12) rules.push(`(${selectorBody(g).join(' ')})`);
    else if (r < 0.16) rules.push(...splitSelector(selectorBody(g)));
    else if (r < 0.2) rules.push(g.pick(['+@all', '-@all', 'allkeys', '~*', 'resetchannels', '&*']));
    else rules.push(g.chance(0.35) ? userRule(g) : selectorRule(g));
  }
  return rules;
}

function splitSelector(body: string[]): string[] {
  const words = [...body];
  words[0] = `(${words[0]}`;
  words[words.length - 1] = `${words[words.length - 1]})`;
  return words;
}

const CHANNELS = ['news.1', 'news', 'other', 'ch', 'a*', 'k1'];

/** A command line for ACL DRYRUN, aimed at the keys, channels and commands the rules mention. */
export function commandLine(g: Gen): string[] {
  const k = (): string => (g.chance(0.6) ? g.pick(['k1', 'a1', 'b2', 'k:x', '{t}1', 'kb', 'a*', '']) : keyLike(g));
  const c = (): string => g.pick(CHANNELS);
  const templates: (() => string[])[] = [
    () => ['get', k()],
    () => ['set', k(), 'v'],
    () => ['set', k(), 'v', g.pick(['get', 'GET', 'nx'])],
    () => ['mget', k(), k()],
    () => ['del', k(), k()],
    () => ['exists', k()],
    () => ['copy', k(), k()],
    () => ['sort', k(), 'store', k()],
    () => ['sort', k(), 'by', 'x', 'get', '#'],
    () => ['sort_ro', k()],
    () => ['eval', 'return 1', g.pick(['0', '1', '2', 'x']), k(), k()],
    () => ['publish', c(), 'm'],
    () => ['spublish', c(), 'm'],
    () => ['subscribe', c(), c()],
    () => ['psubscribe', g.pick(['a*', 'news.*', 'k*', 'x'])],
    () => ['unsubscribe', c()],
    () => ['ping'],
    () => ['select', g.pick(['0', '1', 'x'])],
    () => ['config', 'get', 'maxmemory'],
    () => ['config', 'set', 'a', 'b'],
    () => ['config', g.pick(['nosuch', 'GET', 'resetstat'])],
    () => ['config'],
    () => ['client', g.pick(['list', 'id', 'kill', 'nosuch'])],
    () => ['debug', 'object', k()],
    () => ['debug', 'digest'],
    () => ['info'],
    () => ['xread', 'count', '1', 'streams', k(), k(), '0', '0'],
    () => ['xread', 'streams', k(), '0', '0'],
    () => ['zunionstore', k(), g.pick(['1', '2', 'x']), k(), k()],
    () => ['georadius', k(), '0', '0', '1', 'm', 'store', k()],
    () => ['bitfield', k(), g.pick(['get', 'set', 'incrby']), 'u8', '0', '1'],
    () => ['migrate', 'h', '1', '', '0', '0', 'keys', k(), k()],
    () => ['lmpop', '1', k(), 'left'],
    () => ['blmpop', '0', '2', k(), k(), 'left'],
    () => ['object', 'encoding', k()],
    () => ['hset', k(), 'f', 'v'],
    () => ['flushall'],
    () => ['keys', '*'],
    () => ['rename', k(), k()],
    () => ['xadd', k(), '*', 'f', 'v'],
    () => ['get'],
    () => [g.pick(['nosuch', 'GET', 'Config', 'acl'])],
    () => ['auth', 'x'],
    () => ['acl', 'whoami'],
    () => ['memory', 'usage', k()],
    () => ['incr', k()],
    () => ['function', 'load', 'x'],
  ];
  return g.pick(templates)();
}
