// Which of the commands a security review names (knowledge/acl-risk.ts) a selector allows, and
// the commands that take channels. Read-only views over the command table and selectors.
import { RISKY_COMMANDS, type RiskGroup } from '../../knowledge/acl-risk.js';
import { CommandBits } from './bits.js';
import type { CommandEntry, CommandTable } from './commands.js';
import type { Selector } from './state.js';

export interface ResolvedRisk {
  /** How messages name it: `FLUSHALL`, `CONFIG SET`. */
  readonly label: string;
  readonly group: RiskGroup;
  /** The command or subcommand whose permission bit allows it. */
  readonly entry: CommandEntry;
  /** Before 7.0 `CONFIG SET` is the first-arg `set` of CONFIG (`+config|set`). */
  readonly firstArg?: string;
}

const risks = new WeakMap<CommandTable, readonly ResolvedRisk[]>();
const riskMasks = new WeakMap<CommandTable, readonly number[]>();

/** Whether the selector may run any watched command (a quick test before naming them). */
export function selectorMayRunRisky(table: CommandTable, s: Selector): boolean {
  if (s.allCommands || s.firstArgs.size > 0) return true;
  let mask = riskMasks.get(table);
  if (!mask) {
    mask = CommandBits.maskOf(table.all.length, riskyCommands(table).map((r) => r.entry.id));
    riskMasks.set(table, mask);
  }
  return s.allowed.intersects(mask);
}

/** The watched commands this target has, in the knowledge order. */
export function riskyCommands(table: CommandTable): readonly ResolvedRisk[] {
  let list = risks.get(table);
  if (list) return list;
  const out: ResolvedRisk[] = [];
  for (const { name, group } of RISKY_COMMANDS) {
    const label = name.toUpperCase().replace('|', ' ');
    const entry = table.lookup(name);
    if (entry) {
      out.push({ label, group, entry });
      continue;
    }
    const [base, arg] = name.split('|');
    const parent = arg === undefined ? undefined : table.lookup(base);
    if (parent && parent.subcommands.length === 0) out.push({ label, group, entry: parent, firstArg: arg });
  }
  list = out;
  risks.set(table, list);
  return list;
}

/** Whether the selector lets a user run it (key and channel permissions aside). */
export function selectorCanRun(s: Selector, risk: ResolvedRisk): boolean {
  if (s.allCommands || s.allowed.get(risk.entry.id)) return true;
  if (risk.firstArg === undefined) return false;
  return s.firstArgs.get(risk.entry.id)?.some((a) => a.toLowerCase() === risk.firstArg) ?? false;
}

const channelCommands = new WeakMap<CommandTable, readonly CommandEntry[]>();

/** Commands that publish or subscribe on channels (PUBLISH, SUBSCRIBE, PSUBSCRIBE, SPUBLISH…). */
export function channelCommandEntries(table: CommandTable): readonly CommandEntry[] {
  let list = channelCommands.get(table);
  if (!list) {
    list = table.all.filter((c) => c.data.channels?.flags.some((f) => f === 'PUBLISH' || f === 'SUBSCRIBE') ?? false);
    channelCommands.set(table, list);
  }
  return list;
}
