// The open documents of an editor session, linted on demand and kept consistent with each
// other: included files and ACL files being edited are read from the editor, not the disk; a
// document is linted again when a file it read changes; an ACL file is linted with the target of
// the redis.conf that names it (`aclfile`). No transport here: lsp/ drives it.

import { NO_FILES, type FileAccess, type ReadResult, type Target } from '../model/index.js';
import type { FileSettings } from '../linter/config-file.js';
import { analyzeDocument, type AnalyzedDocument } from './document.js';
import { DEFAULT_SETTINGS, type ResolvedSettings } from './settings.js';
import { dirname, isAbsolutePath, resolvePath, uriToPath } from './uri.js';

export interface OpenDocument {
  readonly uri: string;
  readonly text: string;
  readonly version: number;
  readonly languageId?: string;
}

interface Entry {
  doc: OpenDocument;
  path: string;
  analyzed?: AnalyzedDocument;
  /** Paths the last analysis read or looked at (includes, aclfile, TLS files, the owning conf). */
  reads: Set<string>;
}

export class LintWorkspace {
  private readonly entries = new Map<string, Entry>();
  private readonly byPath = new Map<string, string>();
  private readonly settings = new Map<string, ResolvedSettings>();
  private readonly projects = new Map<string, FileSettings | undefined>();
  /** ACL file path → URI of the open conf whose `aclfile` names it. */
  private readonly aclOwners = new Map<string, string>();
  defaultSettings: ResolvedSettings = DEFAULT_SETTINGS;

  constructor(private readonly disk: FileAccess = NO_FILES) {}

  /** Opens or replaces a document; returns the URIs to lint again (itself included). */
  set(doc: OpenDocument): string[] {
    const path = uriToPath(doc.uri);
    const previous = this.entries.get(doc.uri);
    this.entries.set(doc.uri, { doc, path, reads: previous?.reads ?? new Set() });
    if (isAbsolutePath(path)) this.byPath.set(path, doc.uri);
    return [doc.uri, ...this.invalidateDependents(doc.uri)];
  }

  /** Closes a document; returns the URIs to lint again. */
  close(uri: string): string[] {
    const entry = this.entries.get(uri);
    if (!entry) return [];
    const affected = this.invalidateDependents(uri);
    this.entries.delete(uri);
    if (this.byPath.get(entry.path) === uri) this.byPath.delete(entry.path);
    for (const [acl, owner] of this.aclOwners) if (owner === uri) this.aclOwners.delete(acl);
    this.settings.delete(uri);
    this.projects.delete(uri);
    return affected.filter((u) => u !== uri);
  }

  /** A file changed on disk (not open here): returns the open documents that read it, now stale. */
  fileChanged(uri: string): string[] {
    if (this.entries.has(uri)) return [];
    return this.invalidateDependents(uri);
  }

  /** Marks every analysis stale (e.g. the file system changed in ways we cannot track). */
  invalidateAll(): void {
    for (const entry of this.entries.values()) entry.analyzed = undefined;
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  version(uri: string): number | undefined {
    return this.entries.get(uri)?.doc.version;
  }

  setSettings(uri: string, settings: ResolvedSettings): void {
    const before = this.settings.get(uri);
    if (before && JSON.stringify(before) === JSON.stringify(settings)) return;
    this.settings.set(uri, settings);
    const entry = this.entries.get(uri);
    if (entry) entry.analyzed = undefined;
  }

  /** What the project's `.redis-lint.json` says for the document (undefined: no config file). */
  setProjectSettings(uri: string, settings: FileSettings | undefined): void {
    const before = this.projects.get(uri);
    if (this.projects.has(uri) && JSON.stringify(before) === JSON.stringify(settings)) return;
    this.projects.set(uri, settings);
    const entry = this.entries.get(uri);
    if (entry) entry.analyzed = undefined;
  }

  /** Forgets what config files said (one changed); every analysis becomes stale. */
  resetProjectSettings(): void {
    this.projects.clear();
    for (const entry of this.entries.values()) entry.analyzed = undefined;
  }

  /** Forgets per-document settings (after a configuration change) and every analysis. */
  resetSettings(defaults: ResolvedSettings = this.defaultSettings): void {
    this.defaultSettings = defaults;
    this.settings.clear();
    for (const entry of this.entries.values()) entry.analyzed = undefined;
  }

  settingsOf(uri: string): ResolvedSettings {
    return this.settings.get(uri) ?? this.defaultSettings;
  }

  /** The analysed document, linted now if its text, settings or a file it read changed. */
  get(uri: string): AnalyzedDocument | undefined {
    const entry = this.entries.get(uri);
    if (!entry) return undefined;
    if (entry.analyzed && entry.analyzed.version === entry.doc.version) {
      // An ACL file's target follows its owner: re-lint when the owner's target changed.
      const target = this.ownerTarget(entry.path);
      if (!target || target.dataId === entry.analyzed.target.dataId) return entry.analyzed;
    }
    const reads = new Set<string>();
    const files = this.trackingFiles(reads, entry.path);
    const settings = this.settingsOf(uri);
    const ownerUri = this.aclOwners.get(entry.path);
    const target = this.ownerTarget(entry.path);
    if (ownerUri) reads.add(this.entries.get(ownerUri)?.path ?? ownerUri);
    const analyzed = analyzeDocument({
      uri,
      text: entry.doc.text,
      version: entry.doc.version,
      ...(entry.doc.languageId === undefined ? {} : { languageId: entry.doc.languageId }),
      settings,
      ...(target ? { target } : {}),
      ...(this.projects.get(uri) ? { project: this.projects.get(uri) } : {}),
      files,
    });
    entry.analyzed = analyzed;
    entry.reads = reads;
    this.recordAclOwner(uri, analyzed);
    return analyzed;
  }

  /** Open documents whose last analysis depended on `uri` (they are marked stale). */
  dependents(uri: string): string[] {
    const entry = this.entries.get(uri);
    const path = entry?.path ?? uriToPath(uri);
    const out: string[] = [];
    for (const [other, e] of this.entries) {
      if (other === uri) continue;
      if (e.reads.has(path) || this.aclOwners.get(e.path) === uri) out.push(other);
    }
    return out;
  }

  private invalidateDependents(uri: string): string[] {
    const affected = this.dependents(uri);
    for (const other of affected) {
      const e = this.entries.get(other);
      if (e) e.analyzed = undefined;
    }
    return affected;
  }

  private ownerTarget(path: string): Target | undefined {
    const owner = this.aclOwners.get(path);
    if (!owner) return undefined;
    const entry = this.entries.get(owner);
    if (!entry) return undefined;
    return entry.analyzed?.target ?? this.settingsOf(owner).target;
  }

  private recordAclOwner(uri: string, analyzed: AnalyzedDocument): void {
    if (analyzed.kind === 'acl') return;
    const config = analyzed.result.model.config;
    const value = config?.effective('aclfile')?.values[0];
    for (const [acl, owner] of this.aclOwners) if (owner === uri) this.aclOwners.delete(acl);
    if (!value || !isAbsolutePath(analyzed.file)) return;
    const here = dirname(analyzed.file);
    const dir = config?.effective('dir')?.values[0];
    const base = dir ? resolvePath(here, dir) : here;
    const aclPath = resolvePath(base, value);
    this.aclOwners.set(aclPath, uri);
    // The ACL file, if open, may now have another target.
    const aclUri = this.byPath.get(aclPath);
    const aclEntry = aclUri ? this.entries.get(aclUri) : undefined;
    if (aclEntry?.analyzed && aclEntry.analyzed.target.dataId !== analyzed.target.dataId) aclEntry.analyzed = undefined;
  }

  /** The URI of the conf whose `aclfile` names this ACL document, if open. */
  aclOwner(uri: string): string | undefined {
    const entry = this.entries.get(uri);
    return entry ? this.aclOwners.get(entry.path) : undefined;
  }

  /** Disk access with open documents overlaid, recording every path looked at. */
  private trackingFiles(reads: Set<string>, self: string): FileAccess {
    const open = (path: string): Entry | undefined => {
      const uri = this.byPath.get(path);
      return uri ? this.entries.get(uri) : undefined;
    };
    const disk = this.disk;
    return {
      read(path): ReadResult {
        if (path !== self) reads.add(path);
        const entry = open(path);
        return entry ? { text: entry.doc.text } : disk.read(path);
      },
      stat(path) {
        if (path !== self) reads.add(path);
        return open(path) ? 'file' : disk.stat(path);
      },
      glob(pattern) {
        return disk.glob(pattern);
      },
      ...(disk.realpath ? { realpath: (path: string) => disk.realpath!(path) } : {}),
    };
  }
}
