import type { BuildOptions } from 'esbuild';
export declare function serverBundleOptions(root: string, version: string): BuildOptions;
