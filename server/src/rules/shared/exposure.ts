// The context most security rules grade their severity by: who can reach the server, whether
// they must authenticate, and whether protected mode turns remote strangers away.

import type { LintModel } from '../../model/index.js';
import {
  authentication, listening, listensOnlyLocally, protectedMode, publiclyExposed, tls,
  type Authentication, type Listening, type ProtectedMode, type Tls,
} from '../../model/config/queries.js';
import { assessPassword, isWellKnownPasswordHash } from './password-strength.js';

export interface Exposure {
  readonly listening: Listening;
  readonly auth: Authentication;
  readonly protectedMode: ProtectedMode;
  readonly tls: Tls;
  /** Loopback or unix socket only, or no TCP at all. */
  readonly localOnly: boolean;
  /** A wildcard or public address. */
  readonly publicly: boolean;
  /** The password in effect for the default user is one attackers guess (error-level weakness). */
  readonly weakAuth: boolean;
  /** A stranger can run commands without a (non-trivial) password. */
  readonly open: boolean;
}

const cache = new WeakMap<object, Exposure>();

export function exposureOf(model: LintModel): Exposure | undefined {
  const config = model.config;
  if (!config) return undefined;
  const cached = cache.get(config);
  if (cached) return cached;
  const l = listening(config, model.target);
  const auth = authentication(config);
  const weakAuth = isWeak(auth);
  const exposure: Exposure = {
    listening: l,
    auth,
    protectedMode: protectedMode(config, model.target),
    tls: tls(config, model.target),
    localOnly: listensOnlyLocally(l),
    publicly: publiclyExposed(l),
    weakAuth,
    open: auth.state === 'none' || weakAuth,
  };
  cache.set(config, exposure);
  return exposure;
}

function isWeak(auth: Authentication): boolean {
  if (auth.state !== 'password') return false;
  if (auth.via === 'requirepass') return assessPassword(auth.requirepass?.values[0] ?? '')?.level === 'error';
  const rules = auth.defaultUser?.record.args.slice(1) ?? [];
  return rules.some((arg) => (arg.value.startsWith('>') && assessPassword(arg.value.slice(1))?.level === 'error')
    || (arg.value.startsWith('#') && isWellKnownPasswordHash(arg.value.slice(1))));
}

/** `port 6379` / `tls-port 6380` / `ports 6379 and 6380`, for messages. */
export function portsText(l: Listening): string {
  if (l.port !== 0 && l.tlsPort !== 0) return `ports ${l.port} and ${l.tlsPort}`;
  return `port ${l.port !== 0 ? l.port : l.tlsPort}`;
}
