import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { confTokens, type ConfTokens } from './tokens.js';

/** Receives the parse of a file, line by line. */
export interface ConfSink {
  newline(token: IToken): void;
  comment(token: IToken): void;
  args(tokens: readonly IToken[]): void;
}

/**
 * redis.conf grammar. Every token sequence the lexer can produce is a valid document, so a
 * broken line never disturbs its neighbours; line-level problems are told by the token types.
 *
 *   document := ( Newline | Comment | Arg+ )*
 *   argList  := Arg*                          (one string, for splitArgs)
 */
export interface ConfParser {
  /** Parses file tokens, reporting each line to `sink`. */
  parseDocument(tokens: IToken[], sink: ConfSink): void;
  /** Parses the tokens of one string into its argument tokens. */
  parseArgList(tokens: IToken[]): IToken[];
}

/**
 * The class is defined on first use: `extends` reads Chevrotain, and the node bundles load
 * Chevrotain only when a line needs it (most files never do; see scripts/bundle-options.mjs).
 */
function defineConfParser() {
  return class ConfParser extends EmbeddedActionsParser {
    private readonly t: ConfTokens;
    private sink: ConfSink | undefined;
    private lineTokens: IToken[] = [];

    constructor(validate = false) {
      super([...confTokens().vocabulary], { skipValidations: !validate, recoveryEnabled: false, maxLookahead: 1 });
      this.t = confTokens();
      this.performSelfAnalysis();
    }

    /** Parses file tokens, reporting each line to `sink`. */
    parseDocument(tokens: IToken[], sink: ConfSink): void {
      this.input = tokens;
      this.sink = sink;
      try {
        this.document();
      } finally {
        this.sink = undefined;
        this.lineTokens = [];
        this.input = [];
      }
    }

    /** Parses the tokens of one string into its argument tokens. */
    parseArgList(tokens: IToken[]): IToken[] {
      this.input = tokens;
      try {
        return this.argList();
      } finally {
        this.input = [];
      }
    }

    private readonly collectArg = (): void => {
      const token = this.CONSUME(this.t.arg);
      if (!this.RECORDING_PHASE) this.lineTokens.push(token);
  };

  private readonly lineAlternatives = [
    {
      ALT: (): void => {
        const token = this.CONSUME(this.t.newline);
        if (!this.RECORDING_PHASE) this.sink!.newline(token);
      },
    },
    {
      ALT: (): void => {
        const token = this.CONSUME(this.t.comment);
        if (!this.RECORDING_PHASE) this.sink!.comment(token);
      },
    },
    {
      ALT: (): void => {
        this.lineTokens = [];
        this.AT_LEAST_ONE(this.collectArg);
        if (!this.RECORDING_PHASE) this.sink!.args(this.lineTokens);
      },
    },
  ];

  private readonly document = this.RULE('document', () => {
    this.MANY(() => this.OR(this.lineAlternatives));
  });

  private readonly argList = this.RULE('argList', () => {
    const args: IToken[] = [];
    this.MANY(() => {
      args.push(this.CONSUME(this.t.arg));
    });
    return args;
  });
  };
}

let parserClass: ReturnType<typeof defineConfParser> | undefined;

/** `new ConfParser(validate)`: `validate` runs Chevrotain's grammar checks (tests). */
export const ConfParser = function ConfParser(validate = false): ConfParser {
  parserClass ??= defineConfParser();
  return new parserClass(validate);
} as unknown as new (validate?: boolean) => ConfParser;

let shared: ConfParser | undefined;

/** The parser everyone shares, built on first use. */
export function confParser(): ConfParser {
  return (shared ??= new ConfParser());
}
