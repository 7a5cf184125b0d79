// The linter in the page: the same service/linter code as the CLI and the language server,
// with the knowledge data fetched (same origin, relative URLs) for the selected target only and
// served to the engine from memory. The text never leaves the page.

import {
  analyzeDocument,
  computeDiagnostics,
  type AnalyzedDocument,
  type Diagnostic,
  type ModelKind,
  type Target,
} from '../../server/src/service/index.js';
import { setKnowledgeSource } from '../../server/src/knowledge/loader.js';
import { holdsPassword, registerZxcvbn } from '../../server/src/linter/index.js';
import { DEFAULT_TARGET, KNOWN_TARGETS, parseTarget, type DataId, type KnownTarget } from '../../server/src/knowledge/targets.js';

export type { ModelKind, AnalyzedDocument, Diagnostic, DataId, KnownTarget };
export { KNOWN_TARGETS };

export const KINDS: readonly ModelKind[] = ['conf', 'sentinel', 'acl'];
export const DEFAULT_TARGET_ID: DataId = DEFAULT_TARGET.dataId;

/** What a target's linting may read: directives, ACL commands, sentinel sub-directives. */
export function knowledgeFiles(id: DataId): string[] {
  return [`directives-${id}`, `acl-${id}`, `sentinel-${id}`];
}

/** Where the data files are, relative to the page. */
const KNOWLEDGE_BASE = 'knowledge/';

const loaded = new Map<string, unknown>();
const pending = new Map<string, Promise<void>>();
/** Names the engine asked for before they were fetched (fetched, then the lint is redone). */
const missing = new Set<string>();

setKnowledgeSource((name) => {
  if (loaded.has(name)) return loaded.get(name);
  missing.add(name);
  return undefined;
});

function fetchKnowledge(name: string): Promise<void> {
  if (loaded.has(name)) return Promise.resolve();
  let job = pending.get(name);
  if (!job) {
    job = (async () => {
      const response = await fetch(`${KNOWLEDGE_BASE}${encodeURIComponent(name)}.json`, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`cannot load ${name}.json (HTTP ${response.status})`);
      loaded.set(name, await response.json());
    })().finally(() => pending.delete(name));
    pending.set(name, job);
  }
  return job;
}

export function isKnownTarget(id: string): id is DataId {
  return KNOWN_TARGETS.some((t) => t.id === id);
}

/** The target the CLI's `--redis-version <id>` would lint with. */
export function targetOf(id: DataId): Target {
  const parsed = parseTarget(id);
  return parsed.ok ? parsed.target : DEFAULT_TARGET;
}

export function targetLabel(t: KnownTarget): string {
  const product = t.product === 'redis' ? 'Redis' : 'Valkey';
  return `${product} ${t.line} (${t.dataVersion}${t.prerelease ? ', pre-release' : ''})`;
}

/** Fetches the target's data files (once each). */
export async function ensureTarget(id: DataId): Promise<void> {
  await Promise.all(knowledgeFiles(id).map(fetchKnowledge));
}

export function targetReady(id: DataId): boolean {
  return knowledgeFiles(id).every((name) => loaded.has(name));
}

/** The file name the document is linted under (shown in no message; it decides nothing else). */
export function fileNameFor(kind: ModelKind): string {
  return kind === 'acl' ? 'users.acl' : kind === 'sentinel' ? 'sentinel.conf' : 'redis.conf';
}

let last: { text: string; kind: ModelKind; target: DataId; doc: AnalyzedDocument } | undefined;

/** Synchronous: the target's data must be loaded (see ensureTarget). Cached for the last text. */
export function analyzeNow(text: string, kind: ModelKind, target: DataId): AnalyzedDocument {
  if (last && last.text === text && last.kind === kind && last.target === target) return last.doc;
  missing.clear();
  const doc = analyzeDocument({ uri: fileNameFor(kind), text, kind, target: targetOf(target) });
  last = { text, kind, target, doc };
  return doc;
}

/** zxcvbn-ts: undefined = not tried yet; a promise while loading; then whether it is in place. */
let estimator: Promise<boolean> | undefined;

/** Loads the password estimator (once); resolves false when its chunk cannot be loaded. */
export function loadPasswordEstimator(): Promise<boolean> {
  estimator ??= import('./zxcvbn.js').then(
    (m) => registerZxcvbn(m.core, m.common, m.english),
    () => {
      estimator = undefined;
      return false;
    },
  );
  return estimator;
}

let estimatorLoaded = false;

/** Loads what is needed, then analyses; a data file the engine asks for unexpectedly is fetched and the analysis redone. */
export async function analyzeText(text: string, kind: ModelKind, target: DataId): Promise<AnalyzedDocument> {
  await ensureTarget(target);
  for (let round = 0; ; round++) {
    try {
      const doc = analyzeNow(text, kind, target);
      // As the CLI: the zxcvbn estimator judges passwords once a file holds one.
      if (!estimatorLoaded && holdsPassword(doc.result.model)) {
        estimatorLoaded = await loadPasswordEstimator();
        if (estimatorLoaded) {
          last = undefined;
          return analyzeNow(text, kind, target);
        }
      }
      return doc;
    } catch (error) {
      const wanted = [...missing];
      missing.clear();
      if (wanted.length === 0 || round >= 3) throw error;
      await Promise.all(wanted.map(fetchKnowledge));
    }
  }
}

/** A finding as the CLI's JSON shows it (1-based lines and columns, UTF-16 columns). */
export interface PlainFinding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly fatal: boolean;
}

const SEVERITY_NAME = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' } as const;

export function plainFindings(diagnostics: readonly Diagnostic[]): PlainFinding[] {
  return diagnostics.map((d) => ({
    ruleId: d.code,
    severity: SEVERITY_NAME[d.severity],
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    message: d.message,
    fatal: d.data?.fatal ?? false,
  }));
}

/** The findings the page shows for `text` (the test hook and the findings list use this). */
export async function lintText(text: string, kind: ModelKind, target: DataId): Promise<{ doc: AnalyzedDocument; diagnostics: Diagnostic[] }> {
  const doc = await analyzeText(text, kind, target);
  return { doc, diagnostics: computeDiagnostics(doc) };
}
