// Every password a conf or sentinel file holds, with a label for messages (never the value in
// a message). Used by weak-password, and by callers that load the stronger estimator only when
// a file holds a password.

import type { LintModel, Span } from '../../model/index.js';

export interface PasswordSite {
  /** How messages name it: "`requirepass`", "a password of user alice", "`sentinel auth-pass` for mymaster". */
  readonly label: string;
  readonly file: string;
  /** Where the secret is written (for the finding's range; never printed). */
  readonly span: Span;
  /** A cleartext password, or a `#<sha256>` hash (hex, without the `#`). */
  readonly kind: 'cleartext' | 'hash';
  readonly value: string;
}

export function passwordSites(model: LintModel): PasswordSite[] {
  const config = model.config;
  if (!config) return [];
  const sites: PasswordSite[] = [];
  for (const name of ['requirepass', 'masterauth', 'primaryauth']) {
    const record = config.effective(name);
    if (!record || record.values[0] === '' || record.directive.args.length !== 1) continue;
    sites.push({ label: `\`${record.directive.name.value.toLowerCase()}\``, file: record.file, span: record.directive.args[0].span, kind: 'cleartext', value: record.values[0] });
  }
  for (const user of config.users) {
    for (const arg of user.args.slice(1)) {
      const rule = arg.value.replace(/^\(+/, '').replace(/\)+$/, '');
      if (rule.startsWith('>')) sites.push({ label: `a password of user ${user.username}`, file: user.file, span: arg.span, kind: 'cleartext', value: rule.slice(1) });
      else if (rule.startsWith('#')) sites.push({ label: `a password hash of user ${user.username}`, file: user.file, span: arg.span, kind: 'hash', value: rule.slice(1) });
    }
  }
  for (const line of config.sentinel) {
    const sub = line.args[0]?.value.toLowerCase();
    if (sub === 'auth-pass' && line.args.length === 3) {
      sites.push({ label: `\`sentinel auth-pass\` for ${line.args[1].value}`, file: line.file, span: line.args[2].span, kind: 'cleartext', value: line.args[2].value });
    } else if (sub === 'sentinel-pass' && line.args.length === 2) {
      sites.push({ label: '`sentinel sentinel-pass`', file: line.file, span: line.args[1].span, kind: 'cleartext', value: line.args[1].value });
    }
  }
  return sites;
}

/** Whether the file holds any password (callers load the zxcvbn estimator only then). */
export function holdsPassword(model: LintModel): boolean {
  return passwordSites(model).some((site) => site.kind === 'cleartext');
}
