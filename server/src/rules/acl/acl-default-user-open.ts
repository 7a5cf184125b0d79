import { aclAnalysis, canRunAnything } from './analysis.js';
import { lastRule, listNames } from './support.js';
import type { Rule } from '../types.js';

const HOW =
  'Write `user default off` and let clients AUTH as named users, or give the default user a password: `user default on #<sha256> …` without nopass.';

export const aclDefaultUserOpen: Rule = {
  meta: {
    id: 'acl-default-user-open',
    category: 'security',
    severity: 'error',
    fixable: false,
    description: 'The default user of an ACL file is on without a password (`nopass`, or no `user default` line at all): every client that connects is logged in without AUTH.',
    kinds: ['acl'],
  },
  check({ model, report }) {
    const analysis = aclAnalysis(model);
    if (!analysis || analysis.kind !== 'acl') return;
    // Not a single user line (another format altogether): invalid-acl-line says it all.
    if (analysis.implicitDefault && analysis.definitions.length === 0 && (model.acl?.doc.lines.length ?? 0) > 0) return;
    if (analysis.implicitDefault) {
      report(analysis.fileAnchor,
        'This ACL file has no `user default` line, so Redis creates the default user as `on nopass ~* &* +@all`: every client that connects can run every command on every key without a password, and a `requirepass` in redis.conf is ignored. '
        + 'Add `user default off` (clients then AUTH as named users) or `user default on #<sha256> …` with the rights it needs.',
        { file: model.mainFile });
      return;
    }
    const def = analysis.definitions.find((d) => d.name === 'default' && !d.duplicate);
    if (!def || !def.user.enabled || !def.user.nopass) return;
    const nopass = lastRule(def, 'nopass');
    const span = nopass?.span ?? def.nameSpan;
    if (!canRunAnything(def.user)) {
      report(span,
        'The default user is on with `nopass`: every client that connects is logged in as `default` without a password. It may run no command today, but any rule added to it later (`ACL SETUSER default +…`) goes to everyone who can reach the server. '
        + HOW,
        { file: def.file, severity: 'warning' });
      return;
    }
    const what = def.unrestricted.length > 0
      ? 'every command on every key'
      : def.grants.length > 0
        ? `the commands it allows, including ${listNames([...new Set(def.grants.flatMap((g) => g.risks.map((r) => r.label)))], 4)}`
        : 'the commands it allows';
    report(span,
      `The default user is on with \`nopass\`: every client that connects is logged in as \`default\` without AUTH and can run ${what}. Attackers scan for exactly this (open Redis servers are taken over within hours). ${HOW}`,
      { file: def.file });
  },
};
