// How src/addon becomes what Apps Script runs: two esbuild bundles from one set of options, used by
// the build (scripts/build.mjs) and by the bench's size breakdown (scripts/bench/bundle.ts), so the
// breakdown weighs the files that ship.
//
// - The core (dist/Code.js): the custom functions and what they import (src/functions, src/metrics,
//   src/cells, src/stats), plus the menu. Apps Script compiles every .gs file of a project on every
//   custom-function call, so this is all a =NPS pays for.
// - The engine (dist/Engine.html, JavaScript text only): the sidebar server, report building and
//   rendering, the dashboard builder, mapping detection, zod, alerts and their message tables. The
//   core's stubs load it on first use in an execution (scripts/build.mjs, ENGINE_LOADER).
import * as esbuild from 'esbuild';
import { resolve } from 'node:path';

/** The global the core's IIFE is bound to (the top-level wrappers call through it). */
export const GLOBAL = 'CXMetrics';
/** The name the engine's IIFE is bound to inside the function its text is compiled into. */
export const ENGINE_GLOBAL = 'CXEngine';
/** The engine ships as dist/<ENGINE_FILE>.html; HtmlService names files without `.html`. */
export const ENGINE_FILE = 'Engine';

/** Target for dist/Code.js in KB, the file Apps Script compiles on every custom-function call (issue 18). */
export const BUNDLE_TARGET_KB = 120;

/**
 * The most dist/Code.js (the core) may weigh (test/bundle/size.test.ts fails above it): the
 * issue's budget, reached by the two-tier split (104 KB then). Adding code to the custom functions
 * past it means making room first (`npm run bench bundle` shows what weighs what): move what only
 * the sidebar, the reports or the triggers need into the engine, or a rarely used heavy function
 * into LAZY_FUNCTIONS.
 */
export const BUNDLE_LIMIT_KB = 120;

/**
 * The most dist/Engine.html (the lazily loaded rest) may weigh. It is compiled only by executions
 * that need it (a sidebar call, a menu item, a trigger), never by a custom function, so its limit
 * is looser; it still bounds what every sidebar click compiles.
 */
export const ENGINE_LIMIT_KB = 340;

/**
 * Custom functions whose code lives in the engine, by the source file that defines them. Every
 * other custom function is compiled by every call of any of them, so one that drags in a large
 * part of the add-on is loaded on use instead: CX_COVERAGE runs the whole monthly report's count
 * (src/report's model and its message tables, about 40 KB), which only the dashboard's coverage
 * column calls. In the core that file becomes a stub that calls the engine's copy.
 */
export const LAZY_FUNCTIONS = { 'src/functions/coverage.ts': ['CX_COVERAGE'] };

/** The core build's stand-in for each file of LAZY_FUNCTIONS: the same exports, calling the engine. */
const lazyFunctions = {
  name: 'lazy-functions',
  setup(build) {
    const files = new Map(Object.entries(LAZY_FUNCTIONS).map(([file, names]) => [resolve(file), names]));
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const names = files.get(args.path);
      if (!names) return undefined;
      // loadEngine_ is the loader scripts/build.mjs puts at the top level of dist/Code.js.
      const contents = names.map((name) => `export function ${name}() { return loadEngine_().${name}.apply(this, arguments); }`).join('\n');
      return { contents, loader: 'js' };
    });
  },
};

const COMMON = {
  bundle: true,
  format: 'iife',
  platform: 'neutral',
  target: 'es2020',
  // Vietnamese text stays UTF-8 (Apps Script source is UTF-8) instead of 6-byte \uXXXX escapes.
  minify: true,
  charset: 'utf8',
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
};

/** dist/Code.js's IIFE: what every custom-function call compiles. */
export const CORE_BUNDLE_OPTIONS = { ...COMMON, entryPoints: ['src/addon/core.ts'], globalName: GLOBAL, plugins: [lazyFunctions] };

/** dist/Engine.html's IIFE: everything else Apps Script calls (src/addon/index.ts). */
export const ENGINE_BUNDLE_OPTIONS = { ...COMMON, entryPoints: ['src/addon/index.ts'], globalName: ENGINE_GLOBAL };

/** The core's IIFE as text, and with `metafile` the bytes each input file left in it. */
export async function bundleAddon({ metafile = false } = {}) {
  const result = await esbuild.build({ ...CORE_BUNDLE_OPTIONS, metafile });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}

/** The engine's IIFE as text, and with `metafile` the bytes each input file left in it. */
export async function bundleEngine({ metafile = false } = {}) {
  const result = await esbuild.build({ ...ENGINE_BUNDLE_OPTIONS, metafile });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}
