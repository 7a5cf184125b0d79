// The model never touches a file system itself (it also runs in a browser): callers pass
// this interface. Paths are POSIX-style absolute paths.

export type ReadResult = { readonly text: string } | { readonly error: string };

export interface FileAccess {
  /** Reads a whole file, decoded the way Redis sees its bytes. */
  read(path: string): ReadResult;
  /** What is at the path, if anything. Symlinks are followed. */
  stat(path: string): 'file' | 'directory' | undefined;
  /** Expands a pattern with `*`, `?` and `[...]` as glob(3) does: sorted matches, none is fine. */
  glob(pattern: string): readonly string[];
  /** The real path (symlinks resolved), to recognise the same file under two names. */
  realpath?(path: string): string;
}

/** Nothing exists: used when linting text alone (stdin, the playground). */
export const NO_FILES: FileAccess = {
  read: () => ({ error: 'No such file or directory' }),
  stat: () => undefined,
  glob: () => [],
};
