import { describe, expect, it } from 'vitest';
import { AclParser } from '../../grammar/src/acl/parser.js';
import { aclLexer } from '../../grammar/src/acl/tokens.js';
import { ConfParser } from '../../grammar/src/conf/parser.js';
import { confLexer } from '../../grammar/src/conf/tokens.js';

// Everyone else builds the parsers and lexers without Chevrotain's definition checks (they cost
// start-up time); this runs them once.
describe('grammar definitions', () => {
  it('pass Chevrotain parser validation', () => {
    expect(() => new ConfParser(true)).not.toThrow();
    expect(() => new AclParser(true)).not.toThrow();
  });

  it('pass Chevrotain lexer validation, with first-character optimisation on', () => {
    for (const lexer of [confLexer('file', true), confLexer('string', true), aclLexer(true)]) {
      expect(lexer.lexerDefinitionErrors).toEqual([]);
    }
  });
});
