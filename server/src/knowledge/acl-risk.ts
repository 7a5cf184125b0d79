// Commands an ACL review should name when a user can run them: what an attacker holding that
// user's password does with each (SECURITY.md §1). Names are lower-case, `cmd|sub` for a
// subcommand; before 7.0 (no subcommands) `cmd|sub` means the first-arg rule `+cmd|sub`.
// PSYNC/SYNC/REPLCONF are left out on purpose: a replication user needs them.

export type RiskGroup = 'data' | 'config' | 'code' | 'replication' | 'acl' | 'server' | 'scripting';

export interface RiskyCommand {
  readonly name: string;
  readonly group: RiskGroup;
}

/** What each group lets an attacker do, for messages. */
export const RISK_GROUP_EFFECT: Readonly<Record<RiskGroup, string>> = {
  data: 'wipe the data',
  config: 'read the stored passwords and point `dir`/`dbfilename` anywhere to write files',
  code: 'load native code into the server or crash it',
  replication: 'make the server a replica of a host they control (the HeadCrab and P2PInfect route)',
  acl: 'read password hashes and create or change users',
  server: 'stop the server, watch every command, or stall it',
  scripting: 'run Lua or functions, the entry point of the sandbox-escape CVEs',
};

export const RISKY_COMMANDS: readonly RiskyCommand[] = [
  { name: 'flushall', group: 'data' },
  { name: 'flushdb', group: 'data' },
  { name: 'swapdb', group: 'data' },
  { name: 'config|set', group: 'config' },
  { name: 'config|get', group: 'config' },
  { name: 'config|rewrite', group: 'config' },
  { name: 'module|load', group: 'code' },
  { name: 'module|loadex', group: 'code' },
  { name: 'module|unload', group: 'code' },
  { name: 'debug', group: 'code' },
  { name: 'replicaof', group: 'replication' },
  { name: 'slaveof', group: 'replication' },
  { name: 'failover', group: 'replication' },
  { name: 'cluster|meet', group: 'replication' },
  { name: 'cluster|replicate', group: 'replication' },
  { name: 'cluster|forget', group: 'replication' },
  { name: 'cluster|reset', group: 'replication' },
  { name: 'cluster|failover', group: 'replication' },
  { name: 'cluster|setslot', group: 'replication' },
  { name: 'migrate', group: 'replication' },
  { name: 'acl|setuser', group: 'acl' },
  { name: 'acl|deluser', group: 'acl' },
  { name: 'acl|load', group: 'acl' },
  { name: 'acl|save', group: 'acl' },
  { name: 'acl|getuser', group: 'acl' },
  { name: 'acl|list', group: 'acl' },
  { name: 'shutdown', group: 'server' },
  { name: 'monitor', group: 'server' },
  { name: 'keys', group: 'server' },
  { name: 'client|kill', group: 'server' },
  { name: 'client|pause', group: 'server' },
  { name: 'restore', group: 'server' },
  { name: 'eval', group: 'scripting' },
  { name: 'evalsha', group: 'scripting' },
  { name: 'eval_ro', group: 'scripting' },
  { name: 'evalsha_ro', group: 'scripting' },
  { name: 'fcall', group: 'scripting' },
  { name: 'fcall_ro', group: 'scripting' },
  { name: 'script|load', group: 'scripting' },
  { name: 'function|load', group: 'scripting' },
  { name: 'function|restore', group: 'scripting' },
];
