import type { BuildOptions, Metafile } from 'esbuild';

export const GLOBAL: string;
export const BUNDLE_TARGET_KB: number;
export const BUNDLE_LIMIT_KB: number;
export const ADDON_BUNDLE_OPTIONS: BuildOptions;
export function bundleAddon(options?: { metafile?: boolean }): Promise<{ code: string; metafile: Metafile | undefined }>;
