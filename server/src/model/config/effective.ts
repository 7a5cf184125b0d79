import { WORK, type AclDocument, type ConfArg, type ConfDirective, type ConfDocument, type LineIndex, type Span } from '../../../../grammar/src/index.js';
import type { DirectiveFacts } from './facts.js';

/** A file the configuration was read from (the linted file or an included one). */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
  readonly doc: ConfDocument;
  readonly lines: LineIndex;
  /** The `include` line that pulled it in, if any. */
  readonly includedFrom?: { readonly file: string; readonly span: Span };
}

export interface AclFileSource {
  readonly path: string;
  readonly text: string;
  readonly doc: AclDocument;
  readonly lines: LineIndex;
  readonly result: import('../acl/index.js').AclFileResult;
}

/** One accepted table directive line. */
export interface SettingRecord {
  readonly name: string;
  readonly facts: DirectiveFacts;
  readonly file: string;
  readonly directive: ConfDirective;
  /** Values after Redis re-splits a single MULTI_ARG argument. */
  readonly values: readonly string[];
  /** Where each value is written (a re-split value points at its whole argument). */
  readonly valueSpans: readonly Span[];
  readonly viaAlias: boolean;
}

/** A directive the loader treats specially (include, user, rename-command, loadmodule, module config, sentinel). */
export interface SpecialRecord {
  readonly file: string;
  readonly directive: ConfDirective;
  readonly args: readonly ConfArg[];
}

export interface UserRecord extends SpecialRecord {
  readonly username: string;
}

export interface IncludeRecord extends SpecialRecord {
  /** Files it resolved to, in load order (empty when nothing matched or it was not found). */
  readonly resolved: readonly string[];
}

/**
 * The configuration as Redis ends up with it: every line traced to its file, the last value of
 * each setting, and the accumulating directives in order.
 */
export class EffectiveConfig {
  readonly files = new Map<string, SourceFile>();
  readonly records: SettingRecord[] = [];
  readonly users: UserRecord[] = [];
  readonly renames: SpecialRecord[] = [];
  readonly modules: SpecialRecord[] = [];
  readonly moduleConfigs: SpecialRecord[] = [];
  readonly includes: IncludeRecord[] = [];
  readonly sentinel: SpecialRecord[] = [];
  /** The save points in effect, or undefined when no `save` line was read (defaults apply). */
  /** Where Redis's working directory ends up after `dir` lines (for relative paths). */
  workingDirectory = '/';
  /** The ACL file named by `aclfile`, when it could be read. */
  aclFile: AclFileSource | undefined;
  /** Users as Redis creates them at startup from `user` lines or the ACL file (`default` included). */
  aclUsers: ReadonlyMap<string, import('../acl/index.js').AclUser> | undefined;
  savePoints: Array<{ seconds: string; changes: string; record: SettingRecord }> | undefined;
  private readonly byName = new Map<string, SettingRecord[]>();

  constructor(
    readonly mainFile: string,
    readonly kind: 'conf' | 'sentinel',
  ) {}

  add(record: SettingRecord): void {
    this.records.push(record);
    const list = this.byName.get(record.name);
    if (list) list.push(record);
    else this.byName.set(record.name, [record]);
  }

  /** Every accepted line that set `name` (canonical), in load order. */
  all(name: string): readonly SettingRecord[] {
    const list = this.byName.get(name);
    WORK.ruleVisits += list ? list.length : 1;
    return list ?? [];
  }

  /** The line whose value is in effect for `name`, if the file sets it. */
  effective(name: string): SettingRecord | undefined {
    WORK.ruleVisits++;
    const list = this.byName.get(name);
    return list?.[list.length - 1];
  }

  /** The value in effect (joined with spaces for several values), or the default when unset. */
  value(name: string, defaultValue?: string): string | undefined {
    const record = this.effective(name);
    if (record) return record.values.join(' ');
    return defaultValue;
  }

  names(): IterableIterator<string> {
    WORK.ruleVisits += this.byName.size;
    return this.byName.keys();
  }

  source(path: string): SourceFile | undefined {
    return this.files.get(path);
  }
}
