import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { aclTokens, type AclTokens } from './tokens.js';

export interface AclPair {
  readonly sep: IToken;
  readonly word: IToken | undefined;
}

/** Receives the parse of an ACL file, line by line. */
export interface AclSink {
  newline(token: IToken): void;
  /** One line: its first word, then each separator with the word after it (none: empty word). */
  line(first: IToken, rest: readonly AclPair[]): void;
}

/**
 * ACL file grammar. The lexer never lets a line start or end with a separator, so every token
 * sequence it produces parses.
 *
 *   document := ( Newline | line )*
 *   line     := Word ( Sep Word? )*
 */
export interface AclParser {
  parseDocument(tokens: IToken[], sink: AclSink): void;
}

/** Defined on first use, like ConfParser: `extends` reads Chevrotain, which bundles load lazily. */
function defineAclParser() {
  return class AclParser extends EmbeddedActionsParser {
    private readonly t: AclTokens;
    private sink: AclSink | undefined;

    constructor(validate = false) {
      super([...aclTokens().all], { skipValidations: !validate, recoveryEnabled: false, maxLookahead: 1 });
      this.t = aclTokens();
      this.performSelfAnalysis();
    }

    parseDocument(tokens: IToken[], sink: AclSink): void {
      this.input = tokens;
      this.sink = sink;
      try {
        this.document();
      } finally {
        this.sink = undefined;
        this.input = [];
      }
    }

    private readonly alternatives = [
      {
        ALT: (): void => {
          const token = this.CONSUME(this.t.newline);
          if (!this.RECORDING_PHASE) this.sink!.newline(token);
        },
      },
      { ALT: (): void => this.SUBRULE(this.line) },
    ];

    private readonly document = this.RULE('document', () => {
      this.MANY(() => this.OR(this.alternatives));
    });

    private readonly line = this.RULE('line', () => {
      const first = this.CONSUME(this.t.word);
      const rest: AclPair[] = [];
      this.MANY(() => {
        const sep = this.CONSUME(this.t.sep);
        const word = this.OPTION(() => this.CONSUME1(this.t.word));
        rest.push({ sep, word });
      });
      if (!this.RECORDING_PHASE) this.sink!.line(first, rest);
    });
  };
}

let parserClass: ReturnType<typeof defineAclParser> | undefined;

/** `new AclParser(validate)`: `validate` runs Chevrotain's grammar checks (tests). */
export const AclParser = function AclParser(validate = false): AclParser {
  parserClass ??= defineAclParser();
  return new parserClass(validate);
} as unknown as new (validate?: boolean) => AclParser;

let shared: AclParser | undefined;

export function aclParser(): AclParser {
  return (shared ??= new AclParser());
}
