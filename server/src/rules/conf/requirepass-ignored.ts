import { authentication, defaultUserLine } from '../../model/config/queries.js';
import type { Rule } from '../types.js';

export const requirepassIgnored: Rule = {
  meta: {
    id: 'requirepass-ignored',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: '`requirepass` that a `user default` line or an ACL file overrides, so the password it names is not the one in force.',
    kinds: ['conf', 'sentinel'],
  },
  check({ model, report }) {
    const config = model.config;
    const requirepass = config?.effective('requirepass');
    if (!config || !requirepass || requirepass.values[0] === '') return;
    const span = requirepass.directive.name.span;
    const defaultUser = defaultUserLine(config);
    if (defaultUser) {
      const open = defaultUser.enabled && defaultUser.nopass;
      report(span,
        open
          ? '`requirepass` is ignored: the `user default … nopass` line is applied after it (whatever the order in the file), so clients need no password at all. Remove `nopass` and give the default user a password (`>…` or `#<sha256>`), or `user default off`; then drop requirepass.'
          : '`requirepass` is ignored: the `user default` line is applied after it (whatever the order in the file) and decides the default user\'s passwords. Keep the password in one place: drop requirepass, or the `user default` line.',
        {
          file: requirepass.file,
          severity: open ? 'error' : 'warning',
          related: [{ file: defaultUser.record.file, span: defaultUser.record.directive.span, message: 'the default user is defined here' }],
        });
      return;
    }
    const auth = authentication(config);
    if (auth.state === 'aclfile') {
      report(span,
        '`requirepass` has no effect when an `aclfile` is used: if the ACL file has no `user default` line, Redis creates the default user as `on nopass ~* &* +@all` and anyone connects without a password. '
        + 'Make sure the ACL file defines `user default` (with a password, or `off`), and drop requirepass.',
        { file: requirepass.file, related: [{ file: auth.aclfile.file, span: auth.aclfile.directive.span, message: 'the ACL file is named here' }] });
    }
  },
};
