// `.redis-lint.json` for editor documents: found upward from the file as the CLI finds it, so the
// editor and CI agree. The project's file wins over editor settings for what it sets.

import { ConfigFileError, ConfigResolver, settingsFor, type ConfigFs, type FileSettings } from '../linter/config-file.js';
import { dirname, isAbsolutePath } from './uri.js';

export type { ConfigFs, FileSettings };

export interface ProjectSettingsResult {
  readonly settings?: FileSettings;
  /** The config file that applies, if any. */
  readonly path?: string;
  /** Problems with the config file (`file:line:column: message`), to show the user. */
  readonly errors?: readonly string[];
}

export class ProjectConfigs {
  private resolver: ConfigResolver;

  constructor(private readonly fs: ConfigFs) {
    this.resolver = new ConfigResolver(fs);
  }

  /** Forgets every config file read (one changed). */
  reset(): void {
    this.resolver = new ConfigResolver(this.fs);
  }

  async forFile(path: string): Promise<ProjectSettingsResult> {
    if (!isAbsolutePath(path)) return {};
    try {
      const loaded = await this.resolver.forDir(dirname(path));
      if (!loaded) return {};
      return { settings: settingsFor(loaded, path), path: loaded.path };
    } catch (error) {
      if (error instanceof ConfigFileError) return { errors: error.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`) };
      return { errors: [`cannot read the redis-lint config file for ${path}`] };
    }
  }
}
