import type { LineIndex } from '../../../grammar/src/index.js';
import type { Problem, Verdict } from './problems.js';

/**
 * Redis stops at the first load error; only a config that loads reaches the startup checks.
 * Problems are recorded in Redis's processing order, so the first fatal one of each phase is
 * the one Redis reports.
 */
export function computeVerdict(problems: readonly Problem[], linesOf: (file: string) => LineIndex | undefined): Verdict {
  const first = problems.find((p) => p.fatal && p.phase === 'load') ?? problems.find((p) => p.fatal && p.phase === 'startup');
  if (!first) return { accepted: true, reason: '' };
  const lines = first.lineless ? undefined : linesOf(first.file);
  return {
    accepted: false,
    file: first.file,
    ...(lines ? { line: lines.lineOf(first.span.start) + 1 } : {}),
    reason: first.redisMessage ?? first.message,
    phase: first.phase,
  };
}
