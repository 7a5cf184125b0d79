// The model of a running server: CONFIG GET * and ACL LIST turned into the config file the
// static path reads, and the comparison of a server with its file (drift).
export { parseInfo, serverVersion, liveTarget, type LiveSnapshot } from './snapshot.js';
export { quoteArg } from './quote.js';
export {
  analyzeLive, synthesizeConfig, subjectAt, liveAclContext, LIVE_FILE,
  type LiveConfig, type LiveModel, type LiveSubject, type SkippedEntry,
} from './synthesize.js';
export { parseAclList, implicitDefaultUser, sameUser, userDifferences, maskedAclLine, splitAclListLine, type LiveUser } from './users.js';
export { compareLive, type DriftEntry, type DriftResult, type SettingDrift, type UserDrift } from './drift.js';
export { normalizedValue, normalizedLive } from './normalize.js';
