/**
 * Counts of the work the engine does, so that tests can prove cost grows linearly with the input
 * by counting steps instead of timing them (test/perf). The counters are plain increments on one
 * module-level object, cheap enough to leave on; `resetWork()` zeroes them before a measured run.
 * Each layer counts its own loops: the grammar here, the model and the linter through `countWork`.
 */
export interface WorkCounters {
  /** Lines the grammar walked (fast path and Chevrotain runs). */
  lines: number;
  /** Arguments and words the grammar produced (conf arguments, ACL words). */
  tokens: number;
  /** Tokens the Chevrotain lexers produced (lines the fast path left to the grammar). */
  lexerTokens: number;
  /** Lines the config loader applied (each file of an include chain counts its own). */
  directives: number;
  /** Steps of include handling: files read, cycle checks, glob matches. */
  includeSteps: number;
  /** ACL rules applied (users in redis.conf, ACL files, selectors). */
  aclRules: number;
  /** Elements ACL bookkeeping visited (duplicate checks, key and channel patterns, passwords). */
  aclSteps: number;
  /** Rule `check` calls. */
  ruleChecks: number;
  /** Records, users and other model entries rules were handed. */
  ruleVisits: number;
  /** Findings reported by rules and the linter. */
  findings: number;
  /** Suppression comments parsed, and candidate suppressions tried per finding. */
  suppressionSteps: number;
  /** Secret values tried against messages while scrubbing them. */
  scrubSteps: number;
}

export const WORK: WorkCounters = {
  lines: 0,
  tokens: 0,
  lexerTokens: 0,
  directives: 0,
  includeSteps: 0,
  aclRules: 0,
  aclSteps: 0,
  ruleChecks: 0,
  ruleVisits: 0,
  findings: 0,
  suppressionSteps: 0,
  scrubSteps: 0,
};

/** Zeroes every counter. */
export function resetWork(): void {
  for (const key of Object.keys(WORK) as Array<keyof WorkCounters>) WORK[key] = 0;
}

/** A copy of the counters. */
export function readWork(): WorkCounters {
  return { ...WORK };
}
