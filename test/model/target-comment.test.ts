import { describe, expect, it } from 'vitest';
import { targetFromComment } from '../../server/src/model/index.js';

describe('targetFromComment', () => {
  it('reads the version from a comment anywhere in the file', () => {
    expect(targetFromComment('port 6379\n# redis-lint: redis-version 7.2\n', 'conf')).toBe('7.2');
    expect(targetFromComment('  #redis-lint:  redis-version valkey-8.0\r\n', 'sentinel')).toBe('valkey-8.0');
  });
  it('ignores other comments, directives and ACL files', () => {
    expect(targetFromComment('# redis-lint-disable foo\nport 1\n', 'conf')).toBeUndefined();
    expect(targetFromComment('redis-version 7.2\n', 'conf')).toBeUndefined();
    expect(targetFromComment('# redis-lint: redis-version 7.2\n', 'acl')).toBeUndefined();
  });
});
