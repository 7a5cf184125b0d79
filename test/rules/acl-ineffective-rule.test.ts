import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

const H = '4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe';

ruleTester('acl-ineffective-rule', {
  valid: [
    { kind: 'acl', name: 'each rule counts', text: `user default off\nuser app on ~app:* -@all +@read -@dangerous #${H}\n` },
    { kind: 'acl', name: 'explicit starting points are not flagged', text: `user default off\nuser app on reset resetkeys resetchannels resetpass nocommands -@all ~a:* +get #${H}\n` },
    { kind: 'acl', name: 'a deny after the grant', text: `user default off\nuser ops on ~* +@all -flushall #${H}\n` },
    { kind: 'acl', name: 'a subcommand after its command was denied', text: `user default off\nuser ops on ~* +@all -config +config|get #${H}\n` },
    { kind: 'acl', name: 'a first argument after the command was denied', text: `user default off\nuser app on ~* +@all -select +select|0 #${H}\n` },
    { kind: 'acl', name: 'a refused rule is invalid-acl-rule\'s', text: `user default off\nuser app on ~* +nosuchcommand +nosuchcommand #${H}\n` },
    { kind: 'acl', name: 'nopass and passwords are acl-nopass-with-password\'s', text: 'user default off\nuser app on >k8Tq2vLw9xRz nopass +get\n' },
  ],
  invalid: [
    {
      kind: 'acl',
      name: 'a deny that a later grant undoes',
      text: `user default off\nuser ops on ~* -flushall +@all #${H}\n#              ^^^^^^^^^ acl-ineffective-rule\n`,
      messages: [
        '`-flushall` does not hold: the later `+@all` allows again everything it denies, because ACL rules apply left to right, so user ops can run what this line seems to forbid. Move it after `+@all`.',
      ],
    },
    {
      kind: 'acl',
      name: 'a deny of what is already denied',
      text: `user default off\nuser app on ~a:* -@all +get -flushall #${H}\n#                           ^^^^^^^^^ acl-ineffective-rule\n`,
      messages: [
        '`-flushall` changes nothing for user app: what it denies is already denied at this point (rules apply left to right). Remove it.',
      ],
      output: `user default off\nuser app on ~a:* -@all +get #${H}\n`,
    },
    {
      kind: 'acl',
      name: 'a grant of what is already granted',
      text: `user default off\nuser ops on ~* +@all +get -flushall #${H}\n#                    ^^^^ acl-ineffective-rule\n`,
      output: `user default off\nuser ops on ~* +@all -flushall #${H}\n`,
    },
    {
      kind: 'acl',
      name: 'the same pattern twice',
      text: `user default off\nuser app on ~a:* +get ~a:* #${H}\n#                     ^^^^ acl-ineffective-rule\n`,
      output: `user default off\nuser app on ~a:* +get #${H}\n`,
    },
    {
      kind: 'acl',
      name: 'a read pattern after the read-write one',
      text: `user default off\nuser app on ~a:* %R~a:* +get #${H}\n#                ^^^^^^ acl-ineffective-rule\n`,
      output: `user default off\nuser app on ~a:* +get #${H}\n`,
    },
    {
      kind: 'acl',
      name: 'the same channel twice',
      text: `user default off\nuser app on &news &news +subscribe #${H}\n#                 ^^^^^ acl-ineffective-rule\n`,
      output: `user default off\nuser app on &news +subscribe #${H}\n`,
    },
    {
      kind: 'acl',
      name: 'the same password twice',
      text: `user default off\nuser app on >k8Tq2vLw9xRz >k8Tq2vLw9xRz +get\n#                         ^^^^^^^^^^^^^ acl-ineffective-rule\n`,
      messages: [
        '`>****` changes nothing for user app: this password is already set at this point (rules apply left to right). Remove it.',
      ],
      output: `user default off\nuser app on >k8Tq2vLw9xRz +get\n`,
    },
    {
      kind: 'acl',
      name: 'patterns that resetkeys clears',
      text: `user default off\nuser app on ~a:* resetkeys ~b:* +get #${H}\n#           ^^^^ acl-ineffective-rule\n`,
      messages: [
        '`~a:*` has no effect: the later `resetkeys` replaces everything it sets (rules apply left to right). Remove it, or move it after `resetkeys` if it was meant to win.',
      ],
    },
    {
      kind: 'acl',
      name: 'a category that -@all clears',
      text: `user default off\nuser app on ~a:* +@read -@all +get #${H}\n#                ^^^^^^ acl-ineffective-rule\n`,
    },
    {
      kind: 'acl',
      name: 'a deny that a later category repeats',
      text: `user default off\nuser ops on ~* +@all -flushall -@dangerous #${H}\n#                    ^^^^^^^^^ acl-ineffective-rule\n`,
      messages: [
        '`-flushall` is redundant: the later `-@dangerous` sets everything it sets again. Remove it.',
      ],
    },
    {
      kind: 'acl',
      name: 'a selector that clearselectors drops',
      text: `user default off\nuser app on (+get ~a) clearselectors +set ~b #${H}\n#           ^^^^^^^^^ acl-ineffective-rule\n`,
    },
    {
      kind: 'conf',
      name: 'a redis.conf user line',
      text: `user ops on ~* -config +@all\n#              ^^^^^^^ acl-ineffective-rule\n`,
    },
  ],
});

describe('acl-ineffective-rule severity', () => {
  it('warns about a deny that does not hold, and informs about the rest', () => {
    const severities = (line: string) => runRule('acl-ineffective-rule', { kind: 'acl', text: `user default off\n${line} #${H}\n` }).findings.map((f) => f.severity);
    expect(severities('user a on ~* -flushall +@all')).toEqual(['warning']);
    expect(severities('user a on ~* +@read -@all +get')).toEqual(['info']);
    expect(severities('user a on ~* -@all +get -flushall')).toEqual(['info']);
  });
});
