// Builds analysed documents for service tests.

import '../support/knowledge.js';
import { analyzeDocument, resolveSettings, type AnalyzedDocument, type FileAccess, type Position } from '../../server/src/service/index.js';

export interface DocOptions {
  readonly uri?: string;
  readonly languageId?: string;
  readonly redisVersion?: string;
  readonly rules?: Record<string, string>;
  readonly files?: FileAccess;
  readonly inlayHints?: { memorySizes?: boolean; defaults?: boolean };
}

export function doc(text: string, options: DocOptions = {}): AnalyzedDocument {
  return analyzeDocument({
    uri: options.uri ?? 'file:///etc/redis/redis.conf',
    text,
    version: 1,
    ...(options.languageId ? { languageId: options.languageId } : {}),
    settings: resolveSettings({
      redisVersion: options.redisVersion ?? '7.4',
      rules: options.rules ?? {},
      ...(options.inlayHints ? { inlayHints: options.inlayHints } : {}),
    }),
    ...(options.files ? { files: options.files } : {}),
  });
}

/** Position of the `n`th (0-based) occurrence of `needle` in `text`, plus `delta` characters. */
export function at(text: string, needle: string, delta = 0, n = 0): Position {
  let index = -1;
  for (let i = 0; i <= n; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`'${needle}' not found`);
  }
  const offset = index + delta;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** In-memory files for includes and aclfile. */
export function memoryFiles(files: Record<string, string>): FileAccess {
  return {
    read: (path) => (path in files ? { text: files[path] } : { error: 'No such file or directory' }),
    stat: (path) => (path in files ? 'file' : Object.keys(files).some((f) => f.startsWith(`${path}/`)) ? 'directory' : undefined),
    glob: (pattern) => {
      const re = new RegExp(`^${pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
      return Object.keys(files).filter((f) => re.test(f)).sort();
    },
  };
}
