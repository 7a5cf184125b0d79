import { describe, expect, it } from 'vitest';
import { computeDiagnostics, DiagnosticSeverity, DiagnosticTag, ruleDocsUrl } from '../../server/src/service/index.js';
import { doc, memoryFiles } from './helpers.js';

describe('computeDiagnostics', () => {
  it('maps a finding to an exact range with the rule id, its page and severity', () => {
    const d = computeDiagnostics(doc('maxmemroy 100mb\n'));
    const unknown = d.find((x) => x.code === 'unknown-directive');
    expect(unknown).toMatchObject({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } },
      severity: DiagnosticSeverity.Error,
      source: 'redis-lint',
      codeDescription: { href: 'https://github.com/redis-lint/redis-lint/blob/main/docs/rules/unknown-directive.md' },
      data: { fatal: true },
    });
    expect(unknown!.message).toContain('maxmemory');
  });

  it('links every diagnostic to its rule page', () => {
    for (const d of computeDiagnostics(doc('maxmemroy 100mb\nport 6379\nport 6380\n'))) {
      expect(d.codeDescription.href).toBe(ruleDocsUrl(d.code));
      expect(d.codeDescription.href).toMatch(/^https:\/\/github\.com\/redis-lint\/redis-lint\/blob\/main\/docs\/rules\/[a-z0-9-]+\.md$/);
    }
  });

  it('fades overridden settings and points at the line that wins', () => {
    const d = computeDiagnostics(doc('port 6379\nport 6380\n')).find((x) => x.code === 'overridden-setting');
    expect(d).toBeDefined();
    expect(d!.tags).toEqual([DiagnosticTag.Unnecessary]);
    expect(d!.range.start.line).toBe(0);
    expect(d!.relatedInformation?.[0].location).toEqual({
      uri: 'file:///etc/redis/redis.conf',
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } },
    });
  });

  it('strikes deprecated directives through', () => {
    const d = computeDiagnostics(doc('list-max-ziplist-entries 512\n')).find((x) => x.code === 'deprecated-directive');
    expect(d?.tags).toEqual([DiagnosticTag.Deprecated]);
  });

  it('applies severity settings; fatal findings stay errors', () => {
    const text = 'maxmemroy 100mb\nport 6379\nport 6380\n';
    const d = computeDiagnostics(doc(text, { rules: { 'overridden-setting': 'info', 'unknown-directive': 'off' } }));
    expect(d.find((x) => x.code === 'overridden-setting')?.severity).toBe(DiagnosticSeverity.Information);
    expect(d.find((x) => x.code === 'unknown-directive')?.severity).toBe(DiagnosticSeverity.Error);
  });

  it('never shows a secret in a message', () => {
    const secret = 'S3cr3t-Value-Zz9';
    const text = `requirepass ${secret}\nrequirepass ${secret}x\nuser alice on >${secret} ~* +@all\nmasterauth ${secret}\n`;
    const d = computeDiagnostics(doc(text));
    expect(d.length).toBeGreaterThan(0);
    expect(JSON.stringify(d)).not.toContain(secret);
  });

  it('shows a finding in an included file on the include line, with the real place', () => {
    const files = memoryFiles({ '/etc/redis/extra.conf': '# extra\nmaxmemroy 1gb\n' });
    const d = computeDiagnostics(doc('port 6379\ninclude /etc/redis/extra.conf\n', { files }));
    const unknown = d.find((x) => x.code === 'unknown-directive');
    expect(unknown).toBeDefined();
    expect(unknown!.range).toEqual({ start: { line: 1, character: 8 }, end: { line: 1, character: 29 } });
    expect(unknown!.message).toMatch(/^extra\.conf:2: /);
    expect(unknown!.relatedInformation?.[0].location).toEqual({
      uri: 'file:///etc/redis/extra.conf',
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } },
    });
  });

  it('lints ACL files by name and sentinel files by content', () => {
    const acl = doc('user alice on nopass ~* +@all\n', { uri: 'file:///etc/redis/users.acl' });
    expect(acl.kind).toBe('acl');
    const sentinel = doc('sentinel monitor m 127.0.0.1 6379 2\n', { uri: 'file:///etc/redis/x.conf' });
    expect(sentinel.kind).toBe('sentinel');
    const byLanguage = doc('port 26379\n', { uri: 'untitled:Untitled-1', languageId: 'redis-sentinel' });
    expect(byLanguage.kind).toBe('sentinel');
    expect(byLanguage.file).toBe('untitled:Untitled-1');
  });
});
