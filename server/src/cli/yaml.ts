// Linting a YAML file: every config embedded in it (model/embedded/manifest.ts) is linted on
// its own and its findings are mapped back onto the YAML lines; the file gets one report.

import { lintModel, type LintOptions, type LintResult } from '../linter/index.js';
import { Remapper, type FileView } from '../linter/mapped.js';
import { extractEmbedded, type EmbeddedUnit } from '../model/embedded/manifest.js';
import { composeMaps } from '../model/embedded/source-map.js';
import { analyze, LineIndex, type FileAccess, type LintModel, type Span, type Target } from '../model/index.js';
import { renderTemplate } from '../model/template/render.js';
import type { FileReport, ReportedFinding } from './format/types.js';
import type { Defines } from './overrides.js';

/** `*.yaml` / `*.yml`: configs embedded in YAML (DESIGN.md kind detection). */
export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export interface EmbeddedInput {
  readonly path: string;
  readonly text: string;
  readonly target: Target;
  readonly files: FileAccess;
  readonly root?: string;
  readonly yamlKeys?: readonly string[];
  readonly defines?: Defines;
  readonly lintOptions: LintOptions;
  readonly prepare?: (model: LintModel) => void;
}

export interface EmbeddedResult {
  readonly unit: EmbeddedUnit;
  /** Mapped onto the YAML file. */
  readonly result: LintResult;
  /** The same before mapping (the model's own files and offsets). */
  readonly inner: LintResult;
  readonly remapper: Remapper;
}

/** Lints every embedded config of a YAML file; an error message when it is not YAML we can read. */
export function lintEmbedded(input: EmbeddedInput): { results: EmbeddedResult[] } | { error: string } {
  const extracted = extractEmbedded(input.text, { path: input.path, ...(input.yamlKeys ? { yamlKeys: input.yamlKeys } : {}), files: input.files });
  if (extracted.units.length === 0 && extracted.errors.length > 0) {
    const lines = new LineIndex(input.text);
    const first = extracted.errors[0];
    const at = lines.position(first.span.start);
    return { error: `${input.path}:${at.line + 1}:${at.character + 1}: not valid YAML: ${first.message}` };
  }
  const defines = new Map(input.defines ?? []);
  const linted: Array<{ unit: EmbeddedUnit; inner: LintResult; remapper: Remapper }> = [];
  for (const unit of extracted.units) {
    let text = unit.text;
    let map = unit.map;
    if (defines.size > 0 && map) {
      const rendered = renderTemplate(unit.text, defines);
      if (rendered.used.size > 0) {
        text = rendered.text;
        map = composeMaps(rendered.map, map);
      }
    }
    const views: FileView[] = [];
    if (map) views.push({ derivedFile: unit.file, displayFile: input.path, displayText: input.text, map });
    if (unit.commandLine) views.push({ derivedFile: unit.commandLine.file, displayFile: input.path, displayText: input.text, map: unit.commandLine.map });
    const model = analyze({
      text, file: unit.file, kind: unit.kind, target: input.target, files: input.files,
      ...(input.root ? { root: input.root } : {}),
      ...(unit.commandLine ? { commandLine: { file: unit.commandLine.file, text: unit.commandLine.text } } : {}),
      ...(unit.deployment ? { deployment: unit.deployment } : {}),
    });
    input.prepare?.(model);
    const inner = lintModel(model, input.lintOptions);
    linted.push({ unit, inner, remapper: new Remapper(views, new Map([[input.path, input.text]])) });
  }
  // Every unit's secrets are masked in every frame of the file.
  const secrets = new Map<string, Span[]>();
  for (const { inner, remapper } of linted) {
    for (const [file, spans] of remapper.secrets(inner.model)) secrets.set(file, [...(secrets.get(file) ?? []), ...spans]);
  }
  return {
    results: linted.map(({ unit, inner, remapper }) => ({ unit, inner, remapper, result: remapper.result(inner, secrets) })),
  };
}

/** One report for the YAML file from its units' reports (`toReport` of each). */
export function mergeReports(path: string, target: string, reports: readonly FileReport[]): FileReport {
  const findings: ReportedFinding[] = [];
  const suppressed: ReportedFinding[] = [];
  for (const report of reports) {
    findings.push(...report.findings);
    suppressed.push(...report.suppressed);
  }
  const order = (a: ReportedFinding, b: ReportedFinding) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1);
  findings.sort(order);
  suppressed.sort(order);
  const refused = reports.find((r) => !r.verdict.accepted);
  return {
    path,
    kind: reports[0]?.kind ?? 'conf',
    target,
    findings,
    suppressed,
    verdict: refused ? refused.verdict : { accepted: true, reason: '' },
  };
}
