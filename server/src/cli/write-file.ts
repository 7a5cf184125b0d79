// Writing a fixed file safely: a temporary file in the same folder, then a rename over the
// original, with its mode (and owner, when we may) kept. Nothing is written through a symbolic
// link that leaves the linted tree, over a file with other hard links, or over a file that
// changed since it was read; on any error the original is left as it was.

import { chmodSync, chownSync, closeSync, fsyncSync, lstatSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, sep } from 'node:path';

export class WriteRefused extends Error {}

function inside(path: string, tree: string): boolean {
  return path === tree || path.startsWith(tree.endsWith(sep) ? tree : tree + sep);
}

/**
 * Replaces `path` with `data`. `original` is what was read (the write is refused if the file
 * changed since); `tree` is the folder being linted, which a symbolic link may not leave.
 */
export function writeFileAtomic(path: string, data: Uint8Array, original: Uint8Array, tree: string): void {
  const link = lstatSync(path);
  const target = realpathSync(path);
  const realTree = realpathSync(tree);
  if (!inside(target, realTree)) {
    throw new WriteRefused(
      link.isSymbolicLink()
        ? `${path} is a symbolic link to ${target}, outside the linted tree ${realTree}; not writing through it`
        : `${path} resolves to ${target}, outside the linted tree ${realTree}; not writing there`,
    );
  }
  const stats = statSync(target);
  if (!stats.isFile()) throw new WriteRefused(`${path} is not a regular file`);
  if (stats.nlink > 1) throw new WriteRefused(`${path} has ${stats.nlink} hard links; replacing it would split them, so it is not fixed`);

  const temp = join(dirname(target), `.${basename(target)}.redis-lint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', stats.mode & 0o777);
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, stats.mode & 0o7777);
    if (typeof process.getuid === 'function' && process.getuid() === 0) {
      try {
        chownSync(temp, stats.uid, stats.gid);
      } catch {
        // Not allowed here (e.g. a rootless container): the content matters more.
      }
    }
    const now = readFileSync(target);
    if (!Buffer.from(now).equals(Buffer.from(original))) throw new WriteRefused(`${path} changed while it was being fixed; not overwriting it`);
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    throw error;
  }
  try {
    const dirFd = openSync(dirname(target), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Some file systems cannot fsync a folder; the rename is done either way.
  }
}
