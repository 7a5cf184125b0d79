// File access for the server: the real file system, decoded the way Redis sees bytes.
// (cli/node-files.ts is the CLI's twin; lsp/ may not import cli/.)

import { readFileSync, realpathSync, statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { decodeText, type ConfigFs, type FileAccess } from '../service/index.js';

/** Larger files are not read (an include of a huge or binary file would stall the editor). */
const MAX_READ_BYTES = 16 * 1024 * 1024;

function errnoText(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
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
      return 'Cannot read the file';
  }
}

export const diskFiles: FileAccess = {
  read(path) {
    try {
      const stats = statSync(path);
      if (stats.isDirectory()) return { error: 'Is a directory' };
      if (stats.size > MAX_READ_BYTES) return { error: 'File too large to read in the editor' };
      return { text: decodeText(readFileSync(path)) };
    } catch (error) {
      return { error: errnoText(error) };
    }
  },
  stat(path) {
    try {
      return statSync(path).isDirectory() ? 'directory' : 'file';
    } catch {
      return undefined;
    }
  },
  glob(pattern) {
    try {
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

/** Reads `.redis-lint.json` files for the project settings. */
export const configFs: ConfigFs = {
  readText(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new Error(`cannot read ${path}: ${errnoText(error)}`, { cause: error });
    }
  },
  exists(path) {
    try {
      statSync(path);
      return true;
    } catch {
      return false;
    }
  },
};
