// Configs embedded in YAML, as they ship: Kubernetes ConfigMap (and Secret `stringData`) keys
// named like config files, the command lines of Redis containers (Kubernetes `command`/`args`,
// Compose `command:`, also inside `sh -c` scripts) with the config file they name resolved
// through volumes, Helm values under a chosen key (`--yaml-key`), and any key named like a
// config file. Each becomes a unit: config text plus command-line options, each with a map
// back into the YAML, and what the manifest says about where it runs (Deployment).

import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Span } from '../../../../grammar/src/index.js';
import type { ModelKind } from '../analyze.js';
import type { FileAccess } from '../files/access.js';
import { dirname, resolve } from '../files/paths.js';
import { buildCommandLine, type CommandLineArg } from './command-line.js';
import type { Deployment, ManifestLocation } from './deployment.js';
import { shellCommands, shellWords, type ShellWord } from './shell.js';
import { SourceMapBuilder, wholeRange, type OffsetMap } from './source-map.js';
import { scalarText, type ScalarText } from './yaml-scalar.js';

export interface EmbeddedUnit {
  /** What it is, for people: `ConfigMap redis-config, key redis.conf`. */
  readonly label: string;
  readonly kind: ModelKind;
  /** File name of the config while it is linted (`/x/values.yaml#ConfigMap:redis-config:redis.conf`). */
  readonly file: string;
  readonly text: string;
  /** Offsets of `text` → offsets of the YAML file; absent when the config is a file of its own (`file`). */
  readonly map?: OffsetMap;
  /** Options after the config file on the server's command line, with a map into the YAML. */
  readonly commandLine?: { readonly file: string; readonly text: string; readonly map: OffsetMap };
  readonly deployment?: Deployment;
}

export interface ExtractOptions {
  /** Path of the YAML file (absolute). */
  readonly path: string;
  /** Dotted key paths whose values are configs (`master.configuration`; `\.` for a dot in a key). */
  readonly yamlKeys?: readonly string[];
  /** To read config files a Compose service mounts from the host. */
  readonly files?: FileAccess;
}

export interface Extracted {
  readonly units: EmbeddedUnit[];
  /** YAML syntax errors (only when the file mentions Redis). */
  readonly errors: Array<{ readonly span: Span; readonly message: string }>;
}

const SERVER_BINARY = /(?:^|\/)(redis-server|redis-sentinel|valkey-server|valkey-sentinel)$/;
const REDIS_IMAGE = /(?:^|\/)(?:redis|valkey|redis-stack-server|redis-stack)(?::|@|$)|bitnami\/(?:redis|valkey)/i;
const SHELLS = /(?:^|\/)(?:sh|bash|ash|dash|zsh)$/;
const CONF_KEY = /\.(?:conf|acl)$/i;
const REDIS_NAME = /redis|valkey|sentinel/i;
const REDIS_DIRECTIVE = /^[ \t]*(?:port|bind|requirepass|masterauth|maxmemory|maxmemory-policy|save|appendonly|dir|dbfilename|sentinel|include|user|protected-mode|daemonize|cluster-enabled|replicaof|slaveof|loglevel|logfile|databases|aclfile|tls-port|rename-command)[ \t]/im;

type YamlDoc = Document.Parsed;

function get(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of (node as YAMLMap).items as Pair[]) {
    const k = pair.key;
    if (isScalar(k) && String((k as Scalar).value) === key) return pair.value as Node | undefined;
  }
  return undefined;
}

function path(node: unknown, ...keys: string[]): Node | undefined {
  let at: unknown = node;
  for (const key of keys) at = get(at, key);
  return at as Node | undefined;
}

function str(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const value = (node as Scalar).value;
  return value === null || value === undefined ? undefined : String(value);
}

function rangeOf(node: unknown): Span | undefined {
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

function items(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

function pairs(node: unknown): Pair[] {
  return isMap(node) ? ((node as YAMLMap).items as Pair[]) : [];
}

/** The kind of an embedded config by its key and content (DESIGN.md kind detection). */
export function embeddedKind(name: string, text: string): ModelKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.acl')) return 'acl';
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length > 0 && lines.every((l) => l.startsWith('user '))) return 'acl';
  if (lower.includes('sentinel') || /^[ \t]*sentinel[ \t]+monitor[ \t]/im.test(text)) return 'sentinel';
  return 'conf';
}

/** A data key that holds a Redis config: `*.acl`, `*.conf` named for Redis or reading like one. */
function isConfigKey(name: string, text: string): boolean {
  if (!CONF_KEY.test(name)) return false;
  if (name.toLowerCase().endsWith('.acl')) return /^\s*user\s/m.test(text) || text.trim() === '';
  return REDIS_NAME.test(name) || REDIS_DIRECTIVE.test(text);
}

/** Kubernetes quantities (`512Mi`, `1G`, `1e9`) and Compose sizes (`512m`, `1gb`) in bytes. */
export function parseMemoryLimit(text: string, platform: 'kubernetes' | 'compose'): number | undefined {
  const t = text.trim();
  if (platform === 'kubernetes') {
    const m = /^(\d+(?:\.\d+)?)(?:e(\d+))?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E|m)?$/.exec(t);
    if (!m) return undefined;
    const units: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, m: 1e-3 };
    return Math.floor(Number(m[1]) * (m[2] ? 10 ** Number(m[2]) : 1) * (m[3] ? units[m[3]] : 1));
  }
  const m = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)b?$/i.exec(t);
  if (!m) return undefined;
  const units: Record<string, number> = { '': 1, b: 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };
  return Math.floor(Number(m[1]) * units[m[2].toLowerCase()]);
}

/** A word of a command line: its value and where the value is written in the YAML. */
interface Word {
  readonly value: string;
  readonly span: Span;
  /** The text of the word mapped into the YAML (for exact positions inside it). */
  readonly map: OffsetMap;
}

class Extractor {
  readonly units: EmbeddedUnit[] = [];
  private readonly configMaps = new Map<string, Map<string, { scalar: Scalar; key: string; text: ScalarText }>>();
  /** ConfigMap keys a container reads: not linted again on their own. */
  private readonly usedKeys = new Set<string>();
  private readonly standalone: Array<{ label: string; name: string; scalar: Scalar; mapName?: string; key?: string; deployment?: Deployment }> = [];
  private slugs = new Set<string>();

  /** `parsed`: the text the YAML was parsed from (template control lines blanked, same length). */
  constructor(private readonly yaml: string, private readonly options: ExtractOptions, private readonly parsed: string = yaml) {}

  private slug(label: string): string {
    let base = `${this.options.path}#${label.replace(/[/\\\s]+/g, ':')}`;
    let n = 2;
    while (this.slugs.has(base)) base = `${this.options.path}#${label.replace(/[/\\\s]+/g, ':')}:${n++}`;
    this.slugs.add(base);
    return base;
  }

  private scalar(node: Scalar): ScalarText {
    const range = (node as unknown as { range: [number, number, number] }).range;
    const found = scalarText(this.parsed, node.type, [range[0], range[1]], String(node.value ?? ''));
    if (this.parsed === this.yaml) return found;
    // Blanked template lines inside the scalar read as written.
    let text = '';
    for (let i = 0; i < found.text.length; i++) {
      const at = found.map.toOriginal({ start: i, end: i + 1 });
      text += at.end - at.start === 1 && this.parsed[at.start] !== this.yaml[at.start] ? this.yaml[at.start] : found.text[i];
    }
    return { text, map: found.map };
  }

  private location(node: unknown): ManifestLocation | undefined {
    const span = rangeOf(node);
    return span ? { file: this.options.path, span } : undefined;
  }

  run(docs: readonly YamlDoc[]): void {
    const workloads: Array<{ doc: YamlDoc; root: Node }> = [];
    for (const doc of docs) {
      const root = doc.contents as Node | null;
      if (!isMap(root)) continue;
      const apiVersion = str(get(root, 'apiVersion'));
      const kind = str(get(root, 'kind'));
      if (apiVersion !== undefined && kind !== undefined) {
        if (kind === 'ConfigMap' || kind === 'Secret') this.collectConfigMap(root, kind);
        else workloads.push({ doc, root });
      } else if (isMap(get(root, 'services'))) {
        this.compose(root);
      } else {
        this.autoKeys(root, []);
      }
      for (const key of this.options.yamlKeys ?? []) this.yamlKey(root, key);
    }
    for (const { root } of workloads) this.workload(root);
    for (const item of this.standalone) {
      if (item.mapName !== undefined && item.key !== undefined && this.usedKeys.has(`${item.mapName}\0${item.key}`)) continue;
      this.addScalarUnit(item.label, item.name, item.scalar, item.deployment);
    }
  }

  private addScalarUnit(label: string, name: string, scalar: Scalar, deployment?: Deployment): void {
    const text = this.scalar(scalar);
    this.units.push({
      label, kind: embeddedKind(name, text.text), file: this.slug(label), text: text.text, map: text.map,
      ...(deployment ? { deployment } : {}),
    });
  }

  private collectConfigMap(root: Node, kind: string): void {
    const name = str(path(root, 'metadata', 'name')) ?? '';
    const data = kind === 'Secret' ? get(root, 'stringData') : get(root, 'data');
    const entries = new Map<string, { scalar: Scalar; key: string; text: ScalarText }>();
    for (const pair of pairs(data)) {
      const key = str(pair.key);
      if (key === undefined || !isScalar(pair.value)) continue;
      const scalar = pair.value as Scalar;
      const text = this.scalar(scalar);
      entries.set(key, { scalar, key, text });
      if (isConfigKey(key, text.text)) {
        this.standalone.push({
          label: `${kind} ${name} ${key}`, name: key, scalar, mapName: `${kind}\0${name}`, key,
          deployment: { platform: 'kubernetes', container: true },
        });
      }
    }
    this.configMaps.set(`${kind}\0${name}`, entries);
  }

  /** Helm-style values and other YAML: any key named like a Redis config file. */
  private autoKeys(node: unknown, trail: string[]): void {
    if (trail.length > 12) return;
    for (const pair of pairs(node)) {
      const key = str(pair.key);
      if (key === undefined) continue;
      if (isScalar(pair.value)) {
        const value = str(pair.value) ?? '';
        if (isConfigKey(key, value)) this.standalone.push({ label: [...trail, key].join('.'), name: key, scalar: pair.value as Scalar });
      } else {
        this.autoKeys(pair.value, [...trail, key]);
      }
    }
    for (const item of items(node)) this.autoKeys(item, trail);
  }

  private yamlKey(root: Node, key: string): void {
    const parts = key.split(/(?<!\\)\./).map((p) => p.replace(/\\\./g, '.'));
    let at: unknown = root;
    for (const part of parts) at = /^\d+$/.test(part) && isSeq(at) ? items(at)[Number(part)] : get(at, part);
    if (!isScalar(at)) return;
    const label = key;
    if (this.standalone.some((s) => s.scalar === at)) return;
    this.standalone.push({ label, name: parts[parts.length - 1], scalar: at as Scalar, deployment: { platform: 'kubernetes', container: true } });
  }

  // -------------------------------------------------------------------------------------------
  // Command lines

  /** Words of a YAML list of arguments, or of a string split as a shell would. */
  private words(node: unknown): Word[] {
    if (isSeq(node)) {
      const out: Word[] = [];
      for (const item of items(node)) {
        if (!isScalar(item)) continue;
        const text = this.scalar(item as Scalar);
        const span = text.map.toOriginal({ start: 0, end: text.text.length });
        out.push({ value: text.text, span, map: text.map });
      }
      return out;
    }
    if (isScalar(node)) {
      const text = this.scalar(node as Scalar);
      return shellWords(text.text).map((w) => this.wordIn(text, w));
    }
    return [];
  }

  private wordIn(text: ScalarText, word: ShellWord): Word {
    const span = text.map.toOriginal(word.span);
    const exact = text.map.isExact(word.span) && word.span.end - word.span.start === word.value.length;
    const map = exact
      ? new SourceMapBuilder().copy(span.start, word.value.length).build(this.yaml.length)
      : wholeRange(word.value.length, span.start, span.end);
    return { value: word.value, span, map };
  }

  /** `sh -c "… redis-server … "`: the server command inside the script. */
  private fromScript(words: readonly Word[], node: unknown): Word[] | undefined {
    if (words.length < 3 || !SHELLS.test(words[0].value)) return undefined;
    const c = words.findIndex((w, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(w.value));
    if (c === -1 || !words[c + 1]) return undefined;
    // The script is one list item (or one shell word of a string command).
    const scriptNode = isSeq(node) ? items(node).find((item) => isScalar(item) && String((item as Scalar).value) === words[c + 1].value) : undefined;
    const text: ScalarText = scriptNode ? this.scalar(scriptNode as Scalar) : { text: words[c + 1].value, map: words[c + 1].map as ScalarText['map'] };
    for (const command of shellCommands(text.text)) {
      let at = command.findIndex((w) => SERVER_BINARY.test(w.value));
      if (at === -1) continue;
      // `exec redis-server …`, `gosu redis redis-server …`: the server is what counts.
      at = Math.max(at, 0);
      return command.slice(at).map((w) => this.wordIn(text, w));
    }
    return undefined;
  }

  /**
   * The server's argv (binary first) from a container's command and arguments; `image` decides
   * what an image's own entrypoint does (`docker-entrypoint.sh` prepends redis-server to
   * arguments that start with `-` or end in `.conf`).
   */
  private serverArgv(command: unknown, args: unknown, image: string | undefined): Word[] | undefined {
    const commandWords = this.words(command);
    const argWords = this.words(args);
    const all = [...commandWords, ...argWords];
    const at = all.findIndex((w) => SERVER_BINARY.test(w.value));
    if (at !== -1) return all.slice(at);
    const script = this.fromScript(commandWords.length > 0 ? all : argWords, commandWords.length > 0 ? command : args);
    if (script) return script;
    if (!image || !REDIS_IMAGE.test(image) || commandWords.length > 0) return undefined;
    if (argWords.length === 0) return [];
    if (argWords[0].value.startsWith('-') || argWords[0].value.endsWith('.conf')) return [{ value: 'redis-server', span: argWords[0].span, map: wholeRange(12, argWords[0].span.start, argWords[0].span.start) }, ...argWords];
    return undefined;
  }

  /**
   * A unit for a server started with `argv` (binary first): the config file it names (found by
   * `findConfig`), the options after it, and where it runs.
   */
  private serverUnit(label: string, argv: readonly Word[], anchor: Span, deployment: Deployment, findConfig: (path: string) => { text: string; map?: OffsetMap; file?: string } | undefined): void {
    const binary = argv[0]?.value ?? 'redis-server';
    let rest = argv.slice(1);
    let config: { text: string; map?: OffsetMap; file?: string } | undefined;
    let configNamed = false;
    if (rest.length > 0 && !rest[0].value.startsWith('-')) {
      configNamed = true;
      config = findConfig(rest[0].value);
      rest = rest.slice(1);
    }
    const args: CommandLineArg[] = rest.map((w) => ({ value: w.value, span: w.span }));
    const built = buildCommandLine(args);
    // Words whose value maps character for character keep their inner positions.
    const sentinel = /sentinel$/.test(binary) || built.sentinel;
    const file = this.slug(label);
    const commandLine = built.text.length > 0 ? { file: `${file}:args`, text: built.text, map: built.map } : undefined;
    let text = '';
    let map: OffsetMap | undefined = wholeRange(0, anchor.start, anchor.end);
    let mainFile = file;
    if (config) {
      text = config.text;
      if (config.file) {
        mainFile = config.file;
        map = undefined;
      } else {
        map = config.map;
      }
    } else if (!configNamed && commandLine) {
      // No config file at all: the options are the whole configuration.
      this.units.push({ label, kind: sentinel ? 'sentinel' : 'conf', file: commandLine.file, text: commandLine.text, map: commandLine.map, deployment });
      return;
    } else if (configNamed) {
      // A config file this manifest does not hold: only the options are known.
      text = '';
    }
    this.units.push({
      label, kind: sentinel ? 'sentinel' : embeddedKind(label, text), file: mainFile, text,
      ...(map ? { map } : {}),
      ...(commandLine ? { commandLine } : {}),
      deployment,
    });
  }

  private workload(root: Node): void {
    const kind = str(get(root, 'kind')) ?? '';
    const name = str(path(root, 'metadata', 'name')) ?? '';
    const spec = kind === 'Pod' ? get(root, 'spec')
      : kind === 'CronJob' ? path(root, 'spec', 'jobTemplate', 'spec', 'template', 'spec')
        : path(root, 'spec', 'template', 'spec');
    if (!isMap(spec)) return;
    const serviceName = str(path(root, 'spec', 'serviceName'));
    const hostNetwork = str(get(spec, 'hostNetwork')) === 'true';
    const volumes = new Map<string, Node>();
    for (const volume of items(get(spec, 'volumes'))) {
      const volumeName = str(get(volume, 'name'));
      if (volumeName !== undefined) volumes.set(volumeName, volume);
    }
    for (const container of items(get(spec, 'containers'))) {
      const image = str(get(container, 'image'));
      const argv = this.serverArgv(get(container, 'command'), get(container, 'args'), image);
      if (!argv) continue;
      const containerName = str(get(container, 'name')) ?? '';
      const limitNode = path(container, 'resources', 'limits', 'memory');
      const limitText = str(limitNode);
      const limitBytes = limitText !== undefined ? parseMemoryLimit(limitText, 'kubernetes') : undefined;
      const limitAt = this.location(limitNode);
      const deployment: Deployment = {
        platform: 'kubernetes', container: true, name: name || containerName,
        hostnames: [name, containerName, ...(serviceName ? [serviceName, `${name}-0.${serviceName}`] : [])].filter((h) => h !== ''),
        ...(limitBytes !== undefined && limitText !== undefined && limitAt ? { memoryLimit: { ...limitAt, bytes: limitBytes, text: limitText } } : {}),
        ...(hostNetwork ? { hostNetwork: true } : {}),
      };
      const anchor = rangeOf(get(container, 'command')) ?? rangeOf(get(container, 'args')) ?? rangeOf(get(container, 'image')) ?? { start: 0, end: 0 };
      const label = `${kind} ${name} container ${containerName}`;
      const mounts = items(get(container, 'volumeMounts'));
      // ConfigMaps mounted into this container run here even when the command does not name them.
      for (const mount of mounts) {
        const source = this.mountSource(volumes.get(str(get(mount, 'name')) ?? ''));
        if (!source) continue;
        for (const item of this.standalone) {
          if (item.mapName === source.map && item.deployment) item.deployment = deployment;
        }
      }
      this.serverUnit(label, argv, anchor, deployment, (configPath) => this.configFromMounts(configPath, mounts, volumes));
    }
  }

  private mountSource(volume: Node | undefined): { map: string; items: Node[] } | undefined {
    if (!volume) return undefined;
    const configMap = get(volume, 'configMap');
    if (configMap) return { map: `ConfigMap\0${str(get(configMap, 'name')) ?? ''}`, items: items(get(configMap, 'items')) };
    const secret = get(volume, 'secret');
    if (secret) return { map: `Secret\0${str(get(secret, 'secretName')) ?? ''}`, items: items(get(secret, 'items')) };
    return undefined;
  }

  private configFromMounts(configPath: string, mounts: readonly Node[], volumes: ReadonlyMap<string, Node>): { text: string; map: OffsetMap } | undefined {
    for (const mount of mounts) {
      const mountPath = (str(get(mount, 'mountPath')) ?? '').replace(/\/+$/, '');
      const subPath = str(get(mount, 'subPath'));
      const source = this.mountSource(volumes.get(str(get(mount, 'name')) ?? ''));
      if (!source || mountPath === '') continue;
      let relative: string | undefined;
      if (subPath !== undefined) {
        if (configPath === mountPath) relative = subPath;
      } else if (configPath.startsWith(`${mountPath}/`)) {
        relative = configPath.slice(mountPath.length + 1);
      }
      if (relative === undefined) continue;
      let key = relative;
      if (source.items.length > 0) {
        const item = source.items.find((i) => str(get(i, 'path')) === relative);
        if (!item) continue;
        key = str(get(item, 'key')) ?? relative;
      }
      const entry = this.configMaps.get(source.map)?.get(key);
      if (!entry) continue;
      this.usedKeys.add(`${source.map}\0${key}`);
      return { text: entry.text.text, map: entry.text.map };
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Docker Compose

  private compose(root: Node): void {
    const configs = get(root, 'configs');
    for (const pair of pairs(get(root, 'services'))) {
      const serviceName = str(pair.key) ?? '';
      const service = pair.value;
      if (!isMap(service)) continue;
      const image = str(get(service, 'image'));
      const entrypoint = get(service, 'entrypoint');
      const command = get(service, 'command');
      let argv = entrypoint ? this.serverArgv(entrypoint, command, undefined) : this.serverArgv(undefined, command, image);
      if (!argv && !command && !entrypoint && image && REDIS_IMAGE.test(image)) argv = [];
      if (!argv) continue;
      const memNode = path(service, 'deploy', 'resources', 'limits', 'memory') ?? get(service, 'mem_limit');
      const memText = str(memNode);
      const memBytes = memText !== undefined ? parseMemoryLimit(memText, 'compose') : undefined;
      const memAt = this.location(memNode);
      const published: Array<ManifestLocation & { host: number; container: number }> = [];
      for (const port of items(get(service, 'ports'))) {
        const at = this.location(port);
        if (!at) continue;
        if (isScalar(port)) {
          const m = /^(?:[\d.]+:|\[[^\]]*\]:)?(?:(\d+)(?:-\d+)?:)?(\d+)(?:-\d+)?(?:\/\w+)?$/.exec(String((port as Scalar).value));
          if (m) published.push({ ...at, host: m[1] ? Number(m[1]) : 0, container: Number(m[2]) });
        } else {
          const target = Number(str(get(port, 'target')));
          const host = Number(str(get(port, 'published')) ?? 0);
          if (Number.isInteger(target)) published.push({ ...at, host: Number.isInteger(host) ? host : 0, container: target });
        }
      }
      const containerName = str(get(service, 'container_name'));
      const hostname = str(get(service, 'hostname'));
      const deployment: Deployment = {
        platform: 'compose', container: true, name: serviceName,
        hostnames: [serviceName, ...(containerName ? [containerName] : []), ...(hostname ? [hostname] : [])],
        ...(memBytes !== undefined && memText !== undefined && memAt ? { memoryLimit: { ...memAt, bytes: memBytes, text: memText } } : {}),
        ...(published.length > 0 ? { publishedPorts: published } : {}),
        ...(str(get(service, 'network_mode')) === 'host' ? { hostNetwork: true } : {}),
      };
      const anchor = rangeOf(command) ?? rangeOf(entrypoint) ?? rangeOf(get(service, 'image')) ?? rangeOf(pair.key) ?? { start: 0, end: 0 };
      const label = `service ${serviceName}`;
      this.serverUnit(label, argv, anchor, deployment, (configPath) => this.composeConfig(configPath, service, configs));
    }
  }

  private composeConfig(configPath: string, service: Node, configs: Node | undefined): { text: string; file: string } | undefined {
    const base = dirname(this.options.path);
    const candidates: string[] = [];
    for (const volume of items(get(service, 'volumes'))) {
      let source: string | undefined;
      let target: string | undefined;
      if (isScalar(volume)) {
        const parts = String((volume as Scalar).value).split(':');
        if (parts.length >= 2) [source, target] = parts;
      } else {
        source = str(get(volume, 'source'));
        target = str(get(volume, 'target'));
      }
      if (!source || !target || !/^[./~]/.test(source)) continue; // named volumes hold no host file
      target = target.replace(/\/+$/, '');
      if (configPath === target) candidates.push(resolve(base, source));
      else if (configPath.startsWith(`${target}/`)) candidates.push(resolve(base, `${source}/${configPath.slice(target.length + 1)}`));
    }
    for (const ref of items(get(service, 'configs'))) {
      const name = isScalar(ref) ? str(ref) : str(get(ref, 'source'));
      const target = isScalar(ref) ? `/${name}` : str(get(ref, 'target')) ?? `/${name}`;
      const file = name ? str(path(configs, name, 'file')) : undefined;
      if (file && target === configPath) candidates.push(resolve(base, file));
    }
    for (const candidate of candidates) {
      const read = this.options.files?.read(candidate);
      if (read && 'text' in read) return { text: read.text, file: candidate };
    }
    return undefined;
  }
}

/** Template-only lines (`{{- if … }}`) make Helm templates invalid YAML: blanked for parsing. */
function blankTemplateLines(yaml: string): string {
  return yaml.replace(/^([ \t]*)(\{\{-?[^\n]*?-?\}\}[ \t]*)$/gm, (_all, indent: string, body: string) => indent + '#'.padEnd(body.length, ' '));
}

/** The configs embedded in a YAML text (several documents allowed). */
export function extractEmbedded(yaml: string, options: ExtractOptions): Extracted {
  let docs = parseAllDocuments(yaml) as unknown as YamlDoc[];
  let parsed = yaml;
  const broken = (list: readonly YamlDoc[]) => !Array.isArray(list) || list.some((d) => d.errors.length > 0);
  if (broken(docs) && yaml.includes('{{')) {
    const text = blankTemplateLines(yaml);
    const blanked = parseAllDocuments(text) as unknown as YamlDoc[];
    if (!broken(blanked)) {
      docs = blanked;
      parsed = text;
    }
  }
  if (!Array.isArray(docs)) return { units: [], errors: [] };
  const errors: Extracted['errors'] = [];
  if (REDIS_NAME.test(yaml)) {
    for (const doc of docs) {
      for (const error of doc.errors) errors.push({ span: { start: error.pos[0], end: error.pos[1] }, message: error.message.split('\n')[0] });
    }
  }
  const extractor = new Extractor(yaml, options, parsed);
  extractor.run(docs.filter((d) => d.errors.length === 0));
  return { units: extractor.units, errors };
}
