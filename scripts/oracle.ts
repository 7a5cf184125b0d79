// npm run oracle -- [options] PATH…
//
// Runs the real redis-server (sandboxed, see test/support/redis-server.ts) and our engine on
// each config file and prints, per file, whether they agree, Redis's verdict (line, reason)
// and ours. Exit 0 all agree, 1 any disagreement, 2 usage error (no path, unreadable file,
// no redis-server, a file that is not a server config).

import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, engineVerdict, machineDependentRefusal, sameVerdict, verdictOfRedis, type OracleCase } from '../test/oracle/harness.js';
import { redisServerAvailable, redisServerVersion, runRedisChecks, splitArgs, trimLine, type ServerKind } from '../test/support/redis-server.js';

const USAGE = `usage: npm run oracle -- [--sentinel | --conf] [--as-is] [--no-startup] [--json] PATH…

  Compares redis-lint's verdict with what redis-server (${redisServerVersion() ?? 'not installed'}) does with each file.
  --sentinel, --conf  force the kind (default: detected from the name and content)
  --as-is             do not prepare the machine (by default directories named by dir and
                      logfile lines are created in the sandbox, as for the corpus verdicts)
  --no-startup        only check loading, do not start the server
  --json              print one JSON object per file
  Files named by include and aclfile lines are given to both sides when they exist here.`;

function fail(message: string): never {
  console.error(`oracle: ${message}\n\n${USAGE}`);
  process.exit(2);
}

interface Options {
  kind?: ServerKind;
  prepare: boolean;
  startup: boolean;
  json: boolean;
  paths: string[];
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { prepare: true, startup: true, json: false, paths: [] };
  let rest = false;
  for (const a of argv) {
    if (rest || !a.startsWith('--')) o.paths.push(a);
    else if (a === '--') rest = true;
    else if (a === '--sentinel') o.kind = 'sentinel';
    else if (a === '--conf') o.kind = 'conf';
    else if (a === '--as-is') o.prepare = false;
    else if (a === '--no-startup') o.startup = false;
    else if (a === '--json') o.json = true;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown option ${a}`);
  }
  return o;
}

/** DESIGN.md kind detection, for what redis-server can load: acl and yaml are refused here. */
function detectKind(file: string, text: string): ServerKind | 'acl' | 'yaml' {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (/\.acl$/i.test(file) || (lines.length > 0 && lines.every((l) => l.startsWith('user ')))) return 'acl';
  if (/sentinel/i.test(path.basename(file)) || lines.some((l) => /^sentinel\s+monitor\s/i.test(l))) return 'sentinel';
  return 'conf';
}

/**
 * Files the config names that exist here: include targets (recursively) and the aclfile,
 * resolved next to the including file (the linter's default). Relative ones keep their
 * relative name (the server runs next to test.conf); absolute ones keep their path.
 */
function companions(file: string, text: string, out: Record<string, string> = {}, depth = 0): Record<string, string> {
  if (depth > 8) return out;
  for (const raw of text.split('\n')) {
    const args = splitArgs(trimLine(raw));
    if (!args || args.length !== 2 || !/^(include|aclfile)$/i.test(args[0]) || args[1] === '' || /[*?[]/.test(args[1])) continue;
    const local = path.resolve(path.dirname(file), args[1]);
    if (out[args[1]] !== undefined || !existsSync(local) || !statSync(local).isFile()) continue;
    const content = readFileSync(local, 'utf8');
    out[args[1]] = content;
    if (args[0].toLowerCase() === 'include') companions(local, content, out, depth + 1);
  }
  return out;
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  if (o.paths.length === 0) fail('no file given');
  if (!redisServerAvailable()) fail('redis-server not found (set REDIS_SERVER or install the redis-server package)');
  const cases: (OracleCase & { path: string; decoded: string })[] = [];
  for (const p of o.paths) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(p);
    } catch (e) {
      fail(`cannot read ${p}: ${(e as Error).message}`);
    }
    const text = bytes.toString('utf8');
    const detected = o.kind ?? detectKind(p, text);
    if (detected === 'acl' || detected === 'yaml') fail(`${p} looks like ${detected === 'acl' ? 'an ACL file' : 'YAML'}; this oracle runs redis.conf and sentinel.conf files (force with --conf or --sentinel)`);
    const extraFiles = companions(p, text);
    cases.push({ id: `file:${p}`, path: p, decoded: text, kind: detected, text: bytes, ...(Object.keys(extraFiles).length ? { extraFiles } : {}) });
  }
  const results = await runRedisChecks(cases.map((c) => ({ text: c.text, kind: c.kind, prepare: o.prepare, startup: o.startup, ...(c.extraFiles ? { extraFiles: c.extraFiles } : {}) })));
  let disagreements = 0;
  cases.forEach((c, i) => {
    const r = results[i];
    const redis = verdictOfRedis(r);
    let ours;
    try {
      ours = engineVerdict(c);
    } catch (e) {
      ours = { accepted: false, reason: `engine threw: ${(e as Error).message}` };
    }
    // Without a startup check, compare our load verdict only.
    const oursCompared = !o.startup && !ours.accepted && ours.phase === 'startup' ? { accepted: true, reason: '' } : ours;
    const agree = sameVerdict(redis, oursCompared);
    // A path missing on this machine (dir, include, module…): Redis's verdict is about the
    // machine, and the linter only warns (DESIGN.md), so this is not counted as a disagreement.
    const machine = !agree && oursCompared.accepted && machineDependentRefusal(redis, c.text);
    if (!agree && !machine) disagreements++;
    if (o.json) {
      console.log(JSON.stringify({ file: c.path, kind: c.kind, agree, ...(machine ? { machineDependent: true } : {}), redis: { ...redis, ...(r.lineText !== undefined ? { lineText: r.lineText } : {}), ...(r.crash ? { crash: r.crash } : {}) }, ours }));
      return;
    }
    const lines = c.decoded.split('\n');
    const show = (v: typeof redis) => (v.line !== undefined && (v.file === undefined || v.file === 'test.conf') ? `\n      ${v.line} | ${lines[v.line - 1]?.replace(/\r$/, '') ?? ''}` : '');
    console.log(`${c.path} (${c.kind}): ${agree ? 'agree' : machine ? 'machine-dependent (a path Redis needs is missing here; redis-lint warns about it)' : 'DISAGREE'}`);
    console.log(`  redis-server ${redisServerVersion()}: ${describe(redis)}${r.startupSkipped ? ` (startup not checked: ${r.startupSkipped})` : ''}${show(redis)}`);
    console.log(`  redis-lint:         ${describe(ours)}${show(ours)}`);
  });
  if (!o.json) console.log(`\n${cases.length - disagreements}/${cases.length} agree (sandbox: ${results[0]?.sandbox}${o.prepare ? ', prepared' : ', as is'})`);
  return disagreements ? 1 : 0;
}

main().then((code) => process.exit(code), (e: unknown) => {
  console.error(`oracle: internal error: ${(e as Error).stack ?? String(e)}`);
  process.exit(2);
});
