// FileAccess over the real file system, reading bytes the way Redis decodes them.

import { readFileSync, realpathSync, statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { decodeText } from '../model/index.js';
import type { FileAccess } from '../model/index.js';

function errnoText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'No such file or directory';
    case 'EACCES':
      return 'Permission denied';
    case 'EISDIR':
      return 'Is a directory';
    case 'ELOOP':
      return 'Too many levels of symbolic links';
    case 'ENOTDIR':
      return 'Not a directory';
    default:
      return (error as Error).message;
  }
}

export function readConfigFile(path: string): { text: string } | { error: string } {
  try {
    return { text: decodeText(readFileSync(path)) };
  } catch (error) {
    return { error: errnoText(error) };
  }
}

export const nodeFiles: FileAccess = {
  read: readConfigFile,
  stat(path) {
    try {
      const stats = statSync(path);
      return stats.isDirectory() ? 'directory' : 'file';
    } catch {
      return undefined;
    }
  },
  glob(pattern) {
    try {
      // glob(3) returns matches sorted in byte order.
      return globSync(pattern, { absolute: true, onlyFiles: true, expandDirectories: false }).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch {
      return [];
    }
  },
  realpath(path) {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  },
};
