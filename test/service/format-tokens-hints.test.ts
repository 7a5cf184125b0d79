import { describe, expect, it } from 'vitest';
import {
  computeFormatting,
  computeInlayHints,
  computeSemanticTokens,
  decodeSemanticTokens,
  type TextEdit,
} from '../../server/src/service/index.js';
import { applyEdits } from '../lsp/client.js';
import { doc } from './helpers.js';

describe('formatting', () => {
  it('normalises spacing between arguments and nothing else', () => {
    const text = '  maxmemory    100mb  \n# a   comment   stays\nsave   3600 1\t300 100\nrename-command  "CONFIG"   ""\n';
    const d = doc(text);
    const out = applyEdits(text, computeFormatting(d) as TextEdit[]);
    expect(out).toBe('maxmemory 100mb\n# a   comment   stays\nsave 3600 1 300 100\nrename-command "CONFIG" ""\n');
    expect(computeFormatting(doc(out))).toEqual([]);
  });

  it('keeps CRLF endings and quoted spacing', () => {
    const text = 'logfile   "/var/log/my  redis.log"\r\nport\t6379\r\n';
    const out = applyEdits(text, computeFormatting(doc(text)) as TextEdit[]);
    expect(out).toBe('logfile "/var/log/my  redis.log"\r\nport 6379\r\n');
  });

  it('leaves lines Redis rejects and ACL files alone', () => {
    expect(computeFormatting(doc('maxmemory   "100mb\n'))).toEqual([]);
    expect(computeFormatting(doc('user  alice on nopass\n', { uri: 'file:///x/users.acl' }))).toEqual([]);
  });

  it('formats only the requested range', () => {
    const text = 'port   1\nport   2\nport   3\n';
    const edits = computeFormatting(doc(text), { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } });
    expect(edits.map((e) => e.range.start.line)).toEqual([1]);
  });
});

describe('semantic tokens', () => {
  it('types directives, values and comments', () => {
    const text = '# comment\nmaxmemory 1gb\nappendonly yes\ndir /var/lib/redis\ninclude /etc/x.conf\nlist-max-ziplist-entries 512\n';
    const tokens = decodeSemanticTokens(computeSemanticTokens(doc(text)));
    expect(tokens.map((t) => [t.line, t.character, t.length, t.type, ...t.modifiers])).toEqual([
      [0, 0, 9, 'comment'],
      [1, 0, 9, 'property'],
      [1, 10, 3, 'number'],
      [2, 0, 10, 'property'],
      [2, 11, 3, 'enumMember'],
      [3, 0, 3, 'property'],
      [3, 4, 14, 'string'],
      [4, 0, 7, 'keyword'],
      [4, 8, 11, 'string'],
      [5, 0, 24, 'property', 'deprecated'],
      [5, 25, 3, 'number'],
    ]);
  });

  it('types ACL users and rules', () => {
    const tokens = decodeSemanticTokens(computeSemanticTokens(doc('user app on ~* +@read\n', { uri: 'file:///x/users.acl' })));
    expect(tokens.map((t) => t.type)).toEqual(['keyword', 'variable', 'enumMember', 'string', 'operator']);
  });
});

describe('inlay hints', () => {
  it('shows bytes of memory sizes and the default beside a changed setting', () => {
    const text = 'maxmemory 1gb\nmaxmemory-policy noeviction\nhz 20\nrequirepass s3cret-pass\n';
    const hints = computeInlayHints(doc(text));
    expect(hints.map((h) => [h.position.line, h.position.character, h.label])).toEqual([
      [0, 13, '= 1,073,741,824 bytes'],
      [0, 13, 'default: 0'],
      [2, 5, 'default: 10'],
    ]);
  });

  it('can be switched off per kind', () => {
    const hints = computeInlayHints(doc('maxmemory 1gb\n', { inlayHints: { defaults: false } }));
    expect(hints.map((h) => h.label)).toEqual(['= 1,073,741,824 bytes']);
  });
});
