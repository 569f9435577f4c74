import type { BuildOptions, Metafile } from 'esbuild';

export const GLOBAL: string;
export const ENGINE_GLOBAL: string;
export const ENGINE_FILE: string;
export function partGlobal(part: string): string;
export const BUNDLE_TARGET_KB: number;
export const BUNDLE_LIMIT_KB: number;
export const ENGINE_LIMIT_KB: number;
export const LAZY_PARTS: Record<string, { file: string; functions: string[] }>;
export const LAZY_FUNCTIONS: Record<string, string>;
export const PART_LIMIT_KB: Record<string, number>;
export const PARTS: string[];
export const CORE_BUNDLE_OPTIONS: BuildOptions;
export const ENGINE_BUNDLE_OPTIONS: BuildOptions;
export function partBundleOptions(part: string): BuildOptions;
export function bundleAddon(options?: { metafile?: boolean }): Promise<{ code: string; metafile: Metafile | undefined }>;
export function bundlePart(part?: string, options?: { metafile?: boolean }): Promise<{ code: string; metafile: Metafile | undefined }>;
export function bundleEngine(options?: { metafile?: boolean }): Promise<{ code: string; metafile: Metafile | undefined }>;
