// Generates server/src/knowledge/data/acl-<target>.json from the shared reference acl.json.
//
//   npx tsx scripts/knowledge-acl.ts [--reference DIR] [--out DIR]
//
// Output is stable: one top-level command per line, commands sorted by name, fixed key order;
// regenerating gives identical bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AclChannelSpec, AclCommand, AclKeySpec, AclKnowledge } from '../server/src/knowledge/acl';
import { KNOWN_TARGETS, type DataId } from '../server/src/knowledge/targets';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface RefKeySpec {
  flags: string[];
  beginSearch: AclKeySpec['beginSearch'];
  findKeys: AclKeySpec['findKeys'];
}

interface RefCommand {
  name: string;
  container: string | null;
  since: string;
  arity: number;
  flags: string[];
  keySpecs: RefKeySpec[];
  get_keys_function?: string;
  channels?: AclChannelSpec;
  subcommands?: string[];
  sentinelOnly: boolean;
  presentIn: string[];
  differsIn?: Record<string, Partial<Pick<RefCommand, 'arity' | 'flags' | 'keySpecs'>>>;
}

interface RefAcl {
  categories: { names: string[] };
  categoryMembersPerVersion: Record<string, { categories: string[]; members: Record<string, string[]> }>;
  commands: Record<string, RefCommand>;
}

/** The acl.json release each target reads, and what is approximated when it is borrowed. */
const SOURCES: Record<DataId, { source: string; approximation?: string }> = {
  'redis-6.0': {
    source: 'redis@7.0.15',
    approximation:
      'acl.json has no 6.0 data: commands are redis@7.0.15 ones whose `since` is at most 6.0.0, ' +
      'container commands are flattened (6.x has no subcommand table; `cmd|x` is a first-arg there) ' +
      'with the union of their subcommands\' categories; arity, flags and key specs are 7.0.15\'s.',
  },
  'redis-6.2': {
    source: 'redis@7.0.15',
    approximation:
      'acl.json has no 6.2 data: commands are redis@7.0.15 ones whose `since` is at most 6.2.x, ' +
      'container commands are flattened (6.x has no subcommand table; `cmd|x` is a first-arg there) ' +
      'with the union of their subcommands\' categories; arity, flags and key specs are 7.0.15\'s.',
  },
  'redis-7.0': { source: 'redis@7.0.15' },
  'redis-7.2': { source: 'redis@7.2.6' },
  'redis-7.4': { source: 'redis@7.4.1' },
  'redis-8.0': { source: 'redis@8.0-m01' },
  'valkey-7.2': { source: 'valkey@7.2.7' },
  'valkey-8.0': { source: 'valkey@8.0.1' },
};

function parseArgs(argv: string[]): { reference: string; out: string } {
  let reference = resolve(repoRoot, '..', 'shared', 'reference');
  let out = join(repoRoot, 'server', 'src', 'knowledge', 'data');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--reference') reference = resolve(argv[++i]);
    else if (argv[i] === '--out') out = resolve(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return { reference, out };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

class Builder {
  private readonly categoriesOf = new Map<string, string[]>();

  constructor(
    private readonly ref: RefAcl,
    private readonly version: string,
  ) {
    const members = ref.categoryMembersPerVersion[version].members;
    for (const category of ref.categories.names) {
      for (const name of members[category] ?? []) {
        const list = this.categoriesOf.get(name) ?? [];
        list.push(category);
        this.categoriesOf.set(name, list);
      }
    }
  }

  present(name: string): boolean {
    const cmd = this.ref.commands[name];
    return cmd !== undefined && !cmd.sentinelOnly && cmd.presentIn.includes(this.version);
  }

  command(name: string, options: { flatten?: boolean } = {}): AclCommand {
    const ref = this.ref.commands[name];
    const override = ref.differsIn?.[this.version] ?? {};
    const subs = (ref.subcommands ?? []).filter((s) => this.present(s)).sort();
    let categories = this.categoriesOf.get(name) ?? [];
    if (options.flatten && subs.length > 0) {
      const union = new Set([...categories, ...subs.flatMap((s) => this.categoriesOf.get(s) ?? [])]);
      categories = this.ref.categories.names.filter((c) => union.has(c));
    }
    const keySpecs = (override.keySpecs ?? ref.keySpecs).map(
      (s): AclKeySpec => ({ flags: s.flags, beginSearch: s.beginSearch, findKeys: s.findKeys }),
    );
    return {
      name,
      arity: override.arity ?? ref.arity,
      categories,
      flags: [...new Set(override.flags ?? ref.flags)],
      ...(keySpecs.length > 0 ? { keySpecs } : {}),
      ...(ref.get_keys_function ? { getKeys: ref.get_keys_function } : {}),
      ...(ref.channels ? { channels: ref.channels } : {}),
      ...(!options.flatten && subs.length > 0 ? { subcommands: subs.map((s) => this.command(s)) } : {}),
    };
  }
}

function build(ref: RefAcl, target: DataId): AclKnowledge {
  const { source, approximation } = SOURCES[target];
  const builder = new Builder(ref, source);
  const line = KNOWN_TARGETS.find((t) => t.id === target)!.line;
  const sixX = line.startsWith('6.');
  const maxSince = `${line}.99`;
  const names = Object.keys(ref.commands)
    .filter((name) => !name.includes('|') && builder.present(name))
    .filter((name) => !sixX || compareVersions(ref.commands[name].since, maxSince) <= 0)
    .sort();
  return {
    target,
    source,
    ...(approximation ? { approximation } : {}),
    categories: ref.categoryMembersPerVersion[source].categories,
    commands: names.map((name) => builder.command(name, { flatten: sixX })),
  };
}

/** One command per line so that diffs of the generated files stay readable. */
function serialize(data: AclKnowledge): string {
  const head = JSON.stringify({
    target: data.target,
    source: data.source,
    ...(data.approximation ? { approximation: data.approximation } : {}),
    categories: data.categories,
  });
  const commands = data.commands.map((c) => JSON.stringify(c)).join(',\n');
  return `${head.slice(0, -1)},\n"commands":[\n${commands}\n]}\n`;
}

function main(): void {
  const { reference, out } = parseArgs(process.argv.slice(2));
  const ref = JSON.parse(readFileSync(join(reference, 'acl.json'), 'utf8')) as RefAcl;
  mkdirSync(out, { recursive: true });
  for (const { id } of KNOWN_TARGETS) {
    const text = serialize(build(ref, id));
    JSON.parse(text); // the hand-made framing must stay valid JSON
    writeFileSync(join(out, `acl-${id}.json`), text);
    console.log(`acl-${id}.json: ${text.length} bytes`);
  }
}

main();
