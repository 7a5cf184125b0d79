// `redis-lint upgrade`: on the stock redis.conf of 6.2.16 and 7.0.15 (../shared/corpus), the
// default changes it reports are exactly the settings the file leaves unset whose built-in value
// differs between the two targets' knowledge data; and lines the new version refuses are found.

import '../support/knowledge.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { upgradeReport, type UpgradeReport } from '../../server/src/cli/upgrade.js';
import { getDirectives } from '../../server/src/knowledge/directives.js';
import { parseTarget, type Target } from '../../server/src/model/index.js';
import { run, tempTree } from '../cli/helpers.js';
import { CORPUS_DIR } from '../oracle/harness.js';

const CI = process.env.CI === 'true';

function target(text: string): Target {
  const parsed = parseTarget(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.target;
}

function report(file: string, from: string, to: string, text = readFileSync(file, 'utf8')): UpgradeReport {
  return upgradeReport({ text, file, displayFile: path.basename(file), kind: 'conf', from: target(from), to: target(to) });
}

/** Settings (canonical names on `to`) whose default differs in the data and that `text` never sets. */
function expectedDefaultChanges(text: string, from: string, to: string): string[] {
  const old = getDirectives(target(from));
  const now = getDirectives(target(to));
  const set = new Set(text.split('\n').map((l) => /^\s*([A-Za-z][\w.-]*)\s/.exec(l)?.[1]).flatMap((name) => (name && now.lookup(name) ? [now.lookup(name)!.info.name] : [])));
  return now.all().flatMap((info) => {
    const before = old.lookup(info.name)?.info;
    if (!before || set.has(info.name) || info.default === undefined || before.default === undefined || info.ignored || before.ignored) return [];
    return JSON.stringify(before.default) === JSON.stringify(info.default) ? [] : [info.name];
  }).sort();
}

describe('redis-lint upgrade', () => {
  const stock62 = path.join(CORPUS_DIR, 'conf', 'redis-6.2.16-default.conf');
  const stock70 = path.join(CORPUS_DIR, 'conf', 'redis-7.0.15-default.conf');
  if (!existsSync(stock62) || !existsSync(stock70)) {
    const message = `../shared/corpus not found (looked in ${CORPUS_DIR}; set REDIS_LINT_SHARED)`;
    if (CI) it('needs the shared corpus', () => expect.fail(message));
    else it.skip(`skipped: ${message}`, () => undefined);
    return;
  }

  it('6.2 stock config to 7.4: the default changes of the data it relies on, each with the line that keeps 6.2', () => {
    const text = readFileSync(stock62, 'utf8');
    const r = report(stock62, '6.2', '7.4', text);
    expect(r.accepted).toEqual({ from: true, to: true });
    expect(r.refused).toEqual([]);
    expect(r.defaults.map((d) => d.directive)).toEqual(expectedDefaultChanges(text, '6.2', '7.4'));
    expect(r.defaults).toContainEqual(expect.objectContaining({ directive: 'acl-pubsub-default', from: 'allchannels', to: 'resetchannels', keep: 'acl-pubsub-default allchannels' }));
    // Set by the file, so not a change it relies on; and 6.2's built-in save points are 7.x's
    // (the old stock file's `save 900 1` lines were never the default).
    for (const same of ['bind', 'repl-diskless-sync', 'save']) expect(r.defaults.map((d) => d.directive)).not.toContain(same);
    // 6.2's ziplist names are aliases of the listpack settings on 7.x.
    expect(r.deprecated.map((d) => d.ruleId)).toContain('deprecated-alias');
  });

  it('7.0 stock config to 7.4 and to Valkey 8.0', () => {
    const text = readFileSync(stock70, 'utf8');
    const r74 = report(stock70, '7.0', '7.4', text);
    expect(r74.accepted).toEqual({ from: true, to: true });
    expect(r74.refused).toEqual([]);
    expect(r74.defaults.map((d) => d.directive)).toEqual(expectedDefaultChanges(text, '7.0', '7.4'));
    const valkey = report(stock70, '7.0', 'valkey-8.0', text);
    expect(valkey.defaults.map((d) => d.directive)).toEqual(expectedDefaultChanges(text, '7.0', 'valkey-8.0'));
    expect(valkey.defaults).toContainEqual(expect.objectContaining({ directive: 'syslog-ident', from: 'redis', to: 'valkey', keep: 'syslog-ident redis' }));
  });

  it('finds the lines the new version refuses and the old one accepted', () => {
    const dir = tempTree({ 'redis.conf': 'port 6379\nunixsocketperm 999\nclient-output-buffer-limit normal 1x 0 0\nsave 900 1\n' });
    const r = report(path.join(dir, 'redis.conf'), '6.2', '7.4');
    expect(r.accepted).toEqual({ from: true, to: false });
    expect(r.refused.map((f) => [f.line, f.ruleId])).toEqual([[2, 'invalid-value'], [3, 'invalid-value']]);
    expect(r.defaults.map((d) => d.directive)).not.toContain('save');
  });

  it('CLI: text and JSON output, exit 1 when the new version refuses the file, 2 on usage errors', async () => {
    const dir = tempTree({ 'ok.conf': 'port 6379\n', 'bad.conf': 'unixsocketperm 999\n' });
    const text = await run(['upgrade', '--from', '6.2', '--to', '7.4', 'ok.conf'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('to keep today\'s behaviour, add: acl-pubsub-default allchannels');
    const json = await run(['upgrade', '--from=6.2', '--to=7.4', '--format', 'json', 'bad.conf'], { cwd: dir });
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as UpgradeReport;
    expect(parsed).toMatchObject({ file: 'bad.conf', from: 'redis-6.2', to: 'redis-7.4', accepted: { from: true, to: false } });
    expect((await run(['upgrade', '--to', '7.4', 'ok.conf'], { cwd: dir })).code).toBe(2);
    expect((await run(['upgrade', '--from', '5.0', '--to', '7.4', 'ok.conf'], { cwd: dir })).code).toBe(2);
  });
});
