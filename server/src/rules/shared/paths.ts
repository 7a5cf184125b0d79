// Directories every local user can write to, where the server should not keep or read files.

const WORLD_WRITABLE = ['/tmp', '/var/tmp', '/dev/shm', '/run/shm', '/run/lock', '/var/lock'];

/** The world-writable directory `path` lies in (itself included), if any. */
export function worldWritableDir(path: string): string | undefined {
  const normalized = path.replace(/\/+/g, '/').replace(/\/$/, '') || '/';
  return WORLD_WRITABLE.find((dir) => normalized === dir || normalized.startsWith(`${dir}/`));
}
