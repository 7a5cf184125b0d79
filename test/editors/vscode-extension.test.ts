// The VS Code extension: manifest, language configuration, and the .vsix that `npm run vsix`
// builds offline (thin client + bundled server + knowledge data), whose server runs from its
// own folder.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LspClient, REPO } from '../lsp/client.js';

const EXT = join(REPO, 'client-vscode');

/** Names in a zip file, from its central directory (no unzip needed). */
function zipEntries(zip: Buffer): string[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}
const manifest = JSON.parse(readFileSync(join(EXT, 'package.json'), 'utf8'));

describe('VS Code extension manifest', () => {
  it('is fit for the Marketplace and Open VSX', () => {
    expect(manifest).toMatchObject({
      name: 'redis-lint',
      publisher: expect.any(String),
      license: 'MIT',
      repository: { type: 'git', url: expect.stringMatching(/^https:\/\//) },
      engines: { vscode: '^1.91.0' },
      main: './dist/extension.js',
    });
    expect(existsSync(join(EXT, manifest.icon))).toBe(true);
    expect(existsSync(join(EXT, 'README.md'))).toBe(true);
    expect(existsSync(join(EXT, 'LICENSE'))).toBe(true);
    expect(manifest.activationEvents).toEqual(['onLanguage:redis-conf', 'onLanguage:redis-sentinel', 'onLanguage:redis-acl']);
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('contributes the three languages, their grammars and configuration', () => {
    const languages = Object.fromEntries(manifest.contributes.languages.map((l: { id: string }) => [l.id, l]));
    expect(languages['redis-conf'].filenames).toEqual(['redis.conf', 'valkey.conf']);
    expect(languages['redis-conf'].filenamePatterns).toEqual(expect.arrayContaining(['*.redis.conf', 'redis-*.conf']));
    expect(new RegExp(languages['redis-conf'].firstLine).test('# Redis configuration file example.')).toBe(true);
    expect(languages['redis-sentinel'].filenames).toEqual(['sentinel.conf']);
    expect(languages['redis-acl'].extensions).toEqual(['.acl']);
    expect(languages['redis-acl'].filenames).toEqual(['users.acl']);
    for (const grammar of manifest.contributes.grammars) expect(existsSync(join(EXT, grammar.path)), grammar.path).toBe(true);
    const conf = JSON.parse(readFileSync(join(EXT, languages['redis-conf'].configuration), 'utf8'));
    const acl = JSON.parse(readFileSync(join(EXT, languages['redis-acl'].configuration), 'utf8'));
    expect(conf.comments).toEqual({ lineComment: '#' });
    expect(acl.comments).toEqual({}); // Redis rejects comments in ACL files
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(
      expect.arrayContaining(['redisLint.redisVersion', 'redisLint.rules', 'redisLint.trace.server']),
    );
  });
});

describe('npm run vsix', () => {
  it('packages the extension offline with the server inside, and that server runs', async () => {
    const out = mkdtempSync(join(tmpdir(), 'redis-lint-vsix-'));
    try {
      execFileSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', EXT], { cwd: REPO, stdio: 'pipe' });
      const vsix = join(out, 'redis-lint.vsix');
      const run = spawnSync(process.execPath, [join(REPO, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix], {
        cwd: EXT,
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
      const listing = zipEntries(readFileSync(vsix));
      expect(listing).toEqual(
        expect.arrayContaining([
          'extension/package.json',
          'extension/dist/extension.js',
          'extension/dist/server.cjs',
          'extension/dist/knowledge/directives-redis-7.4.json',
          'extension/syntaxes/redis-conf.tmLanguage.json',
          'extension/language-configuration.json',
          'extension/readme.md',
        ]),
      );
      expect(listing.some((f) => f.startsWith('extension/src/') || f.includes('node_modules'))).toBe(false);

      // The bundled server finds its data next to itself, from any working directory.
      const client = new LspClient({ server: join(EXT, 'dist', 'server.cjs'), cwd: out });
      try {
        await client.initialize({});
        client.open('file:///tmp/vsix/redis.conf', 'maxmemroy 1\n');
        const published = await client.waitForDiagnostics('file:///tmp/vsix/redis.conf', 1);
        expect(published.diagnostics[0]).toMatchObject({ code: 'unknown-directive', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } } });
        expect(await client.shutdown()).toBe(0);
      } finally {
        client.kill();
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
