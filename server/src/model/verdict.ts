import type { Problem, Verdict } from './problems.js';

/** The line number Redis prints for an offset of a file, or undefined for an unknown file. */
export type RedisLineOf = (file: string, offset: number) => number | undefined;

/**
 * Redis stops at the first load error; only a config that loads reaches the startup checks.
 * Problems are recorded in Redis's processing order, so the first fatal one of each phase is
 * the one Redis reports.
 */
export function computeVerdict(problems: readonly Problem[], redisLineOf: RedisLineOf): Verdict {
  const first = problems.find((p) => p.fatal && p.phase === 'load') ?? problems.find((p) => p.fatal && p.phase === 'startup');
  if (!first) return { accepted: true, reason: '' };
  const line = first.lineless ? undefined : redisLineOf(first.file, first.span.start);
  return {
    accepted: false,
    file: first.file,
    ...(line === undefined ? {} : { line }),
    reason: first.redisMessage ?? first.message,
    phase: first.phase,
  };
}
