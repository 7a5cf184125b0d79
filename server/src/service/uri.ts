// File URIs ↔ POSIX paths, and the few path operations editor features need (no node:path:
// this layer also runs in a browser).

/** The path of a `file:` URI; other URIs (`untitled:`) are kept whole as a display name. */
export function uriToPath(uri: string): string {
  if (!uri.startsWith('file://')) return uri;
  let rest = uri.slice('file://'.length);
  // `file://host/share` (UNC) keeps the host; `file:///x` has an empty one.
  if (!rest.startsWith('/')) rest = `//${rest}`;
  let path: string;
  try {
    path = decodeURIComponent(rest);
  } catch {
    path = rest;
  }
  // Windows drive letters: `/c:/x` → `c:/x`.
  if (/^\/[A-Za-z]:/.test(path)) path = path.slice(1);
  return path;
}

/** A `file:` URI for an absolute path, encoded the way editors encode it. */
export function pathToUri(path: string): string {
  const posix = path.replace(/\\/g, '/');
  const withSlash = posix.startsWith('/') ? posix : `/${posix}`;
  const encoded = withSlash
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
  return `file://${encoded}`;
}

export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

export function basename(path: string): string {
  const trimmed = path.replace(/[\\/]+$/, '');
  const at = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return at === -1 ? trimmed : trimmed.slice(at + 1);
}

export function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  if (at === -1) return '.';
  return at === 0 ? '/' : path.slice(0, at);
}

export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
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

/** `path` as a process with working directory `base` sees it. */
export function resolvePath(base: string, path: string): string {
  return isAbsolutePath(path) ? normalizePath(path) : normalizePath(`${base}/${path}`);
}
