import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';

const H = '4a94ff655d505ea46e0cf475d2a08c80c4eb77b2ac479973f743f50b7470f9fe';

ruleTester('acl-dangerous-commands', {
  valid: [
    { kind: 'acl', name: 'read-only data access', text: `user default off\nuser app on ~app:* -@all +@read -@dangerous #${H}\n` },
    { kind: 'acl', name: 'a disabled user', text: `user default off\nuser x off ~* -@all +flushall #${H}\n` },
    { kind: 'acl', name: 'every command on every key is acl-user-unrestricted\'s', text: `user default off\nuser admin on ~* +@all #${H}\n` },
    { kind: 'acl', name: 'a replication user (PSYNC is what it is for)', text: `user default off\nuser replica on -@all +psync +replconf +ping #${H}\n` },
    { kind: 'acl', name: 'an operator without dangerous commands and scripts', text: `user default off\nuser ops on ~* +@all -@dangerous -@scripting +info #${H}\n` },
  ],
  invalid: [
    {
      kind: 'acl',
      text: `user default off\nuser ops on -@all +flushall +get ~* #${H}\n#                 ^^^^^^^^^ acl-dangerous-commands\n`,
      messages: ['User ops may run FLUSHALL through `+flushall`: whoever holds its password can wipe the data. Key patterns do not limit commands that take no keys. Remove this rule unless this is an administrator account.'],
    },
    {
      kind: 'acl',
      name: 'a category',
      text: `user default off\nuser ops on ~* -@all +@admin #${H}\n#                    ^^^^^^^ acl-dangerous-commands\n`,
      messages: ['User ops may run CONFIG SET, CONFIG GET, CONFIG REWRITE, MODULE LOAD, MODULE LOADEX, MODULE UNLOAD and 20 more through `+@admin`: whoever holds its password can read the stored passwords and point `dir`/`dbfilename` anywhere to write files, load native code into the server or crash it, make the server a replica of a host they control (the HeadCrab and P2PInfect route), read password hashes and create or change users and stop the server, watch every command, or stall it. Key patterns do not limit commands that take no keys. Unless this is an administrator account, deny them after this rule: `-@dangerous`, or name them (`-config|set -config|get -config|rewrite …`).'],
    },
    { kind: 'acl', name: 'scripting alone: info', text: `user default off\nuser app on ~app:* -@all +get +eval #${H}\n#                             ^^^^^ acl-dangerous-commands\n` },
    { kind: 'acl', name: 'a selector', text: `user default off\nuser x on (~x +flushdb) #${H}\n#         ^^^^^^^^^^^^^ acl-dangerous-commands\n` },
    { kind: 'acl', name: 'Redis 6.2: CONFIG SET as a first argument', target: '6.2', text: `user default off\nuser x on -@all +config|set ~* #${H}\n#               ^^^^^^^^^^^ acl-dangerous-commands\n` },
    { kind: 'acl', name: 'the default user', text: `user default on -@all +keys ~* #${H}\n#                     ^^^^^ acl-dangerous-commands\n` },
    { name: 'a redis.conf user line', text: `user ops on -@all +@dangerous ~*\n#                 ^^^^^^^^^^^ acl-dangerous-commands\n` },
  ],
});

describe('acl-dangerous-commands severity', () => {
  it('is info when only scripting is allowed', () => {
    expect(runRule('acl-dangerous-commands', { kind: 'acl', text: `user default off\nuser app on ~a:* -@all +get +eval #${H}\n` }).findings.map((f) => f.severity)).toEqual(['info']);
    expect(runRule('acl-dangerous-commands', { kind: 'acl', text: `user default off\nuser app on ~a:* -@all +get +eval +keys #${H}\n` }).findings.map((f) => f.severity)).toEqual(['info', 'warning']);
  });
});
