import type { FileAccess } from '../../server/src/model/index.js';

/** An in-memory file tree: paths ending in `/` are directories. */
export function fakeFiles(tree: Record<string, string>): FileAccess {
  const dirs = new Set(Object.keys(tree).filter((p) => p.endsWith('/')).map((p) => p.slice(0, -1)));
  for (const path of Object.keys(tree)) {
    let at = path.lastIndexOf('/');
    while (at > 0) {
      dirs.add(path.slice(0, at));
      at = path.lastIndexOf('/', at - 1);
    }
  }
  dirs.add('/');
  return {
    read: (path) => (path in tree && !path.endsWith('/') ? { text: tree[path] } : { error: 'No such file or directory' }),
    stat: (path) => (dirs.has(path) ? 'directory' : path in tree ? 'file' : undefined),
    glob: (pattern) => {
      const re = new RegExp(`^${pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
      return Object.keys(tree).filter((p) => re.test(p)).sort();
    },
  };
}
