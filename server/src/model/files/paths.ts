// Minimal POSIX path helpers (no node:path: the model also runs in a browser).

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

export function normalize(path: string): string {
  const absolute = isAbsolute(path);
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!absolute) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

export function join(...segments: string[]): string {
  return normalize(segments.filter((s) => s !== '').join('/'));
}

export function dirname(path: string): string {
  const normalized = normalize(path);
  const at = normalized.lastIndexOf('/');
  if (at === -1) return '.';
  return at === 0 ? '/' : normalized.slice(0, at);
}

/** Resolves `path` against `base` the way a process with working directory `base` would. */
export function resolve(base: string, path: string): string {
  return isAbsolute(path) ? normalize(path) : join(base, path);
}

export function hasGlobChars(path: string): boolean {
  return /[*?[]/.test(path);
}
