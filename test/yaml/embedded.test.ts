// Configs embedded in YAML: a Kubernetes manifest, a Helm values file and a Compose file written
// for these tests, linted through the CLI; findings must land on the right YAML lines and
// columns, and no output may show a password written in them.

import { describe, expect, it } from 'vitest';
import { extractEmbedded } from '../../server/src/model/embedded/manifest.js';
import { scalarText } from '../../server/src/model/embedded/yaml-scalar.js';
import { parseDocument, isMap, type Scalar, type YAMLMap, type Pair } from 'yaml';
import { run, tempTree } from '../cli/helpers.js';

interface JsonMessage {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fatal: boolean;
  severity: number;
}

async function lintJson(files: Record<string, string>, args: string[]): Promise<{ code: number; byFile: Map<string, JsonMessage[]>; stdout: string; text: string }> {
  const dir = tempTree(files);
  const json = await run(['--format', 'json', '--redis-version', '7.0', '--severity', 'info', ...args], { cwd: dir });
  const text = await run(['--redis-version', '7.0', '--severity', 'info', ...args], { cwd: dir });
  const byFile = new Map<string, JsonMessage[]>();
  for (const entry of JSON.parse(json.stdout) as Array<{ filePath: string; messages: JsonMessage[] }>) {
    byFile.set(entry.filePath.replace(`${dir}/`, ''), [...(byFile.get(entry.filePath.replace(`${dir}/`, '')) ?? []), ...entry.messages]);
  }
  return { code: json.code, byFile, stdout: json.stdout, text: text.stdout };
}

const where = (messages: readonly JsonMessage[] | undefined) => (messages ?? []).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.ruleId}`);

const MANIFEST = `apiVersion: v1
kind: ConfigMap
metadata:
  name: redis-config
data:
  redis.conf: |
    port 6379
    daemonize yes
    requirepass Manifest-Secret-Passw0rd
    logfile /var/log/redis.log
    appendonly maybe
  users.acl: |
    user default off
    user app on >App-Secret-Passw0rd-1 ~app:* +@all nosuchrule
  nginx.conf: |
    server { listen 80; }
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
spec:
  serviceName: redis-headless
  template:
    spec:
      containers:
        - name: redis
          image: redis:7.0
          command: ["redis-server", "/etc/redis/redis.conf", "--maxclients", "0"]
          resources:
            limits:
              memory: 1Gi
          volumeMounts:
            - name: config
              mountPath: /etc/redis
      volumes:
        - name: config
          configMap:
            name: redis-config
`;

describe('Kubernetes manifests', () => {
  it('lints the mounted ConfigMap with the container command, at the right YAML lines', async () => {
    const { byFile, stdout, text } = await lintJson({ 'redis.yaml': MANIFEST }, ['redis.yaml']);
    const found = where(byFile.get('redis.yaml'));
    expect(found).toEqual(expect.arrayContaining([
      '8:15-18 daemonize-in-container',
      '10:13-31 logfile-in-container',
      '11:16-21 invalid-value',
      '14:53-63 invalid-acl-rule',
      '29:79-80 invalid-value',
      '32:23-26 maxmemory-over-memory-limit',
    ]));
    // nginx.conf is not a Redis config.
    expect(found.filter((f) => f.startsWith('16:'))).toEqual([]);
    const fatal = (byFile.get('redis.yaml') ?? []).filter((m) => m.fatal).map((m) => m.line);
    expect(fatal).toEqual(expect.arrayContaining([11, 29]));
    for (const out of [stdout, text]) {
      expect(out).not.toContain('Manifest-Secret-Passw0rd');
      expect(out).not.toContain('App-Secret-Passw0rd-1');
    }
    expect(text).toContain('  14 |     user app on **** ~app:* +@all nosuchrule');
  });

  it('finds the server in sh -c scripts and in image defaults', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: a
      image: busybox
      command: ["sh", "-c", "echo hi && exec redis-server --port 6380 --daemonize yes"]
    - name: b
      image: redis:7.2
      args: ["--appendonly", "yes"]
    - name: c
      image: nginx
      args: ["--port", "1"]
`;
    const units = extractEmbedded(yaml, { path: '/x/p.yaml' }).units;
    expect(units.map((u) => [u.label, u.text])).toEqual([
      ['Pod p container a', 'port "6380" \ndaemonize "yes" '],
      ['Pod p container b', 'appendonly "yes" '],
    ]);
    const yes = units[0].text.lastIndexOf('yes');
    const daemonize = units[0].map?.toOriginal({ start: yes, end: yes + 3 });
    expect(yaml.slice(daemonize?.start, daemonize?.end)).toBe('yes');
  });

  it('reads Helm chart templates whose control lines are not YAML', () => {
    const yaml = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "redis.fullname" . }}
data:
{{- if .Values.auth.enabled }}
  redis.conf: |
    requirepass {{ .Values.auth.password | quote }}
    {{- if .Values.tls }}
    tls-port 6380
    {{- end }}
{{- end }}
`;
    const units = extractEmbedded(yaml, { path: '/x/cm.yaml' }).units;
    expect(units).toHaveLength(1);
    expect(units[0].text).toBe('requirepass {{ .Values.auth.password | quote }}\n{{- if .Values.tls }}\ntls-port 6380\n{{- end }}\n');
  });
});

describe('Helm values', () => {
  const VALUES = `replicaCount: 3
master:
  persistence:
    enabled: true
  configuration: |-
    maxmemory 100mb
    maxmemory-policy nosuchpolicy
    daemonize yes
    port {{ .Values.port }}
replica:
  redis.conf: |
      bind 0.0.0.0
      protected-mode maybe
`;

  it('lints the chosen key and keys named like config files, with positions in the YAML', async () => {
    const { byFile } = await lintJson({ 'values.yaml': VALUES }, ['--yaml-key', 'master.configuration', 'values.yaml']);
    const found = where(byFile.get('values.yaml'));
    expect(found).toEqual(expect.arrayContaining([
      '7:22-34 invalid-value',
      '8:15-18 daemonize-in-container',
      '9:10-28 template-placeholder',
      '13:22-27 invalid-value',
    ]));
    expect(found.some((f) => f.startsWith('9:') && f.includes('invalid-value'))).toBe(false);
  });

  it('renders placeholders with --define inside YAML too', async () => {
    const { byFile } = await lintJson({ 'values.yaml': VALUES }, ['--yaml-key', 'master.configuration', '--define', 'Values.port=99999', 'values.yaml']);
    expect(where(byFile.get('values.yaml'))).toEqual(expect.arrayContaining(['9:10-28 invalid-value']));
  });

  it('without --yaml-key, a key that is not named like a config is left alone', async () => {
    const { byFile } = await lintJson({ 'values.yaml': VALUES }, ['values.yaml']);
    expect(where(byFile.get('values.yaml')).some((f) => f.startsWith('7:'))).toBe(false);
  });
});

describe('Docker Compose', () => {
  const COMPOSE = `services:
  redis-master:
    image: redis:7.0
    command: redis-server /usr/local/etc/redis/redis.conf --appendonly maybe
    volumes:
      - ./conf/master.conf:/usr/local/etc/redis/redis.conf:ro
    mem_limit: 512m
  redis-replica:
    image: redis:7.0
    command:
      - redis-server
      - --replicaof
      - redis-master
      - "6379"
      - --masterauth
      - Compose-Wrong-Passw0rd
  web:
    image: nginx
`;
  const MASTER = 'port 6379\nrequirepass Compose-Master-Passw0rd\nlogfile /data/redis.log\n';

  it('lints command lines and bind-mounted configs; the replica is checked against its primary', async () => {
    const { byFile, stdout, text } = await lintJson({ 'docker-compose.yml': COMPOSE, 'conf/master.conf': MASTER }, ['docker-compose.yml']);
    expect(where(byFile.get('docker-compose.yml'))).toEqual(expect.arrayContaining([
      '4:72-77 invalid-value',
      '7:16-20 maxmemory-over-memory-limit',
      '16:9-31 replica-auth-mismatch',
    ]));
    expect(where(byFile.get('conf/master.conf'))).toEqual(expect.arrayContaining(['3:9-24 logfile-in-container']));
    for (const out of [stdout, text]) {
      expect(out).not.toContain('Compose-Master-Passw0rd');
      expect(out).not.toContain('Compose-Wrong-Passw0rd');
    }
  });
});

describe('block scalars map every offset', () => {
  const valueOf = (yaml: string, key: string) => {
    const doc = parseDocument(yaml);
    const pair = ((doc.contents as YAMLMap).items as Pair[]).find((p) => String((p.key as Scalar).value) === key);
    const node = pair?.value as Scalar & { range: [number, number, number] };
    return scalarText(yaml, node.type, [node.range[0], node.range[1]], String(node.value));
  };

  it.each([
    ['literal', 'a: |\n  port 1\n\n  bind x\nb: 1\n'],
    ['strip', 'a: |-\n    port 1\n    bind x\n'],
    ['keep', 'a: |+\n  port 1\n\n\nb: 1\n'],
    ['indentation indicator', 'a: |2\n    indented\n  port 1\n'],
    ['more-indented lines', 'a: |\n  port 1\n    user x\n'],
    ['header comment', 'a: | # the config\n  port 1\n'],
  ])('%s', (_name, yaml) => {
    const text = valueOf(yaml, 'a');
    expect(isMap(parseDocument(yaml).contents)).toBe(true);
    for (let i = 0; i < text.text.length; i++) {
      const at = text.map.toOriginal({ start: i, end: i + 1 });
      expect(yaml.slice(at.start, at.end), `offset ${i}`).toBe(text.text[i]);
    }
  });

  it('folded and escaped scalars still map each word', () => {
    const yaml = 'a: >\n  port\n  6379\nb: "maxclients\\t10"\n';
    const folded = valueOf(yaml, 'a');
    expect(folded.text).toBe('port 6379\n');
    const at = folded.map.toOriginal({ start: 5, end: 9 });
    expect(yaml.slice(at.start, at.end)).toBe('6379');
    const quoted = valueOf(yaml, 'b');
    const ten = quoted.map.toOriginal({ start: 11, end: 13 });
    expect(yaml.slice(ten.start, ten.end)).toBe('10');
  });
});
