// The ways a rule can fail, named after the errno Redis's ACLSetUser sets, with Redis's text and ours.

export type AclErrno = 'ENOENT' | 'EINVAL' | 'EEXIST' | 'EISDIR' | 'ENODEV' | 'EBADMSG' | 'ECHILD' | 'EALREADY' | 'EBUSY';

/** `ACLSetUserStringError()`: the sentence Redis prints for each errno. */
export const REDIS_ERROR_TEXT: Record<AclErrno, string> = {
  ENOENT: 'Unknown command or category name in ACL',
  EINVAL: 'Syntax error',
  EEXIST:
    "Adding a pattern after the * pattern (or the 'allkeys' flag) is not valid and does not have any effect. " +
    "Try 'resetkeys' to start with an empty list of patterns",
  EISDIR:
    "Adding a pattern after the * pattern (or the 'allchannels' flag) is not valid and does not have any effect. " +
    "Try 'resetchannels' to start with an empty list of channels",
  ENODEV: 'The password you are trying to remove from the user does not exist',
  EBADMSG: 'The password hash must be exactly 64 characters and contain only lowercase hexadecimal characters',
  ECHILD: 'Allowing first-arg of a subcommand is not supported',
  EALREADY: 'Duplicate user found. A user can only be defined once in config files',
  EBUSY:
    'Adding a subcommand of a command already fully added is not allowed. Remove the command to start. ' +
    'Example: -DEBUG +DEBUG|DIGEST',
};

/** Why one rule failed, precisely enough for our own message. */
export type AclFailure =
  | { readonly errno: 'ENOENT'; readonly detail: 'unknown-command' | 'unknown-category' | 'unknown-subcommand'; readonly name: string }
  | { readonly errno: 'EINVAL'; readonly detail: SyntaxDetail }
  | { readonly errno: Exclude<AclErrno, 'ENOENT' | 'EINVAL'> };

export type SyntaxDetail =
  | 'unknown-rule'
  | 'pattern-has-space'
  | 'bad-permission-prefix'
  | 'empty-first-arg'
  | 'not-in-selector'
  | 'unsupported-in-version';

/** Our explanation of a failure: what is wrong and what to write instead. Never echoes the rule. */
export function explainFailure(failure: AclFailure): string {
  switch (failure.errno) {
    case 'ENOENT':
      if (failure.detail === 'unknown-category') return `Unknown ACL category '@${failure.name}'; run ACL CAT for the list.`;
      if (failure.detail === 'unknown-subcommand') return `'${failure.name}' is not a command or subcommand this Redis version has.`;
      return `Unknown command '${failure.name}'; ACL rules use the original command names, even after rename-command.`;
    case 'EINVAL':
      return SYNTAX_EXPLANATION[failure.detail];
    case 'EEXIST':
      return "A key pattern after '~*' or 'allkeys' is an error; write 'resetkeys' before the narrower patterns.";
    case 'EISDIR':
      return "A channel pattern after '&*' or 'allchannels' is an error; write 'resetchannels' before the narrower patterns.";
    case 'ENODEV':
      return 'This removes a password the user does not have at this point (rules apply left to right).';
    case 'EBADMSG':
      return "A '#' or '!' hash must be exactly 64 lower-case hex characters (a SHA-256); use '>' for a clear-text password.";
    case 'ECHILD':
      return "Redis cannot allow one first argument of a subcommand ('+cmd|sub|arg'); allow the whole subcommand.";
    case 'EALREADY':
      return 'This user is already defined; a user can only be defined once. Merge the rules into one line.';
    case 'EBUSY':
      return "This command is already fully allowed, so '+cmd|arg' is refused; remove the command first ('-cmd').";
  }
}

const SYNTAX_EXPLANATION: Record<SyntaxDetail, string> = {
  'unknown-rule': 'Not an ACL rule: rules start with on/off, >, <, #, !, ~, %R~, %W~, &, +, -, ( or are a keyword such as allkeys or nopass.',
  'pattern-has-space': 'Key and channel patterns cannot contain spaces or control characters.',
  'bad-permission-prefix': "A key permission is '%R~', '%W~' or '%RW~' followed by the pattern (each letter once).",
  'empty-first-arg': "Nothing follows the '|': write '+cmd|sub' or just '+cmd'.",
  'not-in-selector': 'Only command, key and channel rules are allowed inside a selector (…).',
  'unsupported-in-version': 'The target version does not support this rule.',
};
