// What Redis checks after the config text is loaded, in main()'s order: TLS setup, modules and
// module configs, then ACL users and the aclfile.

import { LineIndex, parseAcl } from '../../../../grammar/src/index.js';
import { loadAclFile } from '../acl/index.js';
import { aclFileProblems } from '../acl-file-problems.js';
import { dirname, resolve } from '../files/paths.js';
import type { Problem } from '../problems.js';
import { asciiLower } from './c-parsers.js';
import type { EffectiveConfig, SettingRecord } from './effective.js';
import type { LoadInput } from './load.js';
import type { UserDeclarations } from './users.js';

export function checkStartup(input: LoadInput, config: EffectiveConfig, users: UserDeclarations, problems: Problem[]): void {
  checkTls(config, problems);
  checkModuleConfigs(config, problems);
  checkAclSources(input, config, users, problems);
}

/** ACLLoadFromFile at startup: any error in the file (or a missing file) stops Redis. */
function loadAclFileOf(input: LoadInput, config: EffectiveConfig, aclfile: SettingRecord, problems: Problem[]): void {
  const written = aclfile.values[0];
  // Redis opens it relative to its working directory; without --root we look next to the config.
  const base = input.root ? config.workingDirectory : dirname(aclfile.file);
  const absolute = resolve(base, written);
  const onDisk = input.root ? resolve(input.root, absolute.slice(1)) : absolute;
  const read = input.files.read(onDisk);
  if ('error' in read) {
    const fatal = input.root !== undefined;
    problems.push({
      code: 'path-not-found', file: aclfile.file, span: aclfile.directive.args[0].span, fatal, phase: fatal ? 'startup' : 'none', lineless: true,
      pathDependent: true, redisMessage: `Error loading ACLs, opening file '${written}': ${read.error}`,
      message: `aclfile ${written}: ${read.error.toLowerCase()} here; Redis refuses to start if it cannot read it on the server.`,
    });
    return;
  }
  const doc = parseAcl(read.text);
  const result = loadAclFile(input.aclContext, doc.lines, { fileName: written });
  config.aclFile = { path: onDisk, text: read.text, doc, lines: new LineIndex(read.text), result };
  problems.push(...aclFileProblems(result, onDisk));
  if (result.accepted) config.aclUsers = result.users;
}

function enabled(config: EffectiveConfig, name: string): boolean {
  return asciiLower(config.value(name) ?? 'no') === 'yes';
}

function checkTls(config: EffectiveConfig, problems: Problem[]): void {
  const tlsPort = config.effective('tls-port');
  const usesTls = (tlsPort && tlsPort.values[0] !== '0') || enabled(config, 'tls-replication') || enabled(config, 'tls-cluster');
  if (!usesTls) return;
  const anchor = tlsPort ?? config.effective('tls-replication') ?? config.effective('tls-cluster');
  if (!anchor) return;
  const cert = config.value('tls-cert-file') ?? '';
  const key = config.value('tls-key-file') ?? '';
  const missing = cert === '' ? 'tls-cert-file' : key === '' ? 'tls-key-file' : undefined;
  if (!missing) return;
  problems.push({
    code: 'tls-incomplete', file: anchor.file, span: anchor.directive.span, fatal: true, phase: 'startup', lineless: true,
    redisMessage: `No ${missing} configured!`,
    message: `TLS is enabled here but no ${missing} is set: Redis fails to configure TLS and refuses to start. Add \`${missing} /path/to/file\`.`,
  });
}

function checkModuleConfigs(config: EffectiveConfig, problems: Problem[]): void {
  if (config.modules.length > 0) return;
  for (const setting of config.moduleConfigs) {
    problems.push({
      code: 'module-config-without-module', file: setting.file, span: setting.directive.name.span, fatal: true, phase: 'startup', lineless: true,
      redisMessage: 'Module Configuration detected without loadmodule directive or no ApplyConfig call: aborting',
      message: `${setting.directive.name.value} is a module setting (it contains a dot), but no loadmodule line loads a module to claim it: Redis aborts at startup. Add the loadmodule line or remove this one.`,
    });
    return;
  }
}

function checkAclSources(input: LoadInput, config: EffectiveConfig, users: UserDeclarations, problems: Problem[]): void {
  const aclfile = config.effective('aclfile');
  const hasAclfile = aclfile !== undefined && aclfile.values[0] !== '';
  if (hasAclfile && config.users.length > 0) {
    const user = config.users[0];
    problems.push({
      code: 'aclfile-with-users', file: user.file, span: user.directive.span, fatal: true, phase: 'startup', lineless: true,
      redisMessage: 'Configuring Redis with users defined in redis.conf and at the same setting an ACL file path is invalid.',
      message: 'user lines and an aclfile cannot be combined: Redis refuses to start. Move these users into the ACL file, or drop the aclfile line.',
      related: { file: aclfile.file, span: aclfile.directive.span, message: 'aclfile is set here' },
    });
    return;
  }
  config.aclUsers = users.startup(problems);
  if (hasAclfile && aclfile) loadAclFileOf(input, config, aclfile, problems);
}
