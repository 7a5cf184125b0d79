import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/* eslint-disable @typescript-eslint/no-explicit-any -- walks untyped SARIF and Code Quality documents */
import '../support/knowledge.js';
import { escapeData, escapeProperty } from '../../server/src/cli/format/github.js';
import { lint } from '../../server/src/linter/index.js';
import { secretValues } from '../../server/src/linter/redact.js';
import { parseTarget } from '../../server/src/model/index.js';
import { detectKind } from '../../server/src/cli/discover.js';
import { corpusAvailable, CORPUS, onlyRules, run, tempTree } from './helpers.js';
import { expectGithubReadySarif, sarifSchemaErrors } from './sarif-check.js';

const OVERRIDDEN = 'requirepass hunter2hunter2\nport 1\nport 2\n';

describe('sarif', () => {
  it('is valid SARIF 2.1.0 with what GitHub code scanning needs', async () => {
    const cwd = tempTree({ '.redis-lint.json': onlyRules(['overridden-setting']), 'conf/redis.conf': OVERRIDDEN, 'conf/a b#c.conf': 'port 1\nport 2\n' });
    const r = await run(['-f', 'sarif', 'conf'], { cwd });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expectGithubReadySarif(log);
    const [run0] = log.runs;
    expect(run0.columnKind).toBe('utf16CodeUnits');
    expect(run0.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${cwd}/`);
    expect(run0.results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri)).toEqual(['conf/a%20b%23c.conf', 'conf/redis.conf']);
    expect(run0.results[1].locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 1, endLine: 2, endColumn: 7 });
    expect(r.stdout).not.toContain('hunter2');
  });

  it('gives fingerprints that survive moved lines', async () => {
    const cwd = tempTree({ '.redis-lint.json': onlyRules(['overridden-setting']), 'redis.conf': 'port 1\nport 2\nport 3\n' });
    const prints = async () => JSON.parse((await run(['-f', 'sarif', 'redis.conf'], { cwd })).stdout).runs[0].results.map((x: any) => x.partialFingerprints['redisLint/v1']);
    const before = await prints();
    expect(before).toHaveLength(2);
    expect(await prints()).toEqual(before);
    tempTree(); // (unrelated folder: nothing shared)
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(cwd, 'redis.conf'), '# header\n\nport 1\nport 2\nport 3\n');
    expect(await prints()).toEqual(before);
  });

  it('marks security rules with security-severity', async () => {
    const cwd = tempTree({ 'redis.conf': 'port 1\n' });
    const log = JSON.parse((await run(['-f', 'sarif', 'redis.conf'], { cwd })).stdout);
    const security = log.runs[0].tool.driver.rules.filter((r: any) => r.properties.tags.includes('security'));
    expect(security.length).toBeGreaterThan(0);
    for (const rule of security) expect(rule.properties['security-severity']).toMatch(/^\d+\.\d$/);
  });

  it('the schema check itself rejects a broken log', () => {
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'bogus' }] }] })).not.toEqual([]);
  });

  describe('every corpus file', () => {
    const available = corpusAvailable();
    const files = available ? ['conf', 'sentinel', 'acl', 'hardened'].flatMap((dir) => readdirSync(join(CORPUS, dir)).filter((f) => !f.endsWith('.md')).map((f) => `${dir}/${f}`)) : [];
    it.skipIf(!available)('found the corpus', () => expect(files.length).toBeGreaterThan(90));
    it.skipIf(!available).each(files)('%s', async (file) => {
      const r = await run(['-f', 'sarif', '--severity', 'info', file], { cwd: CORPUS });
      expect(r.stderr).toBe('');
      const log = JSON.parse(r.stdout);
      expectGithubReadySarif(log);
      // No secret of the file appears in any result.
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const parsed = parseTarget('7.4');
      if (!parsed.ok) throw new Error(parsed.message);
      const model = lint({ text, file: join(CORPUS, file), kind: detectKind(file, text), target: parsed.target }).model;
      // (Rule ids are left out: a password like `password` is also a word of some ids.)
      const results = JSON.stringify(log.runs[0].results.map((x: any) => [x.message, x.locations, x.suppressions]));
      for (const secret of secretValues(model)) expect(results.includes(secret), `secret from ${file}`).toBe(false);
    });
  });
});

describe('github', () => {
  it('escapes data and properties as the workflow-command toolkit does', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('prints one annotation per finding', async () => {
    const cwd = tempTree({ '.redis-lint.json': onlyRules(['overridden-setting', 'unknown-directive']), 'dir,x/redis.conf': 'port 1\nport 2\nno-such 1\n' });
    const r = await run(['-f', 'github', 'dir,x/redis.conf'], { cwd });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::warning file=dir%2Cx\/redis\.conf,line=1,col=1,endLine=1,endColumn=7,title=overridden-setting::port is set again at line 2/);
    expect(lines[1]).toMatch(/^::error file=dir%2Cx\/redis\.conf,line=3,col=1,endLine=3,endColumn=8,title=unknown-directive::.*\(fatal: Redis refuses to start with this file\)$/);
  });
});

describe('gitlab', () => {
  it('writes a Code Quality report', async () => {
    const cwd = tempTree({ '.redis-lint.json': onlyRules(['overridden-setting', 'unknown-directive']), 'redis.conf': 'port 1\nport 1\nport 2\nno-such 1\n' });
    const r = await run(['-f', 'gitlab', 'redis.conf'], { cwd });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toHaveLength(3);
    for (const issue of report) {
      expect(issue).toEqual({
        type: 'issue',
        check_name: expect.any(String),
        description: expect.any(String),
        categories: [expect.any(String)],
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/),
        location: { path: 'redis.conf', lines: { begin: expect.any(Number), end: expect.any(Number) } },
      });
    }
    expect(new Set(report.map((i: any) => i.fingerprint)).size).toBe(3); // identical lines still differ
    expect(report.map((i: any) => `${i.location.lines.begin}:${i.check_name}:${i.severity}`)).toEqual(['1:overridden-setting:minor', '2:overridden-setting:minor', '4:unknown-directive:blocker']);
  });
});

const xmllint = spawnSync('xmllint', ['--version']).status === 0;
function wellFormed(xml: string): string {
  return execFileSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

describe.each(['checkstyle', 'junit'])('%s', (format) => {
  const nasty = 'port 1\nport 2\n"unterminated <&\'>\u0001 1\n';
  it('is well-formed XML with everything escaped', async (ctx) => {
    if (!xmllint) {
      if (process.env.CI === 'true') throw new Error('xmllint is missing (apt-get install -y libxml2-utils)');
      ctx.skip();
    }
    const cwd = tempTree({ '.redis-lint.json': onlyRules(['overridden-setting', 'unbalanced-quotes', 'unknown-directive']), 'a&b/redis.conf': nasty, 'clean.conf': 'port 1\n' });
    const r = await run(['-f', format, 'a&b/redis.conf', 'clean.conf'], { cwd });
    expect(r.code).toBe(1);
    expect(wellFormed(r.stdout)).toBe('');
    expect(r.stdout).toContain('a&amp;b/redis.conf');
    if (format === 'junit') {
      expect(r.stdout).toMatch(/<testsuites name="redis-lint" tests="\d+" failures="\d+"/);
      expect(r.stdout).toContain('<testcase name="redis-lint" classname="clean.conf" time="0"/>');
    } else {
      expect(r.stdout).toContain('source="redis-lint.overridden-setting"');
    }
  });
});
