// What differs in the ACL code between the targets. Everything else in this folder is shared.
import { knownTarget, type DataId } from '../../knowledge/targets.js';

/** The channel permission new and `reset` users start with (`acl-pubsub-default`). */
export type PubsubDefault = 'allchannels' | 'resetchannels';

export interface AclDialect {
  readonly target: DataId;
  /** `(…)` selectors and `clearselectors` (7.0+). */
  readonly selectors: boolean;
  /** `%R~` / `%W~` key patterns (7.0+). */
  readonly keyPermissions: boolean;
  /** `&pattern`, `allchannels`, `resetchannels` (6.2+); 6.0 has no channel permissions at all. */
  readonly channels: boolean;
  /** `(skip-)sanitize-payload` (6.2+). */
  readonly sanitizePayload: boolean;
  /** The command table has subcommands (7.0+); before, `+cmd|x` is only ever a first-arg. */
  readonly subcommands: boolean;
  /** 6.0 refuses `+cmd|x` when `cmd` is already allowed. */
  readonly firstArgOfAllowedCommandIsError: boolean;
  /** `%~pattern` (no R/W) is rejected: upstream 7.2.6/7.4.1 and Debian's 7.0.15 (CVE-2024-31227). */
  readonly percentNeedsPermission: boolean;
  /**
   * A lone `%` (no R/W, no `~`) is rejected. Debian's 7.0.15 build does [live]; the upstream fix
   * (7.2.6, 7.4.1, Valkey) only guards `~`, so there it adds a pattern with no permission.
   */
  readonly percentAloneRejected: boolean;
  /** 7.2+ keep a nested `(` inside an open selector as a word of it; 7.0 restarts the selector there. */
  readonly nestedSelectorOpen: 'restart' | 'append';
  /**
   * How ACL LIST describes commands: 6.x/7.0 rebuild categories + single commands from the
   * bitmap; 7.2+ replay the command rules as written (lower-cased, deduplicated).
   */
  readonly commandRulesFormat: 'bitmap' | 'as-written';
  /** 6.x ACL files: duplicate users are merged (the later line wins) and users start with `reset`. */
  readonly legacyAclFile: boolean;
  readonly pubsubDefault: PubsubDefault;
}

function lineOf(target: DataId): [number, number] {
  const [major, minor] = knownTarget(target).line.split('.').map(Number);
  return [major, minor];
}

function atLeast(target: DataId, major: number, minor: number): boolean {
  const [ma, mi] = lineOf(target);
  return ma > major || (ma === major && mi >= minor);
}

export function aclDialect(target: DataId, options: { pubsubDefault?: PubsubDefault } = {}): AclDialect {
  const v7 = atLeast(target, 7, 0);
  return {
    target,
    selectors: v7,
    keyPermissions: v7,
    channels: atLeast(target, 6, 2),
    sanitizePayload: atLeast(target, 6, 2),
    subcommands: v7,
    firstArgOfAllowedCommandIsError: !atLeast(target, 6, 2),
    percentNeedsPermission: true,
    percentAloneRejected: !atLeast(target, 7, 2),
    nestedSelectorOpen: atLeast(target, 7, 2) ? 'append' : 'restart',
    commandRulesFormat: atLeast(target, 7, 2) ? 'as-written' : 'bitmap',
    legacyAclFile: !v7,
    // 6.0 has no channel permissions: `allchannels` models "every channel is allowed".
    pubsubDefault: options.pubsubDefault ?? (v7 ? 'resetchannels' : 'allchannels'),
  };
}
