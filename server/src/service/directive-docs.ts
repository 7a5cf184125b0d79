// Markdown about directives, sentinel sub-directives and ACL rules, from the knowledge base.
// Shared by hover and completion. Never prints a configured value: callers pass values that are
// already masked.

import { getAclKnowledge } from '../knowledge/acl.js';
import { getDirectives, type DirectiveInfo, type DirectiveTable } from '../knowledge/directives.js';
import { getSentinel, type SentinelDirectiveInfo, type SentinelTable } from '../knowledge/sentinel.js';
import { formatTarget, type Target } from '../model/index.js';

export function directiveTable(target: Target): DirectiveTable {
  return getDirectives(target);
}

export function sentinelTable(target: Target): SentinelTable | undefined {
  try {
    return getSentinel(target);
  } catch {
    return undefined;
  }
}

/** `code` for markdown, with backticks in the text kept readable. */
export function code(text: string): string {
  if (text === '') return '`""`';
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Plain text safe in markdown (no accidental emphasis, links or HTML). */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

export function typeLabel(info: DirectiveInfo): string {
  switch (info.type) {
    case 'bool':
      return 'yes/no';
    case 'memory':
      return 'memory size';
    case 'enum':
      return 'one of a list';
    case 'multi-enum':
      return 'several of a list';
    case 'sds':
    case 'string':
      return 'string';
    case 'octal':
      return 'octal number';
    case 'special':
      return 'special syntax';
    default:
      return `integer (${info.type})`;
  }
}

/** What CONFIG SET can do with it. */
export function configSetLabel(info: DirectiveInfo): string {
  if (info.handledBy === 'deprecated-list' || info.ignored) return 'no: accepted in the file and ignored';
  if (info.handledBy === 'special') return 'no: a config-file directive, not a runtime parameter';
  if (info.flags.includes('IMMUTABLE')) return 'no (IMMUTABLE): change the file and restart';
  const notes: string[] = [];
  if (info.flags.includes('PROTECTED')) notes.push('only when `enable-protected-configs` allows it');
  if (info.flags.includes('DENY_LOADING')) notes.push('not while the dataset is loading');
  return `yes (MODIFIABLE)${notes.length > 0 ? `, ${notes.join('; ')}` : ''}`;
}

export function defaultLabel(info: DirectiveInfo): string | undefined {
  if (info.default === undefined) return undefined;
  if (info.default === null) return info.defaultNote ?? 'none';
  return code(info.default);
}

export interface DirectiveDocOptions {
  readonly target: Target;
  /** Lines about the value in effect, already masked. */
  readonly effective?: readonly string[];
  /** Extra lines shown first (a memory size conversion). */
  readonly lead?: readonly string[];
}

export function directiveMarkdown(info: DirectiveInfo, options: DirectiveDocOptions): string {
  const out: string[] = [];
  if (options.lead) out.push(...options.lead, '');
  out.push(`**${info.name}** · ${typeLabel(info)} · ${escapeMarkdown(formatTarget(options.target))}`, '');
  out.push(info.description, '');
  const facts: string[] = [];
  if (info.enumValues && info.enumValues.length > 0) facts.push(`Allowed values: ${info.enumValues.map(code).join(' | ')}`);
  else if (info.type === 'bool') facts.push(`Allowed values: ${code('yes')} | ${code('no')}`);
  if (info.valueSyntax) facts.push(`Syntax: ${code(info.valueSyntax)}`);
  else if (info.type === 'special' && typeof info.arity === 'string') facts.push(`Arguments: ${escapeMarkdown(info.arity)}`);
  if (info.units) facts.push(`Units: ${escapeMarkdown(info.units)}`);
  if (info.min !== undefined && info.max !== undefined && info.type !== 'bool') facts.push(`Range: ${info.min} … ${info.max}`);
  const dflt = defaultLabel(info);
  if (dflt !== undefined) facts.push(`Default: ${dflt}`);
  if (info.aliases && info.aliases.length > 0) facts.push(`Also written: ${info.aliases.map(code).join(', ')}`);
  if (info.since) facts.push(`Since: ${escapeMarkdown(info.since)}`);
  facts.push(`CONFIG SET: ${configSetLabel(info)}`);
  if (info.conditionalCompile && info.conditionalCompile.length > 0) facts.push(`Only in builds with ${info.conditionalCompile.map(code).join(', ')}`);
  out.push(...facts.map((f) => `- ${f}`));
  if (options.effective && options.effective.length > 0) out.push('', ...options.effective);
  if (info.deprecatedNote) out.push('', `**Deprecated:** ${info.deprecatedNote}`);
  if (info.securityNote) out.push('', `**Security:** ${info.securityNote}`);
  return out.join('\n');
}

export function sentinelMarkdown(info: SentinelDirectiveInfo, target: Target): string {
  const out = [`**sentinel ${info.name}** · ${info.scope === 'global' ? 'global' : 'per monitored master'} · ${escapeMarkdown(formatTarget(target))}`, ''];
  out.push(info.description, '', `- Syntax: ${code(info.syntax)}`);
  if (info.default !== undefined) out.push(`- Default: ${code(String(info.default))}`);
  if (info.since) out.push(`- Since: ${escapeMarkdown(info.since)}`);
  if (info.generatedBySentinel) out.push('- Written by Sentinel itself (state); not meant to be edited.');
  if (info.securityNote) out.push('', `**Security:** ${info.securityNote}`);
  return out.join('\n');
}

/** Fixed ACL rule words (`ACL SETUSER`), for hover and completion. */
export const ACL_KEYWORDS: ReadonlyArray<readonly [string, string]> = [
  ['on', 'Enables the user: it can authenticate.'],
  ['off', 'Disables the user: it can no longer authenticate (existing connections stay).'],
  ['nopass', 'The user needs no password: any password is accepted. Anyone who can connect can act as this user.'],
  ['resetpass', 'Forgets every password of the user and removes `nopass`.'],
  ['reset', 'Resets the user to its initial state: off, no passwords, no commands, no keys, no channels.'],
  ['allkeys', 'Same as `~*`: access to every key.'],
  ['resetkeys', 'Forgets every key pattern of the user.'],
  ['allchannels', 'Same as `&*`: access to every Pub/Sub channel.'],
  ['resetchannels', 'Forgets every channel pattern of the user.'],
  ['allcommands', 'Same as `+@all`: every command, including future module commands.'],
  ['nocommands', 'Same as `-@all`: no command at all.'],
  ['clearselectors', 'Removes every selector `(…)` of the user.'],
  ['sanitize-payload', 'RESTORE payloads of this user are deeply checked.'],
  ['skip-sanitize-payload', 'RESTORE payloads of this user are not deeply checked (faster, riskier).'],
];

/** One line about an ACL rule word, or undefined for a username or unknown text. */
export function aclRuleMarkdown(word: string, target: Target): string | undefined {
  const lower = word.toLowerCase();
  const keyword = ACL_KEYWORDS.find(([k]) => k === lower);
  if (keyword) return `**${keyword[0]}**: ${keyword[1]}`;
  const first = word[0];
  if (first === '>' || first === '<') return `A password rule (${first === '>' ? 'adds' : 'removes'} a password; the value is hidden).`;
  if (first === '#' || first === '!') return `A password hash rule (${first === '#' ? 'adds' : 'removes'} a SHA-256 hash; the value is hidden).`;
  if (first === '~') return `Key pattern ${code(word.slice(1))}: read and write access to matching keys.`;
  if (/^%(R|W|RW)~/i.test(word)) {
    const [perm, pattern] = word.slice(1).split('~', 2);
    const what = perm.toUpperCase() === 'R' ? 'read' : perm.toUpperCase() === 'W' ? 'write' : 'read and write';
    return `Key pattern ${code(pattern)} with ${what} access only (Redis 7.0+).`;
  }
  if (first === '&') return `Pub/Sub channel pattern ${code(word.slice(1))}.`;
  if (first === '(') return 'A selector: another set of command, key and channel rules the user may match (Redis 7.0+).';
  if (first === '+' || first === '-') {
    const grant = first === '+' ? 'Allows' : 'Denies';
    const acl = aclKnowledge(target);
    if (word[1] === '@') {
      const category = word.slice(2).toLowerCase();
      if (category === 'all') return `${grant} every command (\`@all\`), including commands of modules loaded later.`;
      if (!acl) return `${grant} the commands of category ${code(category)}.`;
      if (!acl.categories.includes(category)) return `Unknown category ${code(category)} for ${escapeMarkdown(formatTarget(target))}.`;
      const count = acl.commands.filter((c) => c.categories.includes(category)).length;
      return `${grant} the ${count} commands of category ${code(`@${category}`)}.`;
    }
    const name = word.slice(1).toLowerCase();
    const [parent, sub] = name.split('|', 2);
    const command = acl?.commands.find((c) => c.name === parent);
    const found = sub ? command?.subcommands?.find((s) => s.name === `${parent}|${sub}`) : command;
    if (acl && !found) return `${grant} ${code(name)}, which ${escapeMarkdown(formatTarget(target))} does not know.`;
    const categories = found ? ` Categories: ${found.categories.map((c) => code(`@${c}`)).join(', ')}.` : '';
    return `${grant} the command ${code(name)}.${categories}`;
  }
  return undefined;
}

function aclKnowledge(target: Target) {
  try {
    return getAclKnowledge(target.dataId);
  } catch {
    return undefined;
  }
}

export function aclCategories(target: Target): readonly string[] {
  return aclKnowledge(target)?.categories ?? [];
}

export function aclCommandNames(target: Target): readonly string[] {
  return aclKnowledge(target)?.commands.map((c) => c.name) ?? [];
}
