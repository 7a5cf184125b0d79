import { describe, expect, it } from 'vitest';
import { CodeActionKind, computeCodeActions, computeDiagnostics, FIX_ALL_TITLE, type TextEdit } from '../../server/src/service/index.js';
import { applyEdits } from '../lsp/client.js';
import { doc } from './helpers.js';

const whole = (text: string) => ({ start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } });

describe('computeCodeActions', () => {
  it("offers each finding's fix as a preferred quick fix that removes the finding", () => {
    const text = 'port 6379\nport 6380\n';
    const d = doc(text);
    const actions = computeCodeActions(d, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } });
    const fix = actions.find((a) => a.kind === CodeActionKind.QuickFix && a.isPreferred);
    expect(fix).toBeDefined();
    expect(fix!.diagnostics?.[0].code).toBe('overridden-setting');
    const fixed = applyEdits(text, fix!.edit.changes[d.uri] as TextEdit[]);
    expect(fixed).toBe('port 6380\n');
    expect(computeDiagnostics(doc(fixed)).some((x) => x.code === 'overridden-setting')).toBe(false);
  });

  it('disables a rule for the next line, indented, keeping CRLF line endings', () => {
    const text = 'bind 127.0.0.1\r\n  port 6379\r\nport 6380\r\n';
    const d = doc(text);
    const actions = computeCodeActions(d, { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } });
    const disable = actions.find((a) => a.title === 'Disable overridden-setting for this line');
    expect(disable).toBeDefined();
    const out = applyEdits(text, disable!.edit.changes[d.uri] as TextEdit[]);
    expect(out).toBe('bind 127.0.0.1\r\n  # redis-lint-disable-next-line overridden-setting -- reason\r\n  port 6379\r\nport 6380\r\n');
  });

  it('disables a rule for the whole file with a comment on top', () => {
    const text = 'port 6379\nport 6380\n';
    const d = doc(text);
    const actions = computeCodeActions(d, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const disable = actions.find((a) => a.title === 'Disable overridden-setting for this file');
    const out = applyEdits(text, disable!.edit.changes[d.uri] as TextEdit[]);
    expect(out).toBe('# redis-lint-disable overridden-setting -- reason\nport 6379\nport 6380\n');
  });

  it('offers no disable comments in ACL files (Redis rejects comments there)', () => {
    const text = 'user alice on nopass ~* +@all\nuser alice on nopass ~* +@all\n';
    const d = doc(text, { uri: 'file:///etc/redis/users.acl' });
    const actions = computeCodeActions(d, whole(text));
    expect(actions.some((a) => a.title.startsWith('Disable'))).toBe(false);
  });

  it('fixes everything fixable with one source action', () => {
    const text = 'port 6379\nport 6380\nport 6381\ntimeout 0\ntimeout 10\n';
    const d = doc(text);
    const all = computeCodeActions(d, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { only: ['source.fixAll'] });
    expect(all).toHaveLength(1);
    expect(all[0].title).toBe(FIX_ALL_TITLE);
    expect(all[0].kind).toBe('source.fixAll.redis-lint');
    const out = applyEdits(text, all[0].edit.changes[d.uri] as TextEdit[]);
    expect(out.startsWith('port 6381\ntimeout 10\n')).toBe(true);
    const after = computeDiagnostics(doc(out));
    expect(after.some((x) => x.code === 'overridden-setting')).toBe(false);
    // Every fixable finding was fixed (other rules' fixes, e.g. a bind line, included).
    expect(computeCodeActions(doc(out), whole(out), { only: ['source.fixAll'] })).toEqual([]);
  });

  it('respects `only`', () => {
    const text = 'port 6379\nport 6380\n';
    const actions = computeCodeActions(doc(text), whole(text), { only: ['quickfix'] });
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((a) => a.kind === 'quickfix')).toBe(true);
  });
});
