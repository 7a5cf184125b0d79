// The command table as Redis's ACL code walks it: ids for the permission bitmap, case-insensitive
// lookup of `name` and `name|sub`, and the commands each category touches.
import { getAclKnowledge, type AclCommand, type AclKnowledge } from '../../knowledge/acl.js';
import type { DataId } from '../../knowledge/targets.js';

export interface CommandEntry {
  /** Index into the permission bitmap. */
  readonly id: number;
  /** Full lower-case name (`config|get`). */
  readonly name: string;
  readonly data: AclCommand;
  readonly parent?: CommandEntry;
  readonly subcommands: readonly CommandEntry[];
  /** Bit i set = in category i of `categories`. */
  readonly categoryMask: number;
  /** `NO_AUTH` commands (AUTH, HELLO, …) pass the command check whatever the rules say. */
  readonly noAuth: boolean;
}

export class CommandTable {
  /** Every command and subcommand, indexed by id. */
  readonly all: CommandEntry[] = [];
  /** Top-level commands in data order (sorted by name). */
  readonly top: CommandEntry[] = [];
  readonly categories: readonly string[];
  private readonly byName = new Map<string, CommandEntry>();
  /** Per category: the ids `+@cat`/`-@cat` set (a container in the category brings all its subcommands). */
  private readonly categoryTargets: number[][];
  /** Per category: the commands that are themselves in it (what ACL LIST counts). */
  private readonly categoryMembers: number[][];

  constructor(readonly knowledge: AclKnowledge) {
    this.categories = knowledge.categories;
    for (const data of knowledge.commands) this.top.push(this.add(data, undefined));
    this.categoryTargets = this.categories.map(() => []);
    this.categoryMembers = this.categories.map(() => []);
    this.categories.forEach((_, bit) => {
      const targets = new Set<number>();
      for (const cmd of this.all) {
        if (!(cmd.categoryMask & (1 << bit))) continue;
        this.categoryMembers[bit].push(cmd.id);
        targets.add(cmd.id);
        for (const sub of cmd.subcommands) targets.add(sub.id);
      }
      this.categoryTargets[bit] = [...targets].sort((a, b) => a - b);
    });
  }

  private add(data: AclCommand, parent: CommandEntry | undefined): CommandEntry {
    const subcommands: CommandEntry[] = [];
    const entry: CommandEntry = {
      id: this.all.length,
      name: data.name,
      data,
      ...(parent ? { parent } : {}),
      subcommands,
      categoryMask: data.categories.reduce((mask, c) => mask | (1 << this.categories.indexOf(c)), 0),
      noAuth: data.flags.includes('NO_AUTH'),
    };
    this.all.push(entry);
    this.byName.set(data.name, entry);
    for (const sub of data.subcommands ?? []) subcommands.push(this.add(sub, entry));
    return entry;
  }

  /**
   * `ACLLookupCommand`: `name` or `name|sub`, case-insensitive. A `|sub` part only resolves on a
   * container; more than one `|` never resolves.
   */
  lookup(name: string): CommandEntry | undefined {
    if (!name.includes('|')) return name === '' ? undefined : this.byName.get(/[A-Z]/.test(name) ? name.toLowerCase() : name);
    const parts = name.toLowerCase().split('|');
    if (parts.length > 2 || parts[0] === '') return undefined;
    const base = this.byName.get(parts[0]);
    if (!base || parts.length === 1) return base;
    return base.subcommands.length > 0 ? this.byName.get(`${parts[0]}|${parts[1]}`) : undefined;
  }

  /** The bit of a category name (case-insensitive), or -1 when Redis does not know it. */
  categoryBit(name: string): number {
    return this.categories.indexOf(name.toLowerCase());
  }

  categoryTargetIds(bit: number): readonly number[] {
    return this.categoryTargets[bit];
  }

  categoryMemberIds(bit: number): readonly number[] {
    return this.categoryMembers[bit];
  }
}

const tables = new WeakMap<AclKnowledge, CommandTable>();

export function commandTable(target: DataId): CommandTable {
  const knowledge = getAclKnowledge(target);
  let table = tables.get(knowledge);
  if (!table) {
    table = new CommandTable(knowledge);
    tables.set(knowledge, table);
  }
  return table;
}
