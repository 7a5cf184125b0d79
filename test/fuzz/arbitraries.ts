// fast-check generators of redis.conf, sentinel.conf and ACL file text: lines built from the
// knowledge base (real directives, enum values, ACL commands and categories), near-valid
// mutations of them, and arbitrary bytes decoded as the CLI decodes files.
import fc from 'fast-check';
import { getAclKnowledge } from '../../server/src/knowledge/acl.js';
import { getDirectives } from '../../server/src/knowledge/directives.js';
import { decodeText, type ModelKind, type Target } from '../../server/src/model/index.js';

export interface FuzzInput {
  readonly kind: ModelKind;
  readonly text: string;
}

/** What generators draw names and values from, per target. */
interface Vocabulary {
  readonly directives: readonly { readonly name: string; readonly values: readonly string[] }[];
  readonly commands: readonly string[];
  readonly categories: readonly string[];
}

function vocabulary(target: Target): Vocabulary {
  const directives = getDirectives(target)
    .all()
    .map((info) => {
      const values = new Set<string>();
      if (info.default !== undefined && info.default !== null) values.add(info.default);
      for (const value of info.enumValues ?? []) values.add(value);
      if (info.type === 'bool') values.add('yes').add('no');
      if (info.min !== undefined) values.add(info.min);
      if (info.max !== undefined) values.add(info.max);
      if (info.acceptsMemoryUnits) values.add('100mb').add('1gb').add('4GB');
      return { name: info.name, values: [...values] };
    });
  const acl = getAclKnowledge(target.dataId);
  const commands: string[] = [];
  for (const command of acl.commands) {
    commands.push(command.name);
    for (const sub of command.subcommands ?? []) commands.push(sub.name);
  }
  return { directives, commands, categories: acl.categories };
}

const WORDS = ['yes', 'no', '0', '1', '-1', '6379', '127.0.0.1', '0.0.0.0', '::1', '*', '""', "''", 'allkeys-lru', '/tmp/x', 'dump.rdb', '3600 1', 'notice', '100mb', '2gb', '60', 'default'];
const SECRETS = ['s3cr3t-Pa55word', 'hunter2hunter2', 'correct-horse-battery', 'p@ss w0rd'];
const HASH = 'a'.repeat(64);

/** A string Redis's tokenizer has to work for: quotes, escapes, blanks inside. */
const awkwardWord = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^"([^"\\\n]|\\[nrtabx"\\]|\\x[0-9a-f]{2}){0,8}"$/),
  fc.stringMatching(/^'([^'\n]|\\'){0,8}'$/),
  fc.constantFrom('"unbalanced', "'also", '"a"b', 'x"y"', '\\x41', '"\\x4"', '#notacomment', '"with space"'),
);

function confLine(v: Vocabulary, kind: ModelKind): fc.Arbitrary<string> {
  const directive = fc.constantFrom(...v.directives).chain((d) =>
    fc.tuple(fc.constant(d.name), fc.array(d.values.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...d.values) }, { weight: 1, arbitrary: awkwardWord }) : awkwardWord, { minLength: 0, maxLength: 3 })),
  );
  const aclRule = aclRuleArbitrary(v);
  const lines: Array<fc.Arbitrary<string>> = [
    directive.map(([name, values]) => [name, ...values].join(' ')),
    fc.tuple(fc.constantFrom('requirepass', 'masterauth', 'primaryauth', 'tls-key-file-pass', 'tls-client-key-file-pass', 'masteruser'), fc.constantFrom(...SECRETS)).map(([n, s]) => `${n} ${s.includes(' ') ? `"${s}"` : s}`),
    fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.array(aclRule, { maxLength: 6 })).map(([name, rules]) => `user ${name} ${rules.join(' ')}`),
    fc.tuple(fc.constantFrom(...v.commands.filter((c) => !c.includes('|'))), fc.constantFrom('', '""', 'x-renamed', 'get')).map(([a, b]) => `rename-command ${a} ${b}`),
    fc.constantFrom('include /etc/redis/missing.conf', 'include /etc/redis/conf.d/*.conf', 'include ""', 'loadmodule /usr/lib/redis/x.so', 'aclfile /etc/redis/users.acl', 'dir /var/lib/redis'),
    fc.constantFrom('# comment', '', '   ', '\t# indented comment', '# redis-lint-disable-next-line overridden-setting -- test', '# redis-lint-disable protected-mode-implicit', '# redis-lint-disable-next-line nope'),
    fc.array(awkwardWord, { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')),
  ];
  if (kind === 'sentinel') {
    lines.push(
      fc.tuple(fc.constantFrom('monitor m 127.0.0.1 6379 2', 'auth-pass m', 'auth-user m', 'down-after-milliseconds m 5000', 'sentinel-pass', 'sentinel-user admin', 'resolve-hostnames yes', 'deny-scripts-reconfig no', 'known-replica m 10.0.0.2 6379'), fc.constantFrom('', ...SECRETS))
        .map(([sub, s]) => `sentinel ${sub}${sub.endsWith(' m') || sub === 'sentinel-pass' ? ` ${s || 'x'}` : ''}`),
    );
  }
  return fc.oneof(...lines);
}

function aclRuleArbitrary(v: Vocabulary): fc.Arbitrary<string> {
  const command = fc.constantFrom(...v.commands);
  return fc.oneof(
    fc.constantFrom('on', 'off', 'nopass', 'resetpass', 'reset', 'allkeys', 'resetkeys', 'allchannels', 'resetchannels', 'allcommands', 'nocommands', '~*', '&*', '+@all', '-@all', 'clearselectors', 'sanitize-payload'),
    fc.constantFrom(...SECRETS.filter((s) => !s.includes(' '))).chain((s) => fc.constantFrom(`>${s}`, `<${s}`)),
    fc.constantFrom(`#${HASH}`, `!${HASH}`, '#not-a-hash'),
    fc.stringMatching(/^[~&%][a-zA-Z*:?]{0,6}$/),
    fc.constantFrom('%R~r:*', '%W~w:*', '%RW~*', '%X~x'),
    command.map((c) => `+${c}`),
    command.map((c) => `-${c}`),
    fc.constantFrom(...v.categories).chain((c) => fc.constantFrom(`+@${c}`, `-@${c}`)),
    fc.tuple(command, fc.stringMatching(/^[a-z0-9]{0,4}$/)).map(([c, a]) => `+${c.split('|')[0]}|${a}`),
    fc.constantFrom('(~k* +get)', '(+set', 'x)', '()', '(%R~r +@read)'),
  );
}

function aclFileLine(v: Vocabulary): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.array(aclRuleArbitrary(v), { maxLength: 8 })).map(([name, rules]) => ['user', name, ...rules].join(' ')) },
    { weight: 1, arbitrary: fc.constantFrom('user default on nopass ~* &* +@all', 'user', 'user  double-space', '# comment', '', 'notuser x') },
  );
}

/** Near-valid: a line with one small mutation (characters Redis treats specially included). */
function mutate(line: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(line, fc.nat(), fc.constantFrom('"', "'", '\\', ' ', '\t', '\r', '\0', '\uFEFF', '#', '(', ')', '|', '\n', 'é', '😀', ''), fc.constantFrom('insert', 'replace', 'delete', 'truncate', 'upper', 'double')).map(([text, at, ch, op]) => {
    const i = text.length === 0 ? 0 : at % (text.length + 1);
    switch (op) {
      case 'insert':
        return text.slice(0, i) + ch + text.slice(i);
      case 'replace':
        return text.slice(0, i) + ch + text.slice(i + 1);
      case 'delete':
        return text.slice(0, i) + text.slice(i + 1);
      case 'truncate':
        return text.slice(0, i);
      case 'upper':
        return text.toUpperCase();
      default:
        return text + text;
    }
  });
}

function joinLines(lines: readonly string[], endings: readonly string[], finalNewline: boolean): string {
  let out = '';
  lines.forEach((line, i) => {
    out += line;
    if (i < lines.length - 1 || finalNewline) out += endings[i % endings.length];
  });
  return out;
}

function file(line: fc.Arbitrary<string>, maxLines: number): fc.Arbitrary<string> {
  return fc.tuple(fc.array(line, { minLength: 0, maxLength: maxLines }), fc.array(fc.constantFrom('\n', '\n', '\n', '\r\n', '\r'), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean()).map(
    ([lines, endings, final, bom]) => (bom ? '\uFEFF' : '') + joinLines(lines, endings, final),
  );
}

/** Files of valid lines from the knowledge base (any kind picks its own line shapes). */
export function validFile(target: Target, kind: ModelKind, maxLines = 12): fc.Arbitrary<FuzzInput> {
  const v = vocabulary(target);
  const line = kind === 'acl' ? aclFileLine(v) : confLine(v, kind);
  return file(line, maxLines).map((text) => ({ kind, text }));
}

/** Files where some lines carry one mutation each. */
export function nearValidFile(target: Target, kind: ModelKind, maxLines = 12): fc.Arbitrary<FuzzInput> {
  const v = vocabulary(target);
  const line = kind === 'acl' ? aclFileLine(v) : confLine(v, kind);
  return file(fc.oneof({ weight: 2, arbitrary: line }, { weight: 1, arbitrary: mutate(line) }), maxLines).map((text) => ({ kind, text }));
}

/** Arbitrary bytes, decoded as the CLI decodes a file (invalid UTF-8 becomes U+FFFD, BOM kept). */
export function bytesFile(kind: ModelKind, maxBytes = 300): fc.Arbitrary<FuzzInput> {
  const interesting = fc.constantFrom(0x0a, 0x0d, 0x20, 0x09, 0x22, 0x27, 0x5c, 0x23, 0x00, 0xef, 0xbb, 0xbf, 0xff, 0xc3, 0x78);
  const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), interesting, fc.integer({ min: 0x61, max: 0x7a }));
  return fc.array(byte, { maxLength: maxBytes }).map((bytes) => ({ kind, text: decodeText(Uint8Array.from(bytes)) }));
}
