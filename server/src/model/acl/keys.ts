// Which arguments of a command are keys, and with which key-spec flags, as Redis's
// getKeysFromCommandWithSpecs finds them for the ACL check (db.c): key specs when they are
// complete and their flags fixed, else the command's native getkeys function.
import type { AclKeySpec } from '../../knowledge/acl.js';
import type { CommandEntry } from './commands.js';

export interface KeyRef {
  /** Index into argv (argv[0] is the command name). */
  readonly pos: number;
  /** Key-spec flags; empty when Redis's native function gives none (any matching pattern passes). */
  readonly flags: readonly string[];
}

/** `string2ll`: optional '-', digits, no leading zeros, no '+', within int64. */
function strictInteger(text: string): number | undefined {
  if (!/^(0|-?[1-9][0-9]*)$/.test(text) || text.length > 20) return undefined;
  const value = BigInt(text);
  if (value > 9223372036854775807n || value < -9223372036854775808n) return undefined;
  return Number(value);
}

/** C `atoi`: leading blanks, optional sign, digits up to the first non-digit; 0 when none. */
function atoi(text: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text);
  return m ? Number.parseInt(m[1], 10) : 0;
}

const eq = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b;

/** `getKeysUsingKeySpecs` without flags: undefined where Redis returns -1 (invalid/incomplete). */
function keysFromSpecs(cmd: CommandEntry, argv: readonly string[]): KeyRef[] | undefined {
  const argc = argv.length;
  const keys: KeyRef[] = [];
  for (const spec of cmd.data.keySpecs ?? []) {
    if (spec.flags.includes('NOT_KEY')) continue;
    const first0 = beginSearch(spec, argv);
    if (first0 === 'invalid') return undefined;
    if (first0 === 0) continue;
    let first = first0;
    let last: number;
    let step: number;
    const fk = spec.findKeys;
    if (fk.type === 'range') {
      step = fk.step;
      if (fk.lastkey >= 0) last = first + fk.lastkey;
      else if (!fk.limit) last = argc + fk.lastkey;
      else last = first + (Math.trunc((argc - first) / fk.limit) + fk.lastkey);
    } else if (fk.type === 'keynum') {
      step = fk.step;
      if (fk.keynumidx >= argc || first + fk.keynumidx >= argc) return undefined;
      const numkeys = strictInteger(argv[first + fk.keynumidx]);
      if (numkeys === undefined || numkeys < 0) return undefined;
      first += fk.firstkey;
      last = first + numkeys - 1;
    } else {
      return undefined;
    }
    if (last >= argc || last < first || first >= argc) return undefined;
    for (let i = first; i <= last; i += step) keys.push({ pos: i, flags: spec.flags });
    if (spec.flags.includes('INCOMPLETE')) return undefined;
  }
  return keys;
}

/** The index keys start at, 0 when a keyword is absent, or 'invalid' for an unknown spec. */
function beginSearch(spec: AclKeySpec, argv: readonly string[]): number | 'invalid' {
  const bs = spec.beginSearch;
  if (bs.type === 'index') return bs.pos;
  if (bs.type !== 'keyword') return 'invalid';
  const argc = argv.length;
  const start = bs.startfrom > 0 ? bs.startfrom : argc + bs.startfrom;
  const end = bs.startfrom > 0 ? argc - 1 : 1;
  for (let i = start; i !== end; i = start <= end ? i + 1 : i - 1) {
    if (i >= argc || i < 1) break;
    if (eq(argv[i], bs.keyword.toLowerCase())) return i + 1;
  }
  return 0;
}

const RO = ['RO', 'ACCESS'];
const OW = ['OW', 'UPDATE'];
const RW_UPDATE = ['RW', 'ACCESS', 'UPDATE'];
const RW_DELETE = ['RW', 'ACCESS', 'DELETE'];

/** `genericGetKeys`: `[dest] numkeys key…`; flags are not given (any pattern passes). */
function generic(store: number, count: number, firstKey: number, argv: readonly string[]): KeyRef[] {
  const num = atoi(argv[count] ?? '');
  if (num < 1 || num > Math.trunc((argv.length - firstKey) / 1)) return [];
  const keys: KeyRef[] = [];
  for (let i = 0; i < num; i++) keys.push({ pos: firstKey + i, flags: [] });
  if (store) keys.push({ pos: store, flags: [] });
  return keys;
}

function sortKeys(argv: readonly string[]): KeyRef[] {
  const keys: KeyRef[] = [{ pos: 1, flags: RO }];
  let store: KeyRef | undefined;
  const skip: [string, number][] = [['limit', 2], ['get', 1], ['by', 1]];
  for (let i = 2; i < argv.length; i++) {
    for (const [name, n] of skip) {
      if (eq(argv[i], name)) {
        i += n;
        break;
      } else if (eq(argv[i], 'store') && i + 1 < argv.length) {
        store = { pos: i + 1, flags: OW };
        break;
      }
    }
  }
  return store ? [...keys, store] : keys;
}

function migrateKeys(argv: readonly string[]): KeyRef[] {
  let first = 3;
  let num = 1;
  const skip: [string, number][] = [['copy', 0], ['replace', 0], ['auth', 1], ['auth2', 2]];
  if (argv.length > 6) {
    for (let i = 6; i < argv.length; i++) {
      if (eq(argv[i], 'keys')) {
        if (argv[3].length > 0) num = 0;
        else {
          first = i + 1;
          num = argv.length - first;
        }
        break;
      }
      const hit = skip.find(([name]) => eq(argv[i], name));
      if (hit) i += hit[1];
    }
  }
  return Array.from({ length: num }, (_, i) => ({ pos: first + i, flags: RW_DELETE }));
}

function georadiusKeys(argv: readonly string[]): KeyRef[] {
  let stored = -1;
  for (let i = 5; i < argv.length; i++) {
    if ((eq(argv[i], 'store') || eq(argv[i], 'storedist')) && i + 1 < argv.length) {
      stored = i + 1;
      i++;
    }
  }
  return stored === -1 ? [{ pos: 1, flags: [] }] : [{ pos: 1, flags: [] }, { pos: stored, flags: [] }];
}

function xreadKeys(argv: readonly string[]): KeyRef[] {
  let streams = -1;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i].toLowerCase();
    if (arg === 'block' || arg === 'count') i++;
    else if (arg === 'group') i += 2;
    else if (arg === 'noack') continue;
    else {
      if (arg === 'streams') streams = i;
      break;
    }
  }
  const rest = streams === -1 ? 0 : argv.length - streams - 1;
  if (streams === -1 || rest === 0 || rest % 2 !== 0) return [];
  return Array.from({ length: rest / 2 }, (_, i) => ({ pos: streams + 1 + i, flags: [] }));
}

function setKeys(argv: readonly string[]): KeyRef[] {
  // Redis compares the first 3 bytes and a terminating NUL: exactly "get" in any case.
  const withGet = argv.slice(3).some((a) => a.toLowerCase() === 'get');
  return [{ pos: 1, flags: withGet ? RW_UPDATE : OW }];
}

function bitfieldKeys(argv: readonly string[]): KeyRef[] {
  let readonly = true;
  for (let i = 2; i < argv.length; i++) {
    const remaining = argv.length - i - 1;
    const arg = argv[i].toLowerCase();
    if (arg === 'get' && remaining >= 2) i += 2;
    else if ((arg === 'set' || arg === 'incrby') && remaining >= 3) {
      readonly = false;
      break;
    } else if (arg === 'overflow' && remaining >= 1) i += 1;
    else {
      readonly = false;
      break;
    }
  }
  return [{ pos: 1, flags: readonly ? RO : RW_UPDATE }];
}

const NATIVE: Record<string, (argv: readonly string[]) => KeyRef[]> = {
  sintercardGetKeys: (argv) => generic(0, 1, 2, argv),
  zunionInterDiffGetKeys: (argv) => generic(0, 1, 2, argv),
  zunionInterDiffStoreGetKeys: (argv) => generic(1, 2, 3, argv),
  evalGetKeys: (argv) => generic(0, 2, 3, argv),
  functionGetKeys: (argv) => generic(0, 2, 3, argv),
  lmpopGetKeys: (argv) => generic(0, 1, 2, argv),
  blmpopGetKeys: (argv) => generic(0, 2, 3, argv),
  zmpopGetKeys: (argv) => generic(0, 1, 2, argv),
  bzmpopGetKeys: (argv) => generic(0, 2, 3, argv),
  sortROGetKeys: () => [{ pos: 1, flags: RO }],
  sortGetKeys: sortKeys,
  migrateGetKeys: migrateKeys,
  georadiusGetKeys: georadiusKeys,
  xreadGetKeys: xreadKeys,
  setGetKeys: setKeys,
  bitfieldGetKeys: bitfieldKeys,
};

function hasRealKeySpec(cmd: CommandEntry): boolean {
  return (cmd.data.keySpecs ?? []).some((s) => !s.flags.includes('NOT_KEY'));
}

/** `doesCommandHaveKeys`. */
export function commandHasKeys(cmd: CommandEntry): boolean {
  return cmd.data.getKeys !== undefined || hasRealKeySpec(cmd);
}

/** `getKeysFromCommandWithSpecs(…, GET_KEYSPEC_DEFAULT)`. */
export function commandKeys(cmd: CommandEntry, argv: readonly string[]): KeyRef[] {
  const variableFlags = (cmd.data.keySpecs ?? []).some((s) => s.flags.includes('VARIABLE_FLAGS'));
  if (hasRealKeySpec(cmd) && !variableFlags) {
    const keys = keysFromSpecs(cmd, argv);
    if (keys) return keys;
  }
  const native = cmd.data.getKeys ? NATIVE[cmd.data.getKeys] : undefined;
  return native ? native(argv) : [];
}
