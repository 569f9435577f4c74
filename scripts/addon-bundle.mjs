// How src/addon becomes the IIFE of dist/Code.js: one set of esbuild options, used by the build and
// by the bench's size breakdown (scripts/bench/bundle.ts), so the breakdown weighs the file that ships.
import * as esbuild from 'esbuild';

export const GLOBAL = 'CXMetrics';

/** Target for dist/Code.js in KB, the file Apps Script compiles on every custom-function call (issue 18). */
export const BUNDLE_TARGET_KB = 120;

/**
 * The most dist/Code.js may weigh today (test/bundle/size.test.ts fails above it): the size the
 * last cut reached plus a little room, lowered with every cut until it is BUNDLE_TARGET_KB.
 * Adding code past it means making room first (`npm run bench bundle` shows what weighs what).
 */
export const BUNDLE_LIMIT_KB = 350;

export const ADDON_BUNDLE_OPTIONS = {
  entryPoints: ['src/addon/index.ts'],
  bundle: true,
  format: 'iife',
  globalName: GLOBAL,
  platform: 'neutral',
  target: 'es2020',
  // Every custom function call compiles the whole file, so it is kept small. Vietnamese text
  // stays UTF-8 (Apps Script source is UTF-8) instead of 6-byte \uXXXX escapes.
  minify: true,
  charset: 'utf8',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
};

/** The add-on's IIFE as text, and with `metafile` the bytes each input file left in it. */
export async function bundleAddon({ metafile = false } = {}) {
  const result = await esbuild.build({ ...ADDON_BUNDLE_OPTIONS, metafile });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}
