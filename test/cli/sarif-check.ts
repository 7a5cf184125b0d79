// SARIF 2.1.0 validation (the official schema shipped by @microsoft/jest-sarif) plus what GitHub
// code scanning needs beyond the schema.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
let validate: ReturnType<Ajv['compile']> | undefined;

export function sarifSchemaErrors(log: unknown): string[] {
  if (!validate) {
    const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  }
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

interface SarifRule {
  id: string;
  shortDescription?: { text?: string };
  fullDescription?: { text?: string };
  helpUri?: string;
  help?: { text?: string };
  properties?: { tags?: string[]; 'security-severity'?: string };
}

/** Throws (via expect) when the log is not valid SARIF or misses something GitHub needs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walks an untyped SARIF document
export function expectGithubReadySarif(log: any): void {
  expect(sarifSchemaErrors(log)).toEqual([]);
  expect(log.version).toBe('2.1.0');
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0];
  expect(run.tool.driver.name).toBe('redis-lint');
  const rules: SarifRule[] = run.tool.driver.rules;
  expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  for (const rule of rules) {
    expect(rule.shortDescription?.text, rule.id).toBeTruthy();
    expect(rule.fullDescription?.text, rule.id).toBeTruthy();
    expect(rule.help?.text, rule.id).toBeTruthy();
    expect(rule.helpUri).toBe(`https://github.com/redis-lint/redis-lint/blob/main/docs/rules/${rule.id}.md`);
    if (rule.properties?.tags?.includes('security')) {
      const score = Number(rule.properties['security-severity']);
      expect(score, rule.id).toBeGreaterThan(0);
      expect(score, rule.id).toBeLessThanOrEqual(10);
    } else {
      expect(rule.properties?.['security-severity'], rule.id).toBeUndefined();
    }
  }
  const base = run.originalUriBaseIds?.['%SRCROOT%']?.uri as string;
  expect(base).toMatch(/^file:\/\/\/.*\/$/);
  const prints = new Set<string>();
  for (const result of run.results) {
    expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(['error', 'warning', 'note']).toContain(result.level);
    expect(result.message.text).toBeTruthy();
    const location = result.locations[0].physicalLocation;
    const uri: string = location.artifactLocation.uri;
    if (location.artifactLocation.uriBaseId !== undefined) {
      expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(uri).not.toMatch(/^[a-z]+:|^\//);
    } else {
      expect(uri).toMatch(/^file:\/\//);
    }
    const region = location.region;
    expect(region.startLine).toBeGreaterThanOrEqual(1);
    expect(region.startColumn).toBeGreaterThanOrEqual(1);
    expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
    if (region.endLine === region.startLine) expect(region.endColumn).toBeGreaterThanOrEqual(region.startColumn);
    const fingerprint = Object.values(result.partialFingerprints ?? {}) as string[];
    expect(fingerprint.length).toBeGreaterThan(0);
    expect(prints.has(fingerprint[0])).toBe(false);
    prints.add(fingerprint[0]);
  }
}
