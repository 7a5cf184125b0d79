// How Redis validates one directive's arguments: the `set` function of each 7.x config type,
// the special setters, and the 6.x loader's own cases. A refusal carries Redis's exact text and
// our clearer one.

import type { DirectiveFacts, LoaderRules, NumericFacts } from './facts.js';
import { asciiLower, asSigned, asUnsigned, atoi, isIpv4, isIpv6, memtoll, memtoull, string2d, string2ll, strtollWhole, yesNo } from './c-parsers.js';

export interface SetRefusal {
  readonly redisMessage: string;
  readonly message: string;
  /** Index of the argument at fault, when one is. */
  readonly argIndex?: number;
  /** Refused only by some builds (Debian's, without Redis's jemalloc): a warning, not fatal. */
  readonly buildDependent?: boolean;
}

export type SetResult = { readonly ok: true } | ({ readonly ok: false } & SetRefusal);

const OK: SetResult = { ok: true };

/** The C assignment of a 64-bit value to an `int`. */
function toInt32(value: bigint): number {
  return Number(BigInt.asIntN(32, value));
}

function refuse(redisMessage: string, message: string, argIndex?: number, extra: Partial<SetRefusal> = {}): SetResult {
  return { ok: false, redisMessage, message, ...(argIndex === undefined ? {} : { argIndex }), ...extra };
}

export function setDirective(facts: DirectiveFacts, args: readonly string[], rules: LoaderRules): SetResult {
  const special = (rules.loader === 6 && facts.special6 ? SPECIAL_SETTERS_6[facts.name] : undefined) ?? SPECIAL_SETTERS[facts.name];
  if (special) return special(args, rules);
  switch (facts.kind) {
    case 'bool':
      return setBool(facts, args[0]);
    case 'numeric':
      // 6.0 special-cases client-query-buffer-limit with an unchecked memtoll: anything goes.
      if (facts.special6) return OK;
      return facts.numeric ? setNumeric(facts.name, facts.numeric, args[0], rules) : OK;
    case 'enum':
      return setEnum(facts, args, rules);
    case 'string':
    case 'sds':
      return setString(facts.name, args[0], rules);
    default:
      return OK;
  }
}

function setBool(facts: DirectiveFacts, value: string): SetResult {
  const parsed = yesNo(value);
  if (parsed === undefined) {
    return refuse("argument must be 'yes' or 'no'", `${facts.name} takes yes or no, not '${value}'.`, 0);
  }
  if (facts.name === 'activedefrag' && parsed) {
    return refuse(
      'Active defragmentation cannot be enabled: it requires a Redis server compiled with a modified Jemalloc like the one shipped by default with the Redis source distribution',
      'activedefrag yes works only on Redis built with its bundled jemalloc; distribution packages built against the system jemalloc (Debian, Ubuntu) refuse to start with it.',
      0,
      { buildDependent: true },
    );
  }
  return OK;
}

function describeBounds(numeric: NumericFacts): string {
  return numeric.octal
    ? `between ${numeric.min.toString(8)} and ${numeric.max.toString(8)} (octal)`
    : `between ${numeric.min} and ${numeric.max}`;
}

function parseNumeric(numeric: NumericFacts, value: string, rules: LoaderRules): bigint | { percent: bigint } | undefined {
  if (numeric.memory && rules.loader === 6) {
    const bytes = memtoll(value);
    return bytes === undefined || bytes < 0n ? undefined : bytes;
  }
  if (numeric.memory) {
    const bytes = memtoull(value);
    if (bytes !== undefined) return asSigned(bytes);
  }
  if (numeric.percent && value.length > 1 && value.endsWith('%')) {
    const n = string2ll(value.slice(0, -1));
    if (n !== undefined && n >= 0n) return { percent: n };
  }
  if (numeric.octal) {
    const n = value === '' ? undefined : strtollWhole(value, 8);
    if (n !== undefined) return n;
  }
  if (!numeric.memory && !numeric.percent && !numeric.octal) return string2ll(value);
  return undefined;
}

function numericFormatError(name: string, numeric: NumericFacts, value: string): SetResult {
  if (numeric.memory && numeric.percent) {
    return refuse(
      'argument must be a memory or percent value',
      `${name} takes a memory size (e.g. 100mb) or a percentage (e.g. 10%), not '${value}'.`,
      0,
    );
  }
  if (numeric.memory) {
    return refuse(
      'argument must be a memory value',
      `${name} takes a memory size: digits with an optional unit b, k, kb, m, mb, g or gb (k = 1000, kb = 1024), no sign, fraction or space; '${value}' is none.`,
      0,
    );
  }
  if (numeric.octal) {
    return refuse("argument couldn't be parsed as an octal number", `${name} takes an octal number such as 700, not '${value}'.`, 0);
  }
  return refuse(
    "argument couldn't be parsed into an integer",
    `${name} takes a plain decimal integer (no +, leading zeros, units or spaces), not '${value}'.`,
    0,
  );
}

function setNumeric(name: string, numeric: NumericFacts, value: string, rules: LoaderRules): SetResult {
  const parsed = parseNumeric(numeric, value, rules);
  if (parsed === undefined) return numericFormatError(name, numeric, value);
  if (typeof parsed === 'object') {
    // Stored negated; the lower bound holds -100 for "at most 100%".
    if (-parsed.percent < numeric.min) {
      return refuse(
        `percentage argument must be less or equal to ${-numeric.min}`,
        `${name} percentage must be at most ${-numeric.min}%, not ${value}.`,
        0,
      );
    }
    return OK;
  }
  const outOfRange = numeric.unsigned
    ? asUnsigned(parsed) > numeric.max || asUnsigned(parsed) < numeric.min
    : numeric.percent && parsed < 0n
      ? parsed < numeric.min
      : parsed > numeric.max || parsed < numeric.min;
  if (!outOfRange) return OK;
  if (numeric.percent && parsed < 0n) {
    return refuse(
      `percentage argument must be less or equal to ${-numeric.min}`,
      `${name} percentage must be at most ${-numeric.min}%.`,
      0,
    );
  }
  const redisBounds = numeric.octal
    ? `${numeric.min.toString(8)} and ${numeric.max.toString(8)}`
    : `${numeric.min} and ${numeric.max}`;
  return refuse(
    `argument must be between ${redisBounds} inclusive`,
    `${name} must be ${describeBounds(numeric)} inclusive; '${value}' is out of range.`,
    0,
  );
}

function setEnum(facts: DirectiveFacts, args: readonly string[], rules: LoaderRules): SetResult {
  const values = facts.enumValues ?? [];
  const list = values.join(', ');
  const redisMessage = `${rules.loader === 6 ? 'argument' : 'argument(s)'} must be one of the following: ${list}`;
  if (args.length === 0 || (!facts.multiArg && args.length !== 1)) {
    return refuse(redisMessage, `${facts.name} takes one of: ${list}.`);
  }
  const chosen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const lower = asciiLower(args[i]);
    if (!values.includes(lower)) {
      return refuse(redisMessage, `${facts.name} takes ${facts.multiArg ? 'flags from' : 'one of'}: ${list}; '${args[i]}' is not one.`, i);
    }
    chosen.add(lower);
  }
  if (facts.name.startsWith('shutdown-on-sig') && chosen.has('save') && chosen.has('nosave')) {
    return refuse(
      "shutdown options SAVE and NOSAVE can't be used simultaneously",
      `${facts.name} cannot combine save and nosave; keep one.`,
    );
  }
  return OK;
}

const PATH_FREE: Record<string, string> = {
  dbfilename: "dbfilename can't be a path, just a filename",
  appendfilename: "appendfilename can't be a path, just a filename",
  appenddirname: "appenddirname can't be a path, just a dirname",
};

const PROC_TITLE_VARIABLES = new Set(['title', 'listen-addr', 'server-mode', 'port', 'tls-port', 'unixsocket', 'config-file']);

/** `validateProcTitleTemplate`: known `{variables}`, `{{` for a brace, a non-empty expansion. */
function procTitleTemplateValid(template: string): boolean {
  let literal = '';
  let alwaysNonEmpty = false;
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{', at);
    if (open === -1) {
      literal += template.slice(at);
      break;
    }
    literal += template.slice(at, open);
    if (open + 1 >= template.length) return false;
    if (template[open + 1] === '{') {
      literal += '{';
      at = open + 2;
      continue;
    }
    const close = template.indexOf('}', open + 1);
    if (close === -1) return false;
    const variable = template.slice(open + 1, close);
    if (!PROC_TITLE_VARIABLES.has(variable)) return false;
    if (variable === 'listen-addr' || variable === 'port' || variable === 'tls-port') alwaysNonEmpty = true;
    at = close + 1;
  }
  return alwaysNonEmpty || literal.trim() !== '';
}

const valkey8 = (rules: LoaderRules) => rules.product === 'valkey' && rules.line !== '7.2';

/** Settings that refuse `""` (7.0+; Valkey 8 adds more, and `dir` in setDir). */
const NOT_EMPTY: Record<string, (rules: LoaderRules) => boolean> = {
  appendfilename: (r) => r.loader === 7,
  appenddirname: () => true,
  dbfilename: valkey8,
  'cluster-config-file': valkey8,
};

/** Valkey 8's address settings: inet_pton must accept a non-empty value. */
const IP_FAMILY: Record<string, 4 | 6> = { 'cluster-announce-client-ipv4': 4, 'cluster-announce-client-ipv6': 6 };

function setString(name: string, value: string, rules: LoaderRules): SetResult {
  if (value === '' && NOT_EMPTY[name]?.(rules)) {
    return refuse(`${name} can't be empty`, `${name} cannot be empty.`, 0);
  }
  const family = IP_FAMILY[name];
  if (family && value !== '' && !(family === 4 ? isIpv4(value) : isIpv6(value))) {
    return refuse(`Invalid IPv${family} address`, `${name} takes an IPv${family} address, not '${value}'.`, 0);
  }
  const pathMessage = PATH_FREE[name];
  if (pathMessage && (value.includes('/') || value.includes('\\'))) {
    return refuse(pathMessage, `${name} must be a bare name; put the directory in \`dir\` instead.`, 0);
  }
  if (name === 'cluster-announce-hostname') {
    if (value.length >= 256) return refuse('Hostnames must be less than 256 characters', 'cluster-announce-hostname must be shorter than 256 characters.', 0);
    if (!/^[A-Za-z0-9.-]*$/.test(value)) {
      return refuse(
        'Hostnames may only contain alphanumeric characters, hyphens or dots',
        'cluster-announce-hostname may only contain letters, digits, hyphens and dots.',
        0,
      );
    }
  }
  if (name === 'proc-title-template' && !procTitleTemplateValid(value)) {
    return refuse(
      'template format is invalid or contains unknown variables',
      `proc-title-template may use only {title}, {listen-addr}, {server-mode}, {port}, {tls-port}, {unixsocket} and {config-file} (write {{ for a brace), and must not expand to nothing.`,
      0,
    );
  }
  return OK;
}

type SpecialSetter = (args: readonly string[], rules: LoaderRules) => SetResult;

const WRONG_COUNT = 'wrong number of arguments';

function setSave(args: readonly string[]): SetResult {
  const pairs = args.length === 1 && args[0] === '' ? [] : args;
  if (pairs.length % 2 === 1) {
    return refuse('Invalid save parameters', 'save takes pairs of <seconds> <changes> (or "" to disable snapshots); this line has an odd number of values.');
  }
  for (let i = 0; i < pairs.length; i++) {
    const value = strtollWhole(pairs[i], 10);
    const isSeconds = i % 2 === 0;
    if (value === undefined || (isSeconds ? value < 1n : value < 0n)) {
      return refuse(
        'Invalid save parameters',
        isSeconds
          ? `save seconds must be an integer of at least 1, not '${pairs[i]}'.`
          : `save changes must be an integer of at least 0, not '${pairs[i]}'.`,
        i,
      );
    }
  }
  return OK;
}

const CLIENT_CLASSES = new Set(['normal', 'slave', 'replica', 'pubsub']);

function setClientOutputBufferLimit(args: readonly string[]): SetResult {
  if (args.length % 4 !== 0) {
    return refuse(
      'Wrong number of arguments in buffer limit configuration.',
      'client-output-buffer-limit takes groups of four values: <class> <hard limit> <soft limit> <soft seconds>.',
    );
  }
  for (let i = 0; i < args.length; i += 4) {
    if (!CLIENT_CLASSES.has(asciiLower(args[i]))) {
      return refuse(
        'Invalid client class specified in buffer limit configuration.',
        `client-output-buffer-limit classes are normal, replica (or slave) and pubsub, not '${args[i]}'.`,
        i,
      );
    }
    for (const offset of [1, 2, 3]) {
      const text = args[i + offset];
      const seconds = offset === 3 ? strtollWhole(text, 10) : undefined;
      const valid = offset === 3 ? seconds !== undefined && toInt32(seconds) >= 0 : memtoull(text) !== undefined;
      if (!valid) {
        return refuse(
          'Error in hard, soft or soft_seconds setting in buffer limit configuration.',
          offset === 3
            ? `client-output-buffer-limit soft seconds must be a non-negative integer, not '${text}'.`
            : `client-output-buffer-limit ${offset === 1 ? 'hard' : 'soft'} limit must be a memory size such as 256mb, not '${text}'.`,
          i + offset,
        );
      }
    }
  }
  return OK;
}

function setOomScoreAdjValues(args: readonly string[]): SetResult {
  if (args.length !== 3) {
    return refuse(WRONG_COUNT, 'oom-score-adj-values takes exactly three values: <primary> <replica> <background child>.');
  }
  for (let i = 0; i < 3; i++) {
    const value = strtollWhole(args[i], 10);
    if (value === undefined || value < -2000n || value > 2000n) {
      return refuse(
        'Invalid oom-score-adj-values, elements must be between -2000 and 2000.',
        `oom-score-adj-values elements must be integers between -2000 and 2000, not '${args[i]}'.`,
        i,
      );
    }
  }
  return OK;
}

const KEYSPACE_EVENT_CLASSES = 'Ag$lshzxeKEtmdn';

function setNotifyKeyspaceEvents(args: readonly string[]): SetResult {
  const value = args[0];
  for (const char of value) {
    if (!KEYSPACE_EVENT_CLASSES.includes(char)) {
      return refuse(
        `Invalid event class character. Use '${KEYSPACE_EVENT_CLASSES}'.`,
        `notify-keyspace-events accepts only the characters ${KEYSPACE_EVENT_CLASSES}; '${char}' is not one (classes are case-sensitive).`,
        0,
      );
    }
  }
  return OK;
}

function setBind(args: readonly string[]): SetResult {
  if (args.length > 16) {
    return refuse('Too many bind addresses specified.', `bind accepts at most 16 addresses; this line has ${args.length}.`, 16);
  }
  return OK;
}

function setReplicaOf(args: readonly string[], rules: LoaderRules): SetResult {
  if (args.length !== 2) return refuse(WRONG_COUNT, 'replicaof takes <host> <port>, or `no one`.');
  if (asciiLower(args[0]) === 'no' && asciiLower(args[1]) === 'one') return OK;
  const parsed = strtollWhole(args[1], 10);
  const port = parsed === undefined ? undefined : toInt32(parsed);
  if (port === undefined || port < 0 || port > 65535) {
    return refuse(valkey8(rules) ? 'Invalid primary port' : 'Invalid master port', `replicaof port must be a number from 0 to 65535, not '${args[1]}'.`, 1);
  }
  return OK;
}

function setLatencyPercentiles(args: readonly string[]): SetResult {
  if (args.length === 1 && args[0] === '') return OK;
  for (let i = 0; i < args.length; i++) {
    const value = string2d(args[i]);
    if (value === undefined) {
      return refuse('Invalid latency-tracking-info-percentiles parameters', `latency-tracking-info-percentiles takes numbers, not '${args[i]}'.`, i);
    }
    if (value > 100 || value < 0) {
      return refuse(
        'latency-tracking-info-percentiles parameters should sit between [0.0,100.0]',
        `latency-tracking-info-percentiles values must be between 0 and 100, not ${args[i]}.`,
        i,
      );
    }
  }
  return OK;
}

function setDir(args: readonly string[], rules: LoaderRules): SetResult {
  if (args.length !== 1) return refuse(WRONG_COUNT, 'dir takes exactly one path.');
  return args[0] === '' && valkey8(rules) ? refuse("dir can't be empty", 'dir cannot be empty.', 0) : OK;
}

// ---------------------------------------------------------------------------------------------
// Redis 6.x: the special cases of loadServerConfigFromString (6.2.16 config.c). Their argument
// count is checked before (DirectiveFacts.args), so each gets the count it wants.

/** One `<seconds> <changes>` pair (atoi); `""` clears; any other count is silently ignored. */
function setSave6(args: readonly string[]): SetResult {
  if (args.length !== 2) return OK;
  const seconds = atoi(args[0]);
  const changes = atoi(args[1]);
  if (seconds < 1 || changes < 0) {
    return refuse('Invalid save parameters', `save takes <seconds> (at least 1) <changes> (at least 0), not '${args[0]} ${args[1]}'.`, seconds < 1 ? 0 : 1);
  }
  return OK;
}

function setBind6(args: readonly string[]): SetResult {
  return args.length > 16 ? refuse('Too many bind addresses specified', `bind accepts at most 16 addresses; this line has ${args.length}.`, 16) : OK;
}

/** `strtol(value, NULL, 8)`: the octal digits at the start count, the rest is ignored. */
function setUnixSocketPerm6(args: readonly string[]): SetResult {
  const match = /^[ \t\n\v\f\r]*([+-]?)([0-7]*)/.exec(args[0]);
  const digits = match?.[2] ?? '';
  const magnitude = digits === '' ? 0n : BigInt(`0o${digits}`);
  const value = match?.[1] === '-' ? -magnitude : magnitude;
  // An overflow sets errno; the result is then stored in a mode_t (unsigned 32 bits).
  if (value > 2n ** 63n - 1n || value < -(2n ** 63n) || BigInt.asUintN(32, value) > 0o777n) {
    return refuse('Invalid socket file permissions', `unixsocketperm takes octal permission bits up to 777, not '${args[0]}'.`, 0);
  }
  return OK;
}

/** Exactly one class per line; limits are never refused (unchecked memtoll), seconds by atoi. */
function setClientOutputBufferLimit6(args: readonly string[]): SetResult {
  if (!CLIENT_CLASSES.has(asciiLower(args[0]))) {
    return refuse(
      "Unrecognized client limit class: the user specified an invalid one, or 'master' which has no buffer limits.",
      `client-output-buffer-limit classes are normal, replica (or slave) and pubsub, not '${args[0]}'.`,
      0,
    );
  }
  if (atoi(args[3]) < 0) {
    return refuse('Negative number of seconds in soft limit is invalid', `client-output-buffer-limit soft seconds must not be negative, not '${args[3]}'.`, 3);
  }
  return OK;
}

function setNotifyKeyspaceEvents6(args: readonly string[], rules: LoaderRules): SetResult {
  const classes = rules.line === '6.0' ? 'Ag$lshzxeKEtm' : 'Ag$lshzxeKEtmd';
  const bad = [...args[0]].find((char) => !classes.includes(char));
  if (bad === undefined) return OK;
  return refuse("Invalid event class character. Use 'g$lshzxeA'.", `notify-keyspace-events accepts only the characters ${classes}; '${bad}' is not one (classes are case-sensitive).`, 0);
}

/** 6.0 special case. */
function setRequirepass6(args: readonly string[]): SetResult {
  return new TextEncoder().encode(args[0]).length > 512 ? refuse('Password is longer than CONFIG_AUTHPASS_MAX_LEN', 'requirepass is limited to 512 characters on Redis 6.0.', 0) : OK;
}

const SPECIAL_SETTERS_6: Record<string, SpecialSetter> = {
  save: setSave6,
  bind: setBind6,
  unixsocketperm: setUnixSocketPerm6,
  'client-output-buffer-limit': setClientOutputBufferLimit6,
  'notify-keyspace-events': setNotifyKeyspaceEvents6,
  requirepass: setRequirepass6,
};

const SPECIAL_SETTERS: Record<string, SpecialSetter> = {
  save: setSave,
  'client-output-buffer-limit': setClientOutputBufferLimit,
  'oom-score-adj-values': setOomScoreAdjValues,
  'notify-keyspace-events': setNotifyKeyspaceEvents,
  bind: setBind,
  replicaof: setReplicaOf,
  'latency-tracking-info-percentiles': setLatencyPercentiles,
  dir: setDir,
};
