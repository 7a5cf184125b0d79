// The extension's TextMate grammars, tokenized with VS Code's own engine (vscode-textmate +
// vscode-oniguruma): scopes on sample lines.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';
import { beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const EXTENSION = fileURLToPath(new URL('../../client-vscode/', import.meta.url));
const GRAMMARS: Record<string, string> = {
  'source.redis-conf': 'redis-conf.tmLanguage.json',
  'source.redis-sentinel': 'redis-sentinel.tmLanguage.json',
  'source.redis-acl': 'redis-acl.tmLanguage.json',
};

let registry: textmate.Registry;

beforeAll(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope: string) => {
      const file = GRAMMARS[scope];
      if (!file) return null;
      const path = join(EXTENSION, 'syntaxes', file);
      return textmate.parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
  });
});

/** `[text, innermost scope]` for every token of each line (scopes below the root). */
async function tokens(scope: string, text: string): Promise<Array<[string, string[]]>> {
  const grammar = await registry.loadGrammar(scope);
  if (!grammar) throw new Error(`no grammar ${scope}`);
  let state = textmate.INITIAL;
  const out: Array<[string, string[]]> = [];
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) {
      const piece = line.slice(t.startIndex, t.endIndex);
      if (piece.trim() === '') continue;
      out.push([piece, t.scopes.slice(1)]);
    }
    state = result.ruleStack;
  }
  return out;
}

function scopeOf(all: Array<[string, string[]]>, text: string): string[] {
  const found = all.find(([t]) => t === text);
  if (!found) throw new Error(`no token '${text}' in ${JSON.stringify(all.map(([t]) => t))}`);
  return found[1];
}

describe('redis.conf grammar', () => {
  it('scopes directives, values, strings and comments', async () => {
    const t = await tokens('source.redis-conf', [
      '# a comment',
      'maxmemory 100mb',
      'appendonly yes',
      'dir /var/lib/redis',
      'logfile "/var/log/redis \\x41.log"',
      'include /etc/redis/extra.conf',
      'hz 10',
      'maxmemory-clients 10%',
    ].join('\n'));
    expect(scopeOf(t, '#')).toEqual(['comment.line.number-sign.redis-conf', 'punctuation.definition.comment.redis-conf']);
    expect(scopeOf(t, ' a comment')).toEqual(['comment.line.number-sign.redis-conf']);
    expect(scopeOf(t, 'maxmemory')).toEqual(['meta.directive.redis-conf', 'keyword.other.directive.redis-conf']);
    expect(scopeOf(t, '100mb')).toEqual(['meta.directive.redis-conf', 'constant.numeric.memory.redis-conf']);
    expect(scopeOf(t, 'yes')).toEqual(['meta.directive.redis-conf', 'constant.language.boolean.redis-conf']);
    expect(scopeOf(t, '/var/lib/redis')).toEqual(['meta.directive.redis-conf', 'string.unquoted.path.redis-conf']);
    expect(scopeOf(t, '\\x41')).toEqual(['meta.directive.redis-conf', 'string.quoted.double.redis-conf', 'constant.character.escape.redis-conf']);
    expect(scopeOf(t, 'include')).toEqual(['meta.directive.redis-conf', 'keyword.control.directive.redis-conf']);
    expect(scopeOf(t, '10')).toEqual(['meta.directive.redis-conf', 'constant.numeric.redis-conf']);
    expect(scopeOf(t, '10%')).toEqual(['meta.directive.redis-conf', 'constant.numeric.percentage.redis-conf']);
  });

  it('knows that # starts a comment only at the start of a line', async () => {
    const t = await tokens('source.redis-conf', 'requirepass abc#def');
    expect(scopeOf(t, 'abc#def')).toEqual(['meta.directive.redis-conf', 'string.unquoted.redis-conf']);
  });

  it('marks section banners and suppression comments', async () => {
    const t = await tokens('source.redis-conf', [
      '################################## NETWORK #####################################',
      '# redis-lint-disable-next-line protected-mode-disabled -- behind a firewall',
    ].join('\n'));
    expect(scopeOf(t, 'NETWORK')).toEqual(['comment.line.number-sign.banner.redis-conf', 'markup.heading.section.redis-conf']);
    expect(scopeOf(t, 'redis-lint-disable-next-line')).toEqual(['comment.line.number-sign.redis-conf', 'keyword.other.suppression.redis-conf']);
    expect(scopeOf(t, ' protected-mode-disabled')).toEqual(['comment.line.number-sign.redis-conf', 'entity.name.tag.rule-id.redis-conf']);
  });

  it('scopes user lines with the ACL rules', async () => {
    const t = await tokens('source.redis-conf', 'user alice on >pw ~cache:* +@read -flushall');
    expect(scopeOf(t, 'user')).toEqual(['meta.directive.user.redis-conf', 'keyword.control.directive.redis-conf']);
    expect(scopeOf(t, 'alice')).toEqual(['meta.directive.user.redis-conf', 'entity.name.type.user.redis-conf']);
    expect(scopeOf(t, '+@read')).toEqual(['meta.directive.user.redis-conf', 'support.type.category.redis-acl']);
    expect(scopeOf(t, '>pw')).toEqual(['meta.directive.user.redis-conf', 'string.other.password.redis-acl']);
  });
});

describe('sentinel.conf grammar', () => {
  it('is the redis.conf grammar with sentinel sub-directives', async () => {
    const t = await tokens('source.redis-sentinel', 'sentinel monitor mymaster 127.0.0.1 6379 2\nport 26379');
    expect(scopeOf(t, 'sentinel')).toEqual(['meta.directive.sentinel.redis-conf', 'keyword.control.directive.redis-conf']);
    expect(scopeOf(t, 'monitor')).toEqual(['meta.directive.sentinel.redis-conf', 'entity.name.function.sentinel.redis-conf']);
    expect(scopeOf(t, '26379')).toEqual(['meta.directive.redis-conf', 'constant.numeric.redis-conf']);
  });
});

describe('ACL file grammar', () => {
  it('scopes users and rules, and flags what Redis rejects', async () => {
    const t = await tokens('source.redis-acl', [
      'user default on #5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8 ~* &* +@all',
      'user app on nopass %R~cache:* (+get ~x) -@dangerous +config|get',
      '# comments are not allowed',
      'bogus line',
    ].join('\n'));
    expect(scopeOf(t, 'default')).toEqual(['meta.user.redis-acl', 'entity.name.type.user.redis-acl']);
    expect(scopeOf(t, 'on')).toEqual(['meta.user.redis-acl', 'constant.language.rule.redis-acl']);
    expect(scopeOf(t, '#5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8')).toEqual(['meta.user.redis-acl', 'constant.other.password-hash.redis-acl']);
    expect(scopeOf(t, '~*')).toEqual(['meta.user.redis-acl', 'string.unquoted.key-pattern.redis-acl']);
    expect(scopeOf(t, '&*')).toEqual(['meta.user.redis-acl', 'string.unquoted.channel-pattern.redis-acl']);
    expect(scopeOf(t, '%R~cache:*')).toEqual(['meta.user.redis-acl', 'string.unquoted.key-pattern.redis-acl']);
    expect(scopeOf(t, '+get')).toEqual(['meta.user.redis-acl', 'support.function.command.redis-acl']);
    expect(scopeOf(t, '-@dangerous')).toEqual(['meta.user.redis-acl', 'support.type.category.redis-acl']);
    expect(scopeOf(t, '+config|get')).toEqual(['meta.user.redis-acl', 'support.function.command.redis-acl']);
    expect(scopeOf(t, '# comments are not allowed')).toEqual(['invalid.illegal.comment.redis-acl']);
    expect(scopeOf(t, 'bogus line')).toEqual(['invalid.illegal.line.redis-acl']);
  });
});
