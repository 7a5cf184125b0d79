import { describe, expect, it } from 'vitest';
import '../support/knowledge.js';
import { lint, type LintOptions } from '../../server/src/linter/index.js';
import { parseTarget } from '../../server/src/model/index.js';
import { onlyRules, run, tempTree } from './helpers.js';

const target = (() => {
  const parsed = parseTarget('7.4');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.target;
})();

function check(text: string, options: LintOptions = {}, kind: 'conf' | 'sentinel' | 'acl' = 'conf') {
  const result = lint({ text, file: '/x/redis.conf', kind, target }, options);
  const line = (offset: number) => result.model.lines('/x/redis.conf')?.lineOf(offset) ?? -1;
  return {
    shown: result.findings.filter((f) => ['overridden-setting', 'unknown-directive', 'unused-suppression'].includes(f.ruleId)).map((f) => `${line(f.span.start) + 1}:${f.ruleId}`),
    suppressed: result.suppressed.map((f) => `${line(f.span.start) + 1}:${f.ruleId}:${f.suppressed.reason ?? ''}`),
    result,
  };
}

describe('suppression comments (linter)', () => {
  it('disable-next-line hides the finding on the next directive line, keeping it as suppressed with its reason', () => {
    const { shown, suppressed } = check('# redis-lint-disable-next-line overridden-setting -- kept for the old init script\nport 1\nport 2\n');
    expect(shown).toEqual([]);
    expect(suppressed).toEqual(['2:overridden-setting:kept for the old init script']);
  });

  it('skips comment lines, so several suppressions can stand above one directive', () => {
    const { shown, suppressed } = check('# redis-lint-disable-next-line overridden-setting -- one\n# another comment\nport 1\nport 2\n');
    expect(shown).toEqual([]);
    expect(suppressed).toEqual(['3:overridden-setting:one']);
  });

  it('takes a comma-separated list of ids', () => {
    const { shown, suppressed } = check('# redis-lint-disable-next-line unknown-directive,overridden-setting -- legacy\nport 1\nport 2\n');
    expect(suppressed).toEqual(['2:overridden-setting:legacy']);
    expect(shown).toEqual(['1:unused-suppression']); // unknown-directive suppressed nothing
  });

  it('disable applies from its line to the end of the file only', () => {
    const { shown, suppressed } = check('port 1\nport 2\n# redis-lint-disable overridden-setting -- generated below\nport 3\nport 4\n');
    expect(shown).toEqual(['1:overridden-setting', '2:overridden-setting']);
    expect(suppressed).toEqual(['4:overridden-setting:generated below']);
  });

  it('reports unused suppressions, and suppressions naming no or unknown rules', () => {
    expect(check('# redis-lint-disable-next-line overridden-setting\nport 1\n').shown).toEqual(['1:unused-suppression']);
    expect(check('# redis-lint-disable-next-line\nport 1\n').shown).toEqual(['1:unused-suppression']);
    expect(check('# redis-lint-disable-next-line overriden-setting -- typo\nport 1\nport 2\n').shown).toEqual(['1:unused-suppression', '2:overridden-setting']);
    expect(check('port 1\n# redis-lint-disable-next-line overridden-setting -- nothing follows\n').shown).toEqual(['2:unused-suppression']);
  });

  it('does not report an unused suppression of a rule turned off by configuration', () => {
    expect(check('# redis-lint-disable-next-line overridden-setting -- x\nport 1\n', { rules: { 'overridden-setting': 'off' } }).shown).toEqual([]);
  });

  it('requireSuppressionReason: a suppression without reason does not apply and is reported', () => {
    const { shown, suppressed } = check('# redis-lint-disable-next-line overridden-setting\nport 1\nport 2\n', { requireSuppressionReason: true });
    expect(shown).toEqual(['1:unused-suppression', '2:overridden-setting']);
    expect(suppressed).toEqual([]);
  });

  it('suppresses a fatal finding only by its id, and the verdict still refuses', () => {
    const { shown, suppressed, result } = check('# redis-lint-disable-next-line unknown-directive -- our fork has it\nno-such-directive yes\n');
    expect(shown).toEqual([]);
    expect(suppressed).toEqual(['2:unknown-directive:our fork has it']);
    expect(result.verdict.accepted).toBe(false);
  });

  it('the linter rules themselves can be suppressed', () => {
    const { shown } = check('# redis-lint-disable unused-suppression -- templates\n# redis-lint-disable-next-line overridden-setting -- x\nport 1\n');
    expect(shown).toEqual([]);
  });

  it('ACL files have no suppression comments', () => {
    const result = lint({ text: 'user default on nopass ~* +@all\n', file: '/x/users.acl', kind: 'acl', target });
    expect(result.suppressed).toEqual([]);
  });

  it('a reason never leaks a secret', () => {
    const { result } = check('requirepass hunter2hunter2\n# redis-lint-disable-next-line overridden-setting -- was hunter2hunter2\nport 1\nport 2\n');
    expect(JSON.stringify(result.suppressed)).not.toContain('hunter2hunter2');
  });
});

describe('suppressions in the CLI', () => {
  const files = {
    '.redis-lint.json': onlyRules(['overridden-setting']),
    'redis.conf': '# redis-lint-disable-next-line overridden-setting -- legacy\nport 1\nport 2\n',
  };

  it('text and json drop suppressed findings', async () => {
    const cwd = tempTree(files);
    expect(await run(['redis.conf'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse((await run(['-f', 'json', 'redis.conf'], { cwd })).stdout)[0].messages).toEqual([]);
  });

  it('SARIF lists them as suppressed in source, with the justification', async () => {
    const cwd = tempTree(files);
    const r = await run(['-f', 'sarif', 'redis.conf'], { cwd });
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.stdout).runs[0].results;
    expect(result.ruleId).toBe('overridden-setting');
    expect(result.suppressions).toEqual([{ kind: 'inSource', justification: 'legacy' }]);
  });

  it('requireSuppressionReason from the config file', async () => {
    const cwd = tempTree({
      '.redis-lint.json': onlyRules(['overridden-setting', 'unused-suppression'], { requireSuppressionReason: true }),
      'redis.conf': '# redis-lint-disable-next-line overridden-setting\nport 1\nport 2\n',
    });
    const r = await run(['-f', 'json', 'redis.conf'], { cwd });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['unused-suppression', 'overridden-setting']);
  });
});
