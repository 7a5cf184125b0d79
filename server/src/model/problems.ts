import type { Span } from '../../../grammar/src/index.js';

/**
 * When Redis reacts to a problem: `load` while reading the config text (the FATAL CONFIG FILE
 * ERROR block, stops at the first), `startup` after loading (ACL users, aclfile, modules),
 * `none` when Redis accepts it (a linter finding only).
 */
export type Phase = 'load' | 'startup' | 'none';

/** Something the model found while reading a file the way Redis reads it. */
export interface Problem {
  /** The rule id that reports it. */
  readonly code: string;
  readonly file: string;
  readonly span: Span;
  /** Our explanation: what is wrong and what to write instead. Never contains a secret. */
  readonly message: string;
  /** The target refuses to load or start because of it. */
  readonly fatal: boolean;
  readonly phase: Phase;
  /** What Redis itself prints, when it refuses (for the verdict); never contains a secret. */
  readonly redisMessage?: string;
  /** Another place that explains this one (the line that is overridden, the include). */
  readonly related?: { readonly file: string; readonly span: Span; readonly message: string };
  /** Set on machine-dependent problems: fatal only when `--root` says the tree is complete. */
  readonly pathDependent?: boolean;
  /** Redis reports it without a line number (after loading, or about another file). */
  readonly lineless?: boolean;
}

/** Redis's verdict on a whole configuration: the first error it would stop at. */
export interface Verdict {
  readonly accepted: boolean;
  readonly file?: string;
  /**
   * 1-based line in `file` as Redis counts it, when Redis names one: newlines it dropped after
   * a NUL byte do not count. (For the matches of an include glob Redis prints the line of the
   * concatenated text; this is the line in the matching file.)
   */
  readonly line?: number;
  readonly reason: string;
  readonly phase?: Phase;
}
