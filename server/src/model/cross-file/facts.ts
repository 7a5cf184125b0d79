// What one linted config tells the others about itself: its role (primary, replica, Sentinel,
// cluster node), how it is reached, its users and passwords, and TLS. Secrets are kept only as
// SHA-256 hashes (as Redis stores ACL passwords), never as text: the cross-file rules compare
// them and no output can show them. Plain data, so the CLI can send it between threads.

import type { Span } from '../../../../grammar/src/index.js';
import type { LintModel } from '../analyze.js';
import { aclContext, describeUser, sha256Hex, type AclUser } from '../acl/index.js';
import { enumValue, intValue } from '../config/queries.js';
import type { EffectiveConfig, SettingRecord } from '../config/effective.js';
import { scanPlaceholders, TEMPLATE_SYNTAXES } from '../template/placeholders.js';

/** Where a fact is written: a span of a file in the model (callers may map it further). */
export interface Located {
  readonly file: string;
  readonly span: Span;
}

export interface SecretFact<L> {
  /** SHA-256 of the value (hex), as Redis keeps ACL passwords. */
  readonly hash: string;
  /** The value is a template placeholder: equal only to the same placeholder. */
  readonly templated: boolean;
  readonly at: L;
}

export interface UserFact<L> {
  readonly name: string;
  readonly enabled: boolean;
  readonly nopass: boolean;
  /** SHA-256 hashes of its passwords, sorted. */
  readonly hashes: readonly string[];
  /** Its permissions as ACL LIST prints them, without passwords. */
  readonly permissions: string;
  /** The `user` line (or requirepass for the default user), when written in a file. */
  readonly at?: L;
  /** A password is a template placeholder: compared as written, equal only to the same placeholder. */
  readonly templated?: boolean;
}

export interface MonitorFact<L> {
  readonly name: string;
  readonly host: string;
  readonly port: number;
  readonly at: L;
  readonly authPass?: SecretFact<L>;
  readonly authUser?: { readonly name: string; readonly at: L };
}

export interface NodeFacts<L> {
  /** The config's kind as linted. */
  readonly kind: 'conf' | 'sentinel';
  /** The file people see (a YAML manifest for embedded configs): grouping by folder uses it. */
  readonly file: string;
  /** A short name for messages (`redis-master.conf`, `docker-compose.yml service redis-master`). */
  readonly label: string;
  /** Host names and addresses the server is known by (bind addresses, announce-ip, service names, file stem). */
  readonly names: readonly string[];
  readonly port: number;
  readonly tlsPort: number;
  /** Where node-level findings go when nothing more precise exists. */
  readonly anchor: L;
  readonly replicaOf?: { readonly host: string; readonly port: number; readonly at: L };
  readonly masterauth?: SecretFact<L>;
  readonly masteruser?: { readonly name: string; readonly at: L };
  /** The users the server has at startup (default included); undefined when unknown (an unread aclfile). */
  readonly users?: readonly UserFact<L>[];
  readonly cluster?: { readonly at: L };
  readonly tls: { readonly port: boolean; readonly replication: boolean; readonly cluster: boolean; readonly at?: L };
  readonly monitors: readonly MonitorFact<L>[];
  /** Values hidden by template placeholders may change any of the above. */
  readonly templated: boolean;
}

function templated(value: string): boolean {
  return scanPlaceholders(value, 0, value.length, new Set(TEMPLATE_SYNTAXES)).length > 0;
}

function secret(value: string, at: Located): SecretFact<Located> {
  return { hash: sha256Hex(value), templated: templated(value), at };
}

function recordAt(record: SettingRecord): Located {
  return { file: record.file, span: record.directive.span };
}

function valueAt(record: SettingRecord): Located {
  const args = record.directive.args;
  return { file: record.file, span: args.length > 0 ? { start: args[0].span.start, end: args[args.length - 1].span.end } : record.directive.span };
}

/** The users Redis has at startup, with requirepass applied to the default user as Redis does. */
function users(model: LintModel, config: EffectiveConfig): UserFact<Located>[] | undefined {
  const aclfile = config.effective('aclfile');
  const fromFile = aclfile !== undefined && aclfile.values[0] !== '';
  const map = config.aclUsers;
  if (!map || (fromFile && !config.aclFile)) return undefined;
  const ctx = aclContext(model.target.dataId);
  const lines = new Map(config.users.map((u) => [u.username, { file: u.file, span: u.directive.span }]));
  const out: UserFact<Located>[] = [];
  const describe = (user: AclUser) => describeUser(ctx, { ...user, passwords: [], nopass: false });
  for (const user of map.values()) {
    let fact: UserFact<Located> = {
      name: user.name, enabled: user.enabled, nopass: user.nopass, hashes: [...user.passwords].sort(), permissions: describe(user),
      ...(lines.get(user.name) ? { at: lines.get(user.name) } : {}),
      ...(config.users.some((u) => u.username === user.name && u.args.some((a) => /^[>#]/.test(a.value) && templated(a.value))) ? { templated: true } : {}),
    };
    // requirepass sets the default user's password unless a `user default` line or the ACL file defines it.
    if (user.name === 'default' && !fromFile && !lines.has('default')) {
      const requirepass = config.effective('requirepass');
      const value = requirepass?.values[0] ?? '';
      fact = value === ''
        ? { ...fact, nopass: true, hashes: [] }
        : { ...fact, nopass: false, hashes: [sha256Hex(value)], ...(requirepass ? { at: recordAt(requirepass) } : {}), ...(templated(value) ? { templated: true } : {}) };
    }
    out.push(fact);
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function fileStem(path: string): string {
  const base = path.replace(/[#].*$/, '').split('/').pop() ?? path;
  return base.replace(/\.(conf|config|acl|ya?ml)$/i, '');
}

/** The facts of one linted conf or sentinel model; undefined for ACL files. */
export function nodeFacts(model: LintModel, label: string, displayFile: string): NodeFacts<Located> | undefined {
  const config = model.config;
  if (!config || model.kind === 'acl') return undefined;
  const sentinel = model.kind === 'sentinel';
  const port = intValue(config, 'port', sentinel ? 26379 : 6379);
  const tlsPort = intValue(config, 'tls-port', 0);
  const names = new Set<string>();
  for (const name of model.deployment?.hostnames ?? []) names.add(name.toLowerCase());
  for (const address of config.effective('bind')?.values ?? []) names.add(address.replace(/^-/, '').toLowerCase());
  for (const setting of ['replica-announce-ip', 'cluster-announce-ip', 'cluster-announce-hostname']) {
    const value = config.value(setting);
    if (value) names.add(value.toLowerCase());
  }
  const stem = fileStem(displayFile).toLowerCase();
  if (stem !== '') names.add(stem);
  const first = config.source(model.mainFile)?.doc.lines.find((l) => l.kind === 'directive');
  const anchor: Located = { file: model.mainFile, span: first ? first.span : { start: 0, end: 0 } };

  const replicaof = config.effective('replicaof');
  const replicaOf = replicaof && replicaof.values.length === 2 && replicaof.values[0].toLowerCase() !== 'no'
    ? { host: replicaof.values[0], port: Number(replicaof.values[1]), at: recordAt(replicaof) }
    : undefined;
  const masterauth = config.effective('masterauth');
  const masteruser = config.effective('masteruser');
  const tlsPortRecord = config.effective('tls-port');
  const tls = {
    port: tlsPort !== 0,
    replication: enumValue(config, 'tls-replication', 'no') === 'yes',
    cluster: enumValue(config, 'tls-cluster', 'no') === 'yes',
    ...(tlsPortRecord ? { at: recordAt(tlsPortRecord) } : {}),
  };
  const cluster = enumValue(config, 'cluster-enabled', 'no') === 'yes' ? config.effective('cluster-enabled') : undefined;

  const monitors: MonitorFact<Located>[] = [];
  if (sentinel) {
    const byName = new Map<string, { authPass?: SecretFact<Located>; authUser?: { name: string; at: Located } }>();
    for (const record of config.sentinel) {
      const [sub, name, value] = record.args;
      const key = (sub?.value ?? '').toLowerCase();
      if (!name) continue;
      const entry = byName.get(name.value) ?? {};
      if (key === 'auth-pass' && value) entry.authPass = secret(value.value, { file: record.file, span: value.span });
      if (key === 'auth-user' && value) entry.authUser = { name: value.value, at: { file: record.file, span: value.span } };
      byName.set(name.value, entry);
    }
    for (const record of config.sentinel) {
      const args = record.args;
      if ((args[0]?.value ?? '').toLowerCase() !== 'monitor' || args.length !== 5) continue;
      const name = args[1].value;
      const extra = byName.get(name) ?? {};
      monitors.push({
        name, host: args[2].value, port: Number(args[3].value), at: { file: record.file, span: record.directive.span },
        ...(extra.authPass ? { authPass: extra.authPass } : {}),
        ...(extra.authUser ? { authUser: extra.authUser } : {}),
      });
    }
  }
  const userFacts = users(model, config);
  return {
    kind: sentinel ? 'sentinel' : 'conf', file: displayFile, label, names: [...names], port, tlsPort, anchor,
    ...(replicaOf ? { replicaOf } : {}),
    ...(masterauth && masterauth.values[0] !== '' ? { masterauth: secret(masterauth.values[0], valueAt(masterauth)) } : {}),
    ...(masteruser && masteruser.values[0] !== '' ? { masteruser: { name: masteruser.values[0], at: valueAt(masteruser) } } : {}),
    ...(userFacts ? { users: userFacts } : {}),
    ...(cluster ? { cluster: { at: recordAt(cluster) } } : {}),
    tls, monitors,
    templated: model.problems.some((p) => p.code === 'template-placeholder'),
  };
}

/** The same facts with every location mapped (to display positions, or to plain data). */
export function mapFacts<A, B>(facts: NodeFacts<A>, f: (at: A) => B): NodeFacts<B> {
  const s = (x: SecretFact<A> | undefined): SecretFact<B> | undefined => (x ? { ...x, at: f(x.at) } : undefined);
  return {
    ...facts,
    anchor: f(facts.anchor),
    ...(facts.replicaOf ? { replicaOf: { ...facts.replicaOf, at: f(facts.replicaOf.at) } } : {}),
    ...(facts.masterauth ? { masterauth: s(facts.masterauth) } : {}),
    ...(facts.masteruser ? { masteruser: { ...facts.masteruser, at: f(facts.masteruser.at) } } : {}),
    ...(facts.users ? { users: facts.users.map((u) => ({ ...u, ...(u.at ? { at: f(u.at) } : {}) })) as UserFact<B>[] } : {}),
    ...(facts.cluster ? { cluster: { at: f(facts.cluster.at) } } : {}),
    tls: { ...facts.tls, ...(facts.tls.at ? { at: f(facts.tls.at) } : {}) } as NodeFacts<B>['tls'],
    monitors: facts.monitors.map((m) => ({
      ...m, at: f(m.at),
      ...(m.authPass ? { authPass: s(m.authPass) } : {}),
      ...(m.authUser ? { authUser: { ...m.authUser, at: f(m.authUser.at) } } : {}),
    })) as MonitorFact<B>[],
  } as NodeFacts<B>;
}
