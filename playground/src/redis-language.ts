// Highlighting for redis.conf, sentinel.conf and ACL files: a small stream mode. Tokens follow
// Redis's own splitting (words separated by spaces and tabs, "double" and 'single' quoted
// strings, comments only where a line starts with `#`).

import { StreamLanguage, type StringStream } from '@codemirror/language';

interface LineState {
  /** Index of the next word on the line (0 = the directive name). */
  word: number;
  /** The directive, lower-cased (`user`, `sentinel`, `maxmemory`…). */
  key: string;
}

const BOOLEANS = new Set(['yes', 'no', 'on', 'off']);
const NUMBER = /^-?\d+(?:\.\d+)?(?:[kmgt]b?|%)?$/i;

function aclRuleToken(word: string): string {
  if (/^\(*[><#!]/.test(word)) return 'string.special';
  if (/^\(*(?:~|%R?W?~|&)/i.test(word)) return 'variableName.special';
  if (/^\(*[+-]@/.test(word)) return 'typeName';
  if (/^\(*[+-]/.test(word)) return 'operator';
  if (/^\(*(?:on|off|nopass|resetpass|resetkeys|resetchannels|allkeys|allchannels|allcommands|nocommands|reset|clearselectors|sanitize-payload|skip-sanitize-payload)\)*$/i.test(word)) return 'atom';
  return 'variableName';
}

function readWord(stream: StringStream): string {
  const start = stream.pos;
  const quote = stream.peek();
  if (quote === '"' || quote === "'") {
    stream.next();
    let escaped = false;
    for (let ch = stream.next(); ch !== undefined; ch = stream.next()) {
      if (escaped) escaped = false;
      else if (ch === '\\' && quote === '"') escaped = true;
      else if (ch === quote) break;
    }
  } else {
    stream.eatWhile(/[^ \t]/);
  }
  return stream.string.slice(start, stream.pos);
}

function makeLanguage(acl: boolean) {
  return StreamLanguage.define<LineState>({
    name: acl ? 'redis-acl' : 'redis-conf',
    startState: () => ({ word: 0, key: '' }),
    copyState: (s) => ({ ...s }),
    token(stream, state) {
      if (stream.sol()) {
        state.word = 0;
        state.key = '';
      }
      if (stream.eatSpace()) return null;
      if (state.word === 0 && stream.peek() === '#' && !acl) {
        stream.skipToEnd();
        return 'comment';
      }
      const quoted = stream.peek() === '"' || stream.peek() === "'";
      const word = readWord(stream);
      const index = state.word++;
      if (index === 0) {
        state.key = word.toLowerCase();
        return 'keyword';
      }
      if (state.key === 'user') return index === 1 ? 'variableName.definition' : aclRuleToken(word);
      if (quoted) return 'string';
      if (state.key === 'sentinel' && index === 1) return 'propertyName';
      if (BOOLEANS.has(word.toLowerCase())) return 'bool';
      if (NUMBER.test(word)) return 'number';
      return 'string';
    },
    languageData: acl ? {} : { commentTokens: { line: '#' } },
  });
}

export const redisConf = makeLanguage(false);
export const redisAcl = makeLanguage(true);
