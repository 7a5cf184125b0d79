// ACL LIST: the canonical text Redis prints for a user (`ACLDescribeUser`).
import { CommandBits } from './bits.js';
import type { CommandEntry } from './commands.js';
import type { AclContext, AclUser, KeyPattern, Selector } from './state.js';

function keyPatternText(k: KeyPattern): string {
  if (k.read && k.write) return `~${k.pattern}`;
  if (k.read) return `%R~${k.pattern}`;
  if (k.write) return `%W~${k.pattern}`;
  // Upstream 7.2+ accept a lone `%` and then panic when describing it; we show what it is.
  return `%~${k.pattern}`;
}

function applyCategoryBits(ctx: AclContext, bits: CommandBits, bit: number, allow: boolean): void {
  for (const id of ctx.table.categoryTargetIds(bit)) bits.set(id, allow);
}

/**
 * 6.x/7.0 `ACLDescribeSelectorCommandRules`: start from +@all or -@all, greedily add the
 * categories that fit best, then fix single commands. Redis walks its command dict, whose
 * order is seeded randomly per process; we walk commands by name (see test/acl/divergences.json).
 */
function describeCommandBits(ctx: AclContext, s: Selector): string[] {
  const { table } = ctx;
  const additive = !s.future;
  const out = [additive ? '-@all' : '+@all'];
  const fake = CommandBits.empty(s.allowed.size);
  fake.fill(!additive);
  const temp = s.allowed.clone();
  const applied = new Set<number>();
  for (;;) {
    let best = -1;
    let minDiff = Number.MAX_SAFE_INTEGER;
    let maxSame = 0;
    table.categories.forEach((_, bit) => {
      if (applied.has(bit)) return;
      let on = 0;
      let off = 0;
      for (const id of table.categoryMemberIds(bit)) {
        if (temp.get(id)) on++;
        else off++;
      }
      const diff = additive ? off : on;
      const same = additive ? on : off;
      if (same > diff && (diff < minDiff || (diff === minDiff && same > maxSame))) {
        best = bit;
        minDiff = diff;
        maxSame = same;
      }
    });
    if (best === -1) break;
    applyCategoryBits(ctx, fake, best, additive);
    applyCategoryBits(ctx, temp, best, !additive);
    out.push(`${additive ? '+' : '-'}@${table.categories[best]}`);
    applied.add(best);
  }
  const visit = (cmd: CommandEntry): void => {
    const userBit = s.allowed.get(cmd.id);
    if (userBit !== fake.get(cmd.id)) {
      out.push(`${userBit ? '+' : '-'}${cmd.name}`);
      fake.set(cmd.id, userBit);
      for (const sub of cmd.subcommands) fake.set(sub.id, userBit);
    }
    cmd.subcommands.forEach(visit);
    if (!userBit) for (const arg of s.firstArgs.get(cmd.id) ?? []) out.push(`+${cmd.name}|${arg}`);
  };
  table.top.forEach(visit);
  return out;
}

function describeCommands(ctx: AclContext, s: Selector): string[] {
  if (ctx.dialect.commandRulesFormat === 'as-written') return [s.future ? '+@all' : '-@all', ...s.rules];
  return describeCommandBits(ctx, s);
}

export function describeSelector(ctx: AclContext, s: Selector): string {
  const parts: string[] = [];
  if (s.allKeys) parts.push('~*');
  else parts.push(...s.keys.map(keyPatternText));
  if (ctx.dialect.channels) {
    if (s.allChannels) parts.push('&*');
    else parts.push('resetchannels', ...s.channels.map((c) => `&${c}`));
  }
  parts.push(...describeCommands(ctx, s));
  return parts.join(' ');
}

/** The rules part of an ACL LIST line: flags, password hashes, root permissions, selectors. */
export function describeUser(ctx: AclContext, user: AclUser): string {
  const parts: string[] = [user.enabled ? 'on' : 'off'];
  if (user.nopass) parts.push('nopass');
  if (user.sanitize) parts.push(user.sanitize);
  parts.push(...user.passwords.map((h) => `#${h}`));
  const [root, ...selectors] = user.selectors;
  parts.push(describeSelector(ctx, root));
  return parts.join(' ') + selectors.map((s) => ` (${describeSelector(ctx, s)})`).join('');
}

/** Exactly the line `ACL LIST` prints for the user. */
export function aclListLine(ctx: AclContext, user: AclUser): string {
  return `user ${user.name} ${describeUser(ctx, user)}`;
}
