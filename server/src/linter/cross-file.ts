// Checks across files: after every file is linted on its own, the set rules
// (rules/cross-file/) compare what each says about itself (model/cross-file/facts.ts):
// replicas and Sentinels against their primary, cluster nodes against each other. Secrets are
// compared as hashes only. Locations stay opaque (`L`): the caller maps them to output.

import type { NodeFacts } from '../model/cross-file/facts.js';
import { topology } from '../model/cross-file/topology.js';
import { SET_RULES, type Severity } from '../rules/index.js';
import type { SeveritySetting } from './index.js';

export interface SetFinding<L> {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly at: L;
  readonly related: ReadonlyArray<{ readonly at: L; readonly message: string }>;
}

export interface SetOptions<L> {
  /** `redis-master.conf:4`, for messages. */
  readonly describe: (at: L) => string;
  /** The rule settings that apply where a finding lands (the config file of that file). */
  readonly settings?: (at: L) => Readonly<Record<string, SeveritySetting>> | undefined;
  /** Run only these rules. */
  readonly only?: readonly string[];
}

/** Findings across `nodes` (the facts of every conf and sentinel file linted together). */
export function lintSet<L>(nodes: readonly NodeFacts<L>[], options: SetOptions<L>): SetFinding<L>[] {
  if (nodes.length < 2) return [];
  const shape = topology(nodes);
  const out: SetFinding<L>[] = [];
  for (const rule of SET_RULES) {
    if (options.only && !options.only.includes(rule.meta.id)) continue;
    rule.checkSet({
      nodes,
      topology: shape,
      describe: (at) => options.describe(at as L),
      report(at, message, related = []) {
        const setting = options.settings?.(at as L)?.[rule.meta.id];
        if (setting === 'off') return;
        out.push({
          ruleId: rule.meta.id,
          severity: setting ?? rule.meta.severity,
          message,
          at: at as L,
          related: related.map((r) => ({ at: r.at as L, message: r.message })),
        });
      },
    });
  }
  return out;
}
