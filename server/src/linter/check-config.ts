// A compact entry point for tests and tools: lint text as a given kind and target.

import { parseTarget } from '../model/index.js';
import type { FileAccess, ModelKind } from '../model/index.js';
import { lint, type LintResult } from './index.js';

export interface CheckConfigInput {
  readonly text: string;
  readonly filePath: string;
  readonly kind: ModelKind;
  /** `redis-7.0`, `7.0.15`, `valkey-8.0`… */
  readonly target?: string;
  readonly files?: FileAccess;
  /** Reads an included file; undefined when it does not exist. Ignored when `files` is given. */
  readonly readFile?: (absolutePath: string) => string | undefined;
  readonly root?: string;
}

export function checkConfig(input: CheckConfigInput): LintResult {
  const parsed = parseTarget(input.target ?? 'redis-7.0');
  if (!parsed.ok) throw new Error(parsed.message);
  const readFile = input.readFile;
  const files: FileAccess | undefined = input.files ?? (readFile
    ? {
        read: (path) => {
          const text = readFile(path);
          return text === undefined ? { error: 'No such file or directory' } : { text };
        },
        stat: (path) => (readFile(path) === undefined ? undefined : 'file'),
        glob: () => [],
      }
    : undefined);
  return lint({
    text: input.text, file: input.filePath, kind: input.kind, target: parsed.target,
    ...(files ? { files } : {}), ...(input.root === undefined ? {} : { root: input.root }),
  });
}
