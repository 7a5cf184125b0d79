// Sentinel lines, applied as Sentinel applies its queue after the config is read (6.2+):
// global settings first, then `monitor` lines, then per-master lines, each in file order.

import type { Span } from '../../../../grammar/src/index.js';
import type { Problem } from '../problems.js';
import { asciiLower, atoi, isIpv4, isIpv6, yesNo } from './c-parsers.js';
import type { EffectiveConfig, SpecialRecord } from './effective.js';
import type { DirectiveCatalog } from './facts.js';

const PRE_MONITOR = new Set([
  'announce-ip', 'announce-port', 'deny-scripts-reconfig', 'sentinel-user', 'sentinel-pass',
  'current-epoch', 'myid', 'resolve-hostnames', 'announce-hostnames',
]);

interface SentinelState {
  resolveHostnames: boolean;
  readonly masters: Map<string, { replicas: Set<string>; sentinels: Set<string>; renamed: Set<string> }>;
}

type Check = (args: readonly string[], state: SentinelState) => { error: string; message: string; arg?: number } | undefined;

const NO_MASTER = (name: string) => ({
  error: 'No such master with specified name.',
  message: `No \`sentinel monitor ${name} …\` line declares the master named ${name}; declare it, or fix the name (names are case-sensitive).`,
  arg: 1,
});

function instanceError(host: string, port: string, state: SentinelState, portArg: number): ReturnType<Check> {
  const portNumber = atoi(port);
  if (portNumber < 0 || portNumber > 65535) {
    return { error: 'Invalid port number.', message: `Port ${port} is outside 0..65535.`, arg: portArg };
  }
  if (!state.resolveHostnames && !isIpv4(host) && !isIpv6(host)) {
    return {
      error: "Can't resolve instance hostname.",
      message: `${host} is not an IP address, and Sentinel only resolves hostnames with \`sentinel resolve-hostnames yes\` (placed before this line or anywhere: it is applied first). Add that line, or use an IP address.`,
      arg: portArg - 1,
    };
  }
  return undefined;
}

const CHECKS: Record<string, { argc: readonly number[]; check: Check }> = {
  monitor: {
    argc: [5],
    check([, name, host, port, quorum], state) {
      if (atoi(quorum) <= 0) return { error: 'Quorum must be 1 or greater.', message: `The quorum (${quorum}) must be a number of at least 1.`, arg: 4 };
      if (state.masters.has(name)) return { error: 'Duplicate master name.', message: `Master ${name} is already monitored by an earlier line.`, arg: 1 };
      const problem = instanceError(host, port, state, 3);
      if (problem) return problem;
      state.masters.set(name, { replicas: new Set(), sentinels: new Set(), renamed: new Set() });
      return undefined;
    },
  },
  'down-after-milliseconds': { argc: [3], check: positiveTime },
  'failover-timeout': { argc: [3], check: positiveTime },
  'parallel-syncs': { argc: [3], check: masterOnly },
  'notification-script': { argc: [3], check: masterOnly },
  'client-reconfig-script': { argc: [3], check: masterOnly },
  'auth-pass': { argc: [3], check: masterOnly },
  'auth-user': { argc: [3], check: masterOnly },
  'current-epoch': { argc: [2], check: () => undefined },
  myid: {
    argc: [2],
    check: ([, id]) => (id.length === 40 ? undefined : { error: 'Malformed Sentinel id in myid option.', message: 'myid must be exactly 40 characters (Sentinel writes it itself; remove the line to get a new one).', arg: 1 }),
  },
  'config-epoch': { argc: [3], check: masterOnly },
  'leader-epoch': { argc: [3], check: masterOnly },
  'known-replica': { argc: [4], check: knownReplica },
  'known-slave': { argc: [4], check: knownReplica },
  'known-sentinel': {
    argc: [4, 5],
    check(args, state) {
      if (args.length === 4) return undefined;
      const master = state.masters.get(args[1]);
      if (!master) return NO_MASTER(args[1]);
      const problem = instanceError(args[2], args[3], state, 3);
      if (problem) return problem;
      if (master.sentinels.has(args[4])) return { error: 'Duplicate runid for sentinel.', message: `Sentinel run id ${args[4]} is listed twice for ${args[1]}.`, arg: 4 };
      master.sentinels.add(args[4]);
      return undefined;
    },
  },
  'rename-command': {
    argc: [4],
    check([, name, command], state) {
      const master = state.masters.get(name);
      if (!master) return NO_MASTER(name);
      if (master.renamed.has(command)) return { error: 'Same command renamed multiple times with rename-command.', message: `${command} is already renamed for ${name}.`, arg: 2 };
      master.renamed.add(command);
      return undefined;
    },
  },
  'announce-ip': { argc: [2], check: () => undefined },
  'announce-port': { argc: [2], check: () => undefined },
  'deny-scripts-reconfig': { argc: [2], check: yesNoCheck('deny-scripts-reconfig options') },
  'sentinel-user': { argc: [2], check: () => undefined },
  'sentinel-pass': { argc: [2], check: () => undefined },
  'resolve-hostnames': {
    argc: [2],
    check(args, state) {
      const problem = yesNoCheck('resolve-hostnames option')(args, state);
      if (!problem) state.resolveHostnames = yesNo(args[1]) === true;
      return problem;
    },
  },
  'announce-hostnames': { argc: [2], check: yesNoCheck('announce-hostnames option') },
  'master-reboot-down-after-period': {
    argc: [3],
    check(args, state) {
      if (!state.masters.has(args[1])) return NO_MASTER(args[1]);
      return atoi(args[2]) < 0 ? { error: 'negative time parameter.', message: 'The period must not be negative.', arg: 2 } : undefined;
    },
  },
};

function masterOnly(args: readonly string[], state: SentinelState): ReturnType<Check> {
  return state.masters.has(args[1]) ? undefined : NO_MASTER(args[1]);
}

function positiveTime(args: readonly string[], state: SentinelState): ReturnType<Check> {
  if (!state.masters.has(args[1])) return NO_MASTER(args[1]);
  return atoi(args[2]) <= 0 ? { error: 'negative or zero time parameter.', message: `The time (${args[2]}) must be a positive number of milliseconds.`, arg: 2 } : undefined;
}

function knownReplica(args: readonly string[], state: SentinelState): ReturnType<Check> {
  const master = state.masters.get(args[1]);
  if (!master) return NO_MASTER(args[1]);
  const problem = instanceError(args[2], args[3], state, 3);
  if (problem) return problem;
  const key = `${args[2]}:${atoi(args[3])}`;
  if (master.replicas.has(key)) return { error: 'Duplicate hostname and port for replica.', message: `Replica ${key} is listed twice for ${args[1]}.`, arg: 2 };
  master.replicas.add(key);
  return undefined;
}

function yesNoCheck(what: string): Check {
  return ([, value]) => (yesNo(value) === undefined ? { error: `Please specify yes or no for the ${what}.`, message: `Write yes or no, not '${value}'.`, arg: 1 } : undefined);
}

function phaseOf(record: SpecialRecord): number {
  const name = asciiLower(record.args[0].value);
  if (name === 'monitor') return 1;
  return PRE_MONITOR.has(name) ? 0 : 2;
}

export function checkSentinelLines(config: EffectiveConfig, problems: Problem[], catalog: Pick<DirectiveCatalog, 'sentinelNames' | 'sentinelQueued'>): void {
  const state: SentinelState = { resolveHostnames: false, masters: new Map() };
  const phase = (record: SpecialRecord) => (catalog.sentinelQueued ? phaseOf(record) : 0);
  const ordered = config.sentinel.map((record, index) => ({ record, index })).sort((a, b) => phase(a.record) - phase(b.record) || a.index - b.index);
  for (const { record } of ordered) {
    const args = record.args.map((a) => a.value);
    const sub = asciiLower(args[0]);
    // The target's names (Valkey's `primary-…` ones are checked as the `master-…` alias).
    const entry = catalog.sentinelNames(sub)?.map((name) => CHECKS[name]).find((check) => check !== undefined);
    const spanOf = (i?: number): Span => (i !== undefined && record.args[i] ? record.args[i].span : record.directive.span);
    if (!entry || !entry.argc.includes(args.length)) {
      problems.push({
        code: 'invalid-sentinel-directive', file: record.file, span: entry ? record.directive.span : record.args[0].span, fatal: true, phase: 'load',
        redisMessage: 'Unrecognized sentinel configuration statement.',
        message: entry
          ? `sentinel ${sub} takes ${entry.argc.map((n) => n - 1).join(' or ')} argument${entry.argc[0] === 2 ? '' : 's'}; this line has ${args.length - 1}.`
          : `Unknown sentinel directive \`${args[0]}\` for this version: Sentinel refuses to start.`,
      });
      continue;
    }
    const problem = entry.check(args, state);
    if (problem) {
      problems.push({
        code: 'invalid-sentinel-directive', file: record.file, span: spanOf(problem.arg), fatal: true, phase: 'load',
        redisMessage: problem.error, message: problem.message,
      });
    }
  }
}
