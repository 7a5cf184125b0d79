// ACL DRYRUN: whether a user may run a command, with the reply Redis gives.
import type { CommandEntry } from './commands.js';
import { globMatch } from './glob.js';
import { commandHasKeys, commandKeys, type KeyRef } from './keys.js';
import type { AclContext, AclUser, Selector } from './state.js';

export type DryRunVerdict =
  | { readonly kind: 'ok' }
  | { readonly kind: 'denied-command'; readonly command: string }
  | { readonly kind: 'denied-key'; readonly key: string; readonly argIndex: number }
  | { readonly kind: 'denied-channel'; readonly channel: string; readonly argIndex: number }
  /** Redis refuses before checking permissions: unknown command, wrong arity. */
  | { readonly kind: 'error'; readonly error: string };

/** The ACL result codes in Redis's order of precedence (higher wins when no selector allows). */
const DENIED_CMD = 1;
const DENIED_KEY = 2;
const DENIED_CHANNEL = 4;

/** `lookupCommand(argv)`: the command or, for a container with arguments, its subcommand. */
export function lookupCall(ctx: AclContext, argv: readonly string[]): CommandEntry | undefined {
  if (argv[0].includes('|')) return undefined;
  const base = ctx.table.lookup(argv[0]);
  if (!base || argv.length === 1 || base.subcommands.length === 0) return base;
  if (argv[1].includes('|')) return undefined;
  return ctx.table.lookup(`${argv[0]}|${argv[1]}`);
}

function keyAllowed(s: Selector, key: string, ref: KeyRef): boolean {
  if (s.allKeys) return true;
  const needRead = ref.flags.includes('ACCESS');
  const needWrite = ref.flags.some((f) => f === 'INSERT' || f === 'DELETE' || f === 'UPDATE');
  return s.keys.some((k) => (!needRead || k.read) && (!needWrite || k.write) && globMatch(k.pattern, key));
}

/** `ACLCheckChannelAgainstList`: PSUBSCRIBE patterns must be written exactly; channels are globbed. */
function channelAllowed(s: Selector, channel: string, isPattern: boolean): boolean {
  return s.channels.some((p) => (isPattern ? p === channel : globMatch(p, channel)));
}

interface SelectorResult {
  code: number;
  index: number;
}

function channelArgs(ctx: AclContext, cmd: CommandEntry, argc: number): { pos: number; isPattern: boolean }[] {
  const spec = cmd.data.channels;
  if (!ctx.dialect.channels || !spec) return [];
  if (!spec.flags.includes('PUBLISH') && !spec.flags.includes('SUBSCRIBE')) return [];
  const stop = Math.min(spec.count === -1 ? argc : spec.start + spec.count, argc);
  const out: { pos: number; isPattern: boolean }[] = [];
  for (let i = spec.start; i < stop; i++) out.push({ pos: i, isPattern: spec.flags.includes('PATTERN') });
  return out;
}

/** `ACLSelectorCheckCmd`. */
function checkSelector(
  ctx: AclContext,
  s: Selector,
  cmd: CommandEntry,
  argv: readonly string[],
  keys: () => KeyRef[],
): SelectorResult {
  if (!s.allCommands && !cmd.noAuth && !s.allowed.get(cmd.id)) {
    const firstArgs = s.firstArgs.get(cmd.id);
    const arg = argv[cmd.parent ? 2 : 1];
    if (argv.length < 2 || !firstArgs || arg === undefined) return { code: DENIED_CMD, index: 0 };
    if (!firstArgs.some((a) => a.toLowerCase() === arg.toLowerCase())) return { code: DENIED_CMD, index: 0 };
  }
  if (!s.allKeys && commandHasKeys(cmd)) {
    for (const ref of keys()) {
      if (!keyAllowed(s, argv[ref.pos], ref)) return { code: DENIED_KEY, index: ref.pos };
    }
  }
  if (!s.allChannels) {
    for (const { pos, isPattern } of channelArgs(ctx, cmd, argv.length)) {
      if (!channelAllowed(s, argv[pos], isPattern)) return { code: DENIED_CHANNEL, index: pos };
    }
  }
  return { code: 0, index: 0 };
}

/** The permission check of `ACLCheckAllUserCommandPerm` for an already resolved command. */
export function checkCommand(ctx: AclContext, user: AclUser, cmd: CommandEntry, argv: readonly string[]): DryRunVerdict {
  let cached: KeyRef[] | undefined;
  const keys = (): KeyRef[] => (cached ??= commandKeys(cmd, argv));
  let relevant = DENIED_CMD;
  let lastIndex = 0;
  let localIndex = 0;
  for (const s of user.selectors) {
    const result = checkSelector(ctx, s, cmd, argv, keys);
    if (result.code === 0) return { kind: 'ok' };
    if (result.code !== DENIED_CMD) localIndex = result.index;
    if (result.code > relevant || (result.code === relevant && localIndex > lastIndex)) {
      relevant = result.code;
      lastIndex = localIndex;
    }
  }
  if (relevant === DENIED_KEY) return { kind: 'denied-key', key: argv[lastIndex], argIndex: lastIndex };
  if (relevant === DENIED_CHANNEL) return { kind: 'denied-channel', channel: argv[lastIndex], argIndex: lastIndex };
  return { kind: 'denied-command', command: cmd.name };
}

/** `ACL DRYRUN <user> argv…`: the verdict, with Redis's arity and lookup errors first. */
export function dryRunVerdict(ctx: AclContext, user: AclUser, argv: readonly string[]): DryRunVerdict {
  if (argv.length === 0) return { kind: 'error', error: "ERR wrong number of arguments for 'acl|dryrun' command" };
  const cmd = lookupCall(ctx, argv);
  if (!cmd) return { kind: 'error', error: `ERR Command '${argv[0]}' not found` };
  const arity = cmd.data.arity;
  if ((arity > 0 && arity !== argv.length) || argv.length < -arity) {
    return { kind: 'error', error: `ERR wrong number of arguments for '${cmd.name}' command` };
  }
  return checkCommand(ctx, user, cmd, argv);
}

/** The reply text: `OK`, a denial sentence, or an `ERR …` error. */
export function dryRunReply(verdict: DryRunVerdict): string {
  switch (verdict.kind) {
    case 'ok':
      return 'OK';
    case 'denied-command':
      return `This user has no permissions to run the '${verdict.command}' command`;
    case 'denied-key':
      return `This user has no permissions to access the '${verdict.key}' key`;
    case 'denied-channel':
      return `This user has no permissions to access the '${verdict.channel}' channel`;
    case 'error':
      return verdict.error;
  }
}
