import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA, ConfigFileError, findConfigFile, parseConfigFile, settingsFor } from '../../server/src/linter/config-file.js';
import { onlyRules, REPO, run, tempTree } from './helpers.js';

async function errorsOf(text: string): Promise<string[]> {
  try {
    await parseConfigFile(text, '/p/.redis-lint.json');
  } catch (error) {
    if (error instanceof ConfigFileError) return error.errors.map((e) => `${e.line}:${e.column}: ${e.message}`);
    throw error;
  }
  return [];
}

describe('.redis-lint.json', () => {
  it('the shipped schema file is CONFIG_SCHEMA (run `npm run schema` after changing it) and a valid draft-07 schema', () => {
    const shipped = JSON.parse(readFileSync(join(REPO, 'schema', 'redis-lint.schema.json'), 'utf8'));
    expect(shipped).toEqual(CONFIG_SCHEMA);
    const ajv = new Ajv({ strict: true });
    expect(ajv.validateSchema(shipped)).toBe(true);
    expect(() => ajv.compile(shipped)).not.toThrow();
  });

  it('accepts a full config', async () => {
    const config = {
      $schema: './node_modules/redis-lint/schema/redis-lint.schema.json',
      redisVersion: 'valkey-8.0',
      rules: { 'overridden-setting': 'off', 'unknown-directive': 'warning' },
      ignore: ['legacy/**', '*.sample.conf'],
      overrides: [{ files: ['sentinel/*.conf'], kind: 'sentinel', rules: { 'overridden-setting': 'error' } }],
      passwordPolicy: { minLength: 16, minScore: 3 },
      requireSuppressionReason: true,
    };
    expect(await parseConfigFile(JSON.stringify(config, null, 2), '/p/.redis-lint.json')).toEqual(config);
  });

  it('reports unknown keys, bad values and unknown rule ids with their line:column', async () => {
    const text = [
      '{',
      '  "rulez": {},',
      '  "redisVersion": 7,',
      '  "rules": {',
      '    "overriden-setting": "off",',
      '    "unknown-directive": "loud"',
      '  },',
      '  "overrides": [{ "kind": "yaml" }],',
      '  "passwordPolicy": { "minLength": 0, "entropy": 3 }',
      '}',
    ].join('\n');
    expect(await errorsOf(text)).toEqual([
      "2:3: unknown key 'rulez' in the file; did you mean 'rules'? (allowed: $schema, redisVersion, rules, ignore, overrides, passwordPolicy, requireSuppressionReason)",
      '3:19: redisVersion must be a string (got number)',
      '6:26: rules.unknown-directive must be one of "off", "info", "warning", "error" (got "loud")',
      "8:17: overrides[0] needs 'files'",
      '8:27: overrides[0].kind must be one of "conf", "sentinel", "acl" (got "yaml")',
      '9:36: passwordPolicy.minLength must be >= 1',
      "9:39: unknown key 'entropy' in passwordPolicy (allowed: minLength, minScore)",
    ]);
    // Rule ids are checked once the shape is right.
    expect(await errorsOf('{\n  "rules": { "overriden-setting": "off" }\n}')).toEqual([
      "2:14: unknown rule id 'overriden-setting'; did you mean 'overridden-setting'? (`redis-lint rules` lists them)",
    ]);
    expect(await errorsOf('{ "redisVersion": "5.0" }')).toEqual([expect.stringMatching(/^1:19: redisVersion: /)]);
    expect(await errorsOf('{ "ignore": ["/etc/redis/*.conf"] }')).toEqual([expect.stringContaining("'/etc/redis/*.conf' is absolute")]);
  });

  it('reports invalid JSON with its position (no comments, no trailing commas)', async () => {
    expect(await errorsOf('{\n  "rules": {},\n}')).toEqual(['3:1: invalid JSON: property name expected']);
    expect(await errorsOf('// hi\n{}')).toEqual(['1:1: invalid JSON: invalid comment token']);
    expect(await errorsOf('')).toEqual(['1:1: invalid JSON: value expected']);
  });

  it('is found upward from the file, stopping at a folder with .git', () => {
    const root = tempTree({ '.redis-lint.json': '{}', 'repo/.git/HEAD': '', 'repo/a/b/redis.conf': '', 'other/a/redis.conf': '' });
    const fs = { readText: () => undefined, exists: (p: string) => { try { readFileSync(p); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EISDIR'; } } };
    expect(findConfigFile(join(root, 'repo/a/b'), fs)).toBeUndefined();
    expect(findConfigFile(join(root, 'other/a'), fs)).toBe(join(root, '.redis-lint.json'));
  });

  it('applies ignore globs and overrides relative to its folder', () => {
    const loaded = {
      path: '/p/.redis-lint.json',
      dir: '/p',
      config: {
        redisVersion: '7.0',
        rules: { a: 'off' as const, b: 'error' as const },
        ignore: ['legacy', 'tmp/*.conf', '*.sample.conf'],
        overrides: [
          { files: ['sentinel/**'], kind: 'sentinel' as const, rules: { b: 'warning' as const } },
          { files: ['sentinel/prod.conf'], redisVersion: '7.4' },
        ],
      },
    };
    expect(settingsFor(loaded, '/p/legacy/redis.conf').ignored).toBe(true);
    expect(settingsFor(loaded, '/p/x/legacy/redis.conf').ignored).toBe(true);
    expect(settingsFor(loaded, '/p/tmp/a.conf').ignored).toBe(true);
    expect(settingsFor(loaded, '/p/tmp/sub/a.conf').ignored).toBe(false);
    expect(settingsFor(loaded, '/p/deep/x.sample.conf').ignored).toBe(true);
    expect(settingsFor(loaded, '/p/redis.conf')).toEqual({ ignored: false, redisVersion: '7.0', lintOptions: { rules: { a: 'off', b: 'error' } } });
    expect(settingsFor(loaded, '/p/sentinel/prod.conf')).toEqual({ ignored: false, redisVersion: '7.4', kind: 'sentinel', lintOptions: { rules: { a: 'off', b: 'warning' } } });
  });
});

describe('config files in the CLI', () => {
  it('an invalid config file is exit 2 with positions', async () => {
    const cwd = tempTree({ '.redis-lint.json': '{\n  "rulez": {}\n}\n', 'redis.conf': 'port 1\n' });
    const r = await run(['redis.conf'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(".redis-lint.json:2:3: unknown key 'rulez' in the file; did you mean 'rules'? (allowed: $schema, redisVersion, rules, ignore, overrides, passwordPolicy, requireSuppressionReason)\nredis-lint: invalid config file\n");
  });

  it('uses the nearest config file per linted file, and --config for all', async () => {
    const cwd = tempTree({
      '.redis-lint.json': onlyRules(['overridden-setting']),
      'quiet/.redis-lint.json': onlyRules([]),
      'loud.conf': 'port 1\nport 2\n',
      'quiet/redis.conf': 'port 1\nport 2\n',
    });
    const both = await run(['-f', 'json', 'loud.conf', 'quiet/redis.conf'], { cwd });
    expect(JSON.parse(both.stdout).map((f: { messages: unknown[] }) => f.messages.length)).toEqual([1, 0]);
    const forced = await run(['-f', 'json', '--config', '.redis-lint.json', 'loud.conf', 'quiet/redis.conf'], { cwd });
    expect(JSON.parse(forced.stdout).map((f: { messages: unknown[] }) => f.messages.length)).toEqual([1, 1]);
    expect((await run(['--config', 'nope.json', 'loud.conf'], { cwd })).code).toBe(2);
  });

  it('skips ignored files, even when named on the command line (pre-commit passes names)', async () => {
    const cwd = tempTree({ '.redis-lint.json': JSON.stringify({ ignore: ['vendor/**'] }), 'vendor/redis.conf': 'no-such-directive 1\n' });
    expect(await run(['vendor/redis.conf'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await run(['.'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('kind and version overrides apply, and --redis-version wins over the file', async () => {
    const cwd = tempTree({
      '.redis-lint.json': JSON.stringify({ redisVersion: '6.0', overrides: [{ files: ['users.txt'], kind: 'acl' }] }),
      'redis.conf': 'port 1\n',
      'users.txt': 'user alice on >secret123456789 ~* +@all\n',
    });
    const sarif = JSON.parse((await run(['-f', 'json', 'redis.conf'], { cwd })).stdout);
    expect(sarif).toHaveLength(1);
    const text = await run(['--format', 'text', 'redis.conf', '--redis-version', '7.4'], { cwd });
    expect(text.code).toBeLessThan(2);
  });
});
