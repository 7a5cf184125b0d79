// Same rules, same findings: for every corpus config Redis accepts, a server started with it and
// audited with `remote` gets the findings the file gets statically (with the test's command-line
// options appended, as Redis applies them), except the rules listed as file-only.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SKIPPED_RULE_IDS } from '../../server/src/cli/remote/file-only.js';
import { readServer } from '../../server/src/cli/remote/client.js';
import { lintLive } from '../../server/src/cli/remote/report.js';
import { parseAddress } from '../../server/src/cli/remote/url.js';
import { getDirectives } from '../../server/src/knowledge/directives.js';
import { lint } from '../../server/src/linter/index.js';
import { decodeText, NO_FILES, parseTarget, type Target } from '../../server/src/model/index.js';
import { liveTarget } from '../../server/src/model/live/index.js';
import { SHARED_DIR } from '../oracle/harness.js';
import { inCI, skipReason, startRedis, type RunningRedis } from './servers.js';

const CORPUS = join(SHARED_DIR, 'corpus');
const sharedMissing = !existsSync(join(CORPUS, 'oracle.tsv'));
if (sharedMissing && inCI) throw new Error(`${CORPUS} is missing: the remote corpus suite is required under CI=true`);
if (sharedMissing) console.warn(`[remote corpus] skipped: ${CORPUS} is missing (../shared next to the repository)`);
const noServer = sharedMissing ? undefined : skipReason('remote corpus');

/** What the test machine cannot provide, so the file is not started. */
function unstartable(text: string): string | undefined {
  const lines = text.split(/\r?\n/).map((l) => l.trim().toLowerCase());
  const has = (re: RegExp) => lines.some((l) => re.test(l));
  if (has(/^loadmodule\s/)) return 'loads a module';
  if (has(/^include\s/)) return 'includes other files';
  if (has(/^aclfile\s/)) return 'reads an ACL file';
  if (has(/^cluster-enabled\s+yes/)) return 'cluster mode (needs a cluster bus port)';
  return undefined;
}

/** A login that works on the server the file configures: a `user … on >password` line, else requirepass. */
function credentials(text: string): { username?: string; password?: string } {
  const model = lint({ text, file: '/c.conf', kind: 'conf', target: TARGET_7_0, files: NO_FILES }).model;
  for (const user of model.config?.users ?? []) {
    const words = user.args.slice(1).map((a) => a.value);
    const password = words.find((w) => w.startsWith('>'));
    if (words.includes('on') && password) return { username: user.username, password: password.slice(1) };
  }
  const requirepass = model.config?.value('requirepass');
  return requirepass ? { password: requirepass } : {};
}

/** `dir` lines point into the server's temporary directory (the rest of each file is kept). */
function ownDir(text: string): string {
  return text.replace(/^([ \t]*)dir[ \t]+.*$/gim, '$1dir {dir}');
}

function acceptedConfs(): string[] {
  if (sharedMissing) return [];
  const rows = readFileSync(join(CORPUS, 'oracle.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t'));
  return rows.filter((r) => r[0]?.startsWith('conf/') && r[2] === 'yes').map((r) => r[0]);
}

type Key = string;

const TARGET_7_0: Target = { product: 'redis', line: '7.0', dataId: 'redis-7.0' };

function subjectOfLine(line: string, target: Target): string {
  const words = line.trim().split(/\s+/);
  const name = (words[0] ?? '').toLowerCase();
  if (name === 'user') return `user ${words[1] ?? ''}`;
  return getDirectives(target).lookup(name)?.info.name ?? name;
}

function staticFindings(text: string, file: string, target: Target): Key[] {
  const result = lint({ text, file, kind: 'conf', target, files: NO_FILES });
  const lines = result.model.lines(file);
  return result.findings
    .filter((f) => !SKIPPED_RULE_IDS.has(f.ruleId) && f.file === file)
    .map((f) => {
      const line = lines ? text.slice(lines.lineStart(lines.lineOf(f.span.start)), lines.lineEnd(lines.lineOf(f.span.start))) : '';
      return `${f.ruleId} ${f.severity} ${subjectOfLine(line, target)}`;
    })
    .sort();
}

const files = acceptedConfs();
const skipped: string[] = [];
let compared = 0;
let findingsCompared = 0;
const rulesSeen = new Set<string>();

describe.skipIf(sharedMissing || noServer !== undefined)('remote findings equal static findings on the corpus', () => {
  afterAll(() => {
    console.log(`[remote corpus] compared ${compared} servers (${findingsCompared} findings of ${rulesSeen.size} rules: ${[...rulesSeen].sort().join(', ')}); not started: ${skipped.length}${skipped.length ? `\n  ${skipped.join('\n  ')}` : ''}`);
  });

  it('has corpus files to compare', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  for (const rel of files) {
    it(basename(rel), async () => {
      const original = decodeText(readFileSync(join(CORPUS, rel)));
      const text = ownDir(original);
      const why = unstartable(text);
      if (why) {
        skipped.push(`${rel}: ${why}`);
        return;
      }
      const replica = /^\s*(replicaof|slaveof)\s/im.test(text);
      let server: RunningRedis;
      try {
        // A replica line would make the server connect out: it is undone like any other option.
        server = await startRedis({ conf: text, args: replica ? ['--replicaof', 'no one'] : [] });
      } catch (error) {
        skipped.push(`${rel}: did not start here: ${(error as Error).message.split('\n').filter((l) => /#|error|FATAL/i.test(l)).slice(-1)[0] ?? ''}`);
        return;
      }
      try {
        const read = await readServer({ ...parseAddress(server.url), ...credentials(original) }, { timeoutMs: 5000 });
        const parsed = read.snapshot.info ? liveTarget(read.snapshot.info) : parseTarget('7.0');
        if (!parsed.ok) throw new Error(parsed.message);
        const target = parsed.target;
        const remote = lintLive({ snapshot: read.snapshot, target, display: server.url }).findings.map((f) => `${f.ruleId} ${f.severity} ${f.subject}`).sort();
        const started = text.split('{dir}').join(server.dir);
        const withOverrides = `${started}${started.endsWith('\n') || started === '' ? '' : '\n'}${server.overrideLines.join('\n')}\n`;
        const local = staticFindings(withOverrides, join(server.dir, 'redis.conf'), target);
        compared++;
        findingsCompared += local.length;
        for (const key of local) rulesSeen.add(key.split(' ')[0]);
        expect(remote, `${rel}: remote (left) vs static (right)`).toEqual(local);
      } finally {
        await server.stop();
      }
    });
  }
});
