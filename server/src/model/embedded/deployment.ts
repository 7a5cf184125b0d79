// What the manifest around an embedded config says about where it runs: the container rules
// (rules/container/) read it. Spans point into the manifest (`file`), not into the config.

import type { Span } from '../../../../grammar/src/index.js';

export interface ManifestLocation {
  /** The manifest (YAML file) the fact is written in. */
  readonly file: string;
  readonly span: Span;
}

export interface Deployment {
  /** `kubernetes`: a workload or ConfigMap of a Kubernetes manifest; `compose`: a Docker Compose service. */
  readonly platform: 'kubernetes' | 'compose';
  /** The config runs in a container (its log goes to stdout, PID 1 must not daemonize). */
  readonly container: true;
  /** What the workload or service is called (`redis-master`), for messages and cross-file matching. */
  readonly name?: string;
  /** Host names the server is reached by: the Compose service, container_name and hostname; the Kubernetes workload. */
  readonly hostnames?: readonly string[];
  /** `resources.limits.memory` (Kubernetes), `deploy.resources.limits.memory` or `mem_limit` (Compose). */
  readonly memoryLimit?: ManifestLocation & { readonly bytes: number; readonly text: string };
  /** Compose `ports:` that publish a container port on another host port (NAT between them). */
  readonly publishedPorts?: ReadonlyArray<ManifestLocation & { readonly host: number; readonly container: number }>;
  /** Compose `network_mode: host` / Kubernetes `hostNetwork: true`: no NAT. */
  readonly hostNetwork?: boolean;
}
