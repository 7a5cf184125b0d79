import type { Rule } from '../types.js';

/** A new name someone can guess: contains the original name, is short, or has a single kind of character. */
function guessable(from: string, to: string): string | undefined {
  const lower = to.toLowerCase();
  if (lower.includes(from.toLowerCase())) return 'it contains the original name';
  if (to.length < 16) return 'it is shorter than 16 characters';
  if (/^[a-z]+$/i.test(to) || /^[0-9]+$/.test(to)) return 'it uses a single kind of character';
  return undefined;
}

export const renameCommandGuessable: Rule = {
  meta: {
    id: 'rename-command-guessable',
    category: 'security',
    severity: 'warning',
    fixable: false,
    description: '`rename-command` hides a command under a name that is easy to guess.',
    kinds: ['conf'],
  },
  check({ model, report }) {
    for (const rename of model.config?.renames ?? []) {
      const [from, to] = rename.args;
      if (!from || !to || to.value === '') continue;
      const why = guessable(from.value, to.value);
      if (!why) continue;
      const command = from.value.toUpperCase();
      report(to.span,
        `${command} is renamed to a name that is easy to guess (${why}): anyone who tries the usual variants still runs it, so the rename gives a false sense of safety. `
        + `Deny the command with an ACL rule (\`-${from.value.toLowerCase()}\` on every user that must not run it) or disable it with \`rename-command ${command} ""\`.`,
        { file: rename.file });
    }
  },
};
