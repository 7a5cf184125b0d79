import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../server/src/cli/help.js';
import { allRules } from '../../server/src/cli/rule-catalog.js';
import { REPO, run, tempTree } from './helpers.js';

/** The option flags in a block of text (`--format`, `-f`…). */
function flags(text: string): string[] {
  return [...new Set(text.match(/(?<![\w-])--?[a-z][a-z-]*/g) ?? [])].sort();
}

describe('--help and docs/cli.md', () => {
  const help = HELP.slice(HELP.indexOf('Options:'), HELP.indexOf('Exit codes:'));
  const doc = readFileSync(join(REPO, 'docs', 'cli.md'), 'utf8');
  const docOptions = doc.slice(doc.indexOf('## Options'), doc.indexOf('\n## ', doc.indexOf('## Options') + 1));

  it('list the same options', () => {
    expect(flags(docOptions)).toEqual(flags(help));
    expect(flags(help).length).toBeGreaterThan(20);
  });

  it('the parser accepts every documented long option (and nothing undocumented)', async () => {
    const cwd = tempTree({ 'redis.conf': 'port 6379\n' });
    const values: Record<string, string[]> = {
      '--format': ['--format', 'json'], '--kind': ['--kind', 'conf'], '--redis-version': ['--redis-version', '7.0'],
      '--config': ['--config', 'c.json'], '--root': ['--root', '.'], '--severity': ['--severity', 'error'],
      '--max-warnings': ['--max-warnings', '3'], '--baseline': ['--baseline', 'b.json'], '--write-baseline': ['--write-baseline', 'w.json'],
      '--stdin-filename': ['--stdin', '--stdin-filename', 'x.conf'], '--jobs': ['--jobs', '2'],
    };
    for (const flag of flags(help).filter((f) => f.startsWith('--') && !['--help', '--version', '--stdin', '--fix-dry-run'].includes(f))) {
      const argv = [...(values[flag] ?? [flag]), ...(flag === '--stdin-filename' ? [] : ['redis.conf'])];
      const r = await run(argv, { cwd });
      expect(r.stderr, flag).not.toMatch(/Unknown option|unexpected argument/i);
    }
    const unknown = await run(['--frobnicate', 'redis.conf'], { cwd });
    expect(unknown.code).toBe(2);
  });

  it('document every exit code and format', () => {
    for (const code of ['`0`', '`1`', '`2`']) expect(doc).toContain(`| ${code} |`);
    for (const format of ['text', 'json', 'sarif', 'github', 'gitlab', 'checkstyle', 'junit']) expect(doc).toContain(`| \`${format}\` |`);
  });
});

describe('redis-lint rules / explain', () => {
  it('lists every rule as a table and as JSON', async () => {
    const cwd = tempTree();
    const table = await run(['rules'], { cwd });
    expect(table.code).toBe(0);
    for (const rule of allRules()) expect(table.stdout).toContain(rule.id);
    expect(table.stdout).toMatch(/^ID\s+CATEGORY\s+SEVERITY\s+FIX\s+KINDS\s+DESCRIPTION\n/);
    const json = JSON.parse((await run(['rules', '--format', 'json'], { cwd })).stdout);
    expect(json.map((r: { id: string }) => r.id)).toEqual(allRules().map((r) => r.id));
    expect(json.find((r: { id: string }) => r.id === 'unused-suppression')).toMatchObject({ category: 'style', severity: 'warning', fixable: false, docs: 'https://github.com/redis-lint/redis-lint/blob/main/docs/rules/unused-suppression.md' });
    expect((await run(['rules', 'extra'], { cwd })).code).toBe(2);
  });

  it('explains a rule with its documentation page', async () => {
    const cwd = tempTree();
    const r = await run(['explain', 'unused-suppression'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(REPO, 'docs', 'rules', 'unused-suppression.md'), 'utf8'));
    const unknown = await run(['explain', 'unused-supression'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown rule 'unused-supression'");
    expect((await run(['explain'], { cwd })).code).toBe(2);
  });
});
