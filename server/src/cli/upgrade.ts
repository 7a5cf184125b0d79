// `redis-lint upgrade --from 6.2 --to 7.4 FILE`: what changes for one config file when the
// server is upgraded. Three parts: lines the new version refuses (fatal there, not before),
// what is deprecated there, and built-in defaults that change under settings the file leaves
// unset (it relies on them by omission), each with the line that keeps today's behaviour.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDirectives, type DirectiveInfo, type DirectiveTable } from '../knowledge/directives.js';
import { useNodeKnowledgeSource } from '../knowledge/loader-node.js';
import { lint, RULES_BY_ID, type Finding, type LintResult } from '../linter/index.js';
import { asciiLower, memtoull } from '../model/config/c-parsers.js';
import { decodeText, formatTarget, parseTarget, type ModelKind, type Target } from '../model/index.js';
import { detectKind, UsageError } from './discover.js';
import { nodeFiles } from './node-files.js';

export const UPGRADE_USAGE = 'usage: redis-lint upgrade --from VERSION --to VERSION [--format text|json] [--kind conf|sentinel] [--root DIR] FILE';

export interface UpgradeFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
  readonly message: string;
}

export interface DefaultChange {
  readonly directive: string;
  /** Built-in value on the old version as a config line writes it; null = none (see `fromNote`). */
  readonly from: string | null;
  readonly to: string | null;
  readonly fromNote?: string;
  readonly toNote?: string;
  /** The line to add to keep the old behaviour, when the old default can be written. */
  readonly keep?: string;
}

export interface UpgradeReport {
  readonly file: string;
  readonly kind: ModelKind;
  readonly from: string;
  readonly to: string;
  /** Whether each version loads and starts with the file. */
  readonly accepted: { readonly from: boolean; readonly to: boolean };
  /** Fatal on the new version only: it refuses to load or start. */
  readonly refused: readonly UpgradeFinding[];
  /** Fatal on the old version only. */
  readonly fixed: readonly UpgradeFinding[];
  readonly deprecated: readonly UpgradeFinding[];
  readonly defaults: readonly DefaultChange[];
}

function located(result: LintResult, f: Finding, displayFile: string): UpgradeFinding {
  const lines = result.model.lines(f.file);
  const at = lines ? lines.position(f.span.start) : { line: 0, character: 0 };
  return { file: f.file === result.model.mainFile ? displayFile : f.file, line: at.line + 1, column: at.character + 1, ruleId: f.ruleId, message: f.message };
}

const keyOf = (f: UpgradeFinding) => `${f.ruleId}\0${f.file}\0${f.line}`;

/** Values as a config line writes them: `""` for the empty string. */
function written(value: string): string {
  return value === '' ? '""' : value;
}

/** Same built-in value, whatever the spelling (`1gb` = `1073741824`, case, spacing). */
function sameValue(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  const norm = (s: string) => asciiLower(s).trim().split(/\s+/).map((w) => memtoull(w)?.toString() ?? w).join(' ');
  return norm(a) === norm(b);
}

function isSetting(info: DirectiveInfo): boolean {
  return info.default !== undefined && !info.ignored && info.handledBy !== 'deprecated-list' && !info.name.includes('<');
}

function defaultChanges(fromTable: DirectiveTable, toTable: DirectiveTable, isSet: (now: DirectiveInfo, old: DirectiveInfo) => boolean): DefaultChange[] {
  const out: DefaultChange[] = [];
  for (const info of toTable.all()) {
    if (!isSetting(info)) continue;
    const old = fromTable.lookup(info.name)?.info ?? info.aliases?.map((a) => fromTable.lookup(a)?.info).find((x) => x !== undefined);
    if (!old || !isSetting(old) || isSet(info, old)) continue;
    if (sameValue(old.default, info.default) && (old.default !== null || old.defaultNote === info.defaultNote)) continue;
    out.push({
      directive: info.name,
      from: old.default ?? null,
      to: info.default ?? null,
      ...(old.defaultNote ? { fromNote: old.defaultNote } : {}),
      ...(info.defaultNote ? { toNote: info.defaultNote } : {}),
      ...(old.default !== null && old.default !== undefined ? { keep: `${info.name} ${written(old.default)}` } : {}),
    });
  }
  return out.sort((a, b) => (a.directive < b.directive ? -1 : 1));
}

export interface UpgradeInput {
  readonly text: string;
  /** Absolute path of the file. */
  readonly file: string;
  readonly displayFile: string;
  readonly kind: 'conf' | 'sentinel';
  readonly from: Target;
  readonly to: Target;
  readonly root?: string;
}

export function upgradeReport(input: UpgradeInput): UpgradeReport {
  const run = (target: Target) => lint({ text: input.text, file: input.file, kind: input.kind, target, files: nodeFiles, ...(input.root ? { root: input.root } : {}) });
  const before = run(input.from);
  const after = run(input.to);
  const fatal = (r: LintResult) => r.findings.filter((f) => f.fatal).map((f) => located(r, f, input.displayFile));
  const fatalBefore = fatal(before);
  const fatalAfter = fatal(after);
  const beforeKeys = new Set(fatalBefore.map(keyOf));
  const afterKeys = new Set(fatalAfter.map(keyOf));
  const deprecated = after.findings.filter((f) => RULES_BY_ID.get(f.ruleId)?.meta.category === 'deprecation').map((f) => located(after, f, input.displayFile));
  // Set in either reading (a line the new version refuses is still the file's choice).
  const isSet = (now: DirectiveInfo, old: DirectiveInfo) =>
    after.model.config?.effective(now.name) !== undefined || before.model.config?.effective(old.name) !== undefined;
  return {
    file: input.displayFile,
    kind: input.kind,
    from: formatTarget(input.from),
    to: formatTarget(input.to),
    accepted: { from: before.verdict.accepted, to: after.verdict.accepted },
    refused: fatalAfter.filter((f) => !beforeKeys.has(keyOf(f))),
    fixed: fatalBefore.filter((f) => !afterKeys.has(keyOf(f))),
    deprecated,
    defaults: defaultChanges(getDirectives(input.from), getDirectives(input.to), isSet),
  };
}

export function formatUpgradeText(r: UpgradeReport): string {
  const out = [`${r.file}: upgrading from ${r.from} to ${r.to}`];
  const list = (title: string, items: readonly UpgradeFinding[]) => {
    if (items.length === 0) return;
    out.push('', title);
    for (const f of items) out.push(`  ${f.file}:${f.line}:${f.column}  ${f.message}  [${f.ruleId}]`);
  };
  list(`Refused by ${r.to} (it will not start with these lines):`, r.refused);
  list(`Refused by ${r.from} only (fixed by the upgrade):`, r.fixed);
  list(`Deprecated on ${r.to}:`, r.deprecated);
  if (r.defaults.length > 0) {
    out.push('', `Defaults that change (the file does not set these, so it gets the new value):`);
    for (const d of r.defaults) {
      const show = (value: string | null, note?: string) => (value === null ? `(${note ?? 'none'})` : written(value));
      out.push(`  ${d.directive}: ${show(d.from, d.fromNote)} -> ${show(d.to, d.toNote)}`);
      out.push(d.keep ? `      to keep today's behaviour, add: ${d.keep}` : '      (no config line writes the old default)');
    }
  }
  const verdict = r.accepted.to
    ? `${r.to} accepts the file.`
    : `${r.to} refuses the file${r.accepted.from ? ` (${r.from} accepts it)` : ''}.`;
  out.push('', `${verdict} ${r.refused.length} newly refused, ${r.deprecated.length} deprecated, ${r.defaults.length} default changes.`);
  return `${out.join('\n')}\n`;
}

interface UpgradeIo {
  readonly stdout: (text: string) => void;
  readonly cwd: string;
}

/** Exit 0 when the new version accepts the file, 1 when it refuses it, 2 on usage errors. */
export function runUpgrade(argv: readonly string[], io: UpgradeIo): number {
  let from: Target | undefined;
  let to: Target | undefined;
  let format: 'text' | 'json' = 'text';
  let kind: 'conf' | 'sentinel' | undefined;
  let root: string | undefined;
  const files: string[] = [];
  const target = (value: string | undefined, flag: string) => {
    if (value === undefined) throw new UsageError(`${flag} needs a version; ${UPGRADE_USAGE}`);
    const parsed = parseTarget(value);
    if (!parsed.ok) throw new UsageError(`${flag}: ${parsed.message}`);
    return parsed.target;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--from') from = target(value(), '--from');
    else if (flag === '--to') to = target(value(), '--to');
    else if (flag === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json; ${UPGRADE_USAGE}`);
      format = f;
    } else if (flag === '--kind') {
      const k = value();
      if (k !== 'conf' && k !== 'sentinel') throw new UsageError(`--kind must be conf or sentinel; ${UPGRADE_USAGE}`);
      kind = k;
    } else if (flag === '--root') root = resolve(io.cwd, value() ?? '');
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}; ${UPGRADE_USAGE}`);
    else files.push(flag);
  }
  if (!from || !to) throw new UsageError(`--from and --to are required; ${UPGRADE_USAGE}`);
  if (files.length !== 1) throw new UsageError(`give exactly one file; ${UPGRADE_USAGE}`);
  const path = resolve(io.cwd, files[0]);
  let text: string;
  try {
    text = decodeText(readFileSync(path));
  } catch (error) {
    throw new UsageError(`${files[0]}: cannot read: ${(error as Error).message}`);
  }
  const detected = kind ?? detectKind(path, text);
  if (detected === 'acl') throw new UsageError(`${files[0]} is an ACL file; upgrade checks redis.conf and sentinel.conf files (force with --kind)`);
  useNodeKnowledgeSource();
  const report = upgradeReport({ text, file: path, displayFile: files[0], kind: detected, from, to, ...(root ? { root } : {}) });
  io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatUpgradeText(report));
  return report.accepted.to ? 0 : 1;
}
