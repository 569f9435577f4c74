// How src/addon becomes what Apps Script runs: esbuild bundles from one set of options, used by the
// build (scripts/build.mjs) and by the bench's size breakdown (scripts/bench/bundle.ts), so the
// breakdown weighs the files that ship.
//
// - The core (dist/Code.js): the custom functions and what they import (src/functions, src/metrics,
//   src/cells, src/stats), plus the menu. Apps Script compiles every .gs file of a project on every
//   custom-function call, so this is all a =NPS pays for.
// - Lazy parts, each a dist/<Part>.html holding JavaScript text only, fetched through HtmlService
//   and compiled on first use in an execution by the core's loader (scripts/build.mjs):
//   - Engine: the sidebar server, report building and rendering, the dashboard builder, mapping
//     detection, zod, alerts and their message tables (src/addon/index.ts);
//   - one part per custom function too heavy for the core (LAZY_FUNCTIONS), so such a function
//     compiles only what it needs, not the whole engine.
import * as esbuild from 'esbuild';
import { resolve } from 'node:path';

/** The global the core's IIFE is bound to (the top-level wrappers call through it). */
export const GLOBAL = 'CXMetrics';
/** The engine ships as dist/<ENGINE_FILE>.html; HtmlService names files without `.html`. */
export const ENGINE_FILE = 'Engine';
/** The name a part's IIFE is bound to inside the function its text is compiled into: CXEngine, CXCoverage… */
export const partGlobal = (part) => `CX${part}`;
export const ENGINE_GLOBAL = partGlobal(ENGINE_FILE);

/** Target for dist/Code.js in KB, the file Apps Script compiles on every custom-function call (issue 18). */
export const BUNDLE_TARGET_KB = 120;

/**
 * The most dist/Code.js (the core) may weigh (test/bundle/size.test.ts fails above it): the
 * issue's budget, reached by the split into the core and lazy parts (94 KB then). Adding code to the custom functions
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
 * Custom functions too heavy for the core, each with its own lazy part: the part's name (its
 * file dist/<part>.html), the source file that defines them and their names. Every custom
 * function in the core is compiled by every call of any of them, so one that drags in a large part
 * of the add-on is loaded on use instead: CX_COVERAGE runs the whole monthly report's count
 * (src/report's model and its message tables), which only the dashboard's coverage column calls;
 * CX_THEMES and CX_PHRASES carry the theme dictionary.
 * In the core the source file becomes a stub that loads the part and calls its copy.
 */
export const LAZY_PARTS = {
  Coverage: { file: 'src/functions/coverage.ts', functions: ['CX_COVERAGE'] },
  // The theme dictionary and its matcher (about 15 KB): a call reads a column of comments and takes
  // far longer than compiling its part, while every other function saved compiling it.
  Themes: { file: 'src/functions/themes.ts', functions: ['CX_THEMES', 'CX_PHRASES'] },
};

/** Each lazily loaded custom function's part: CX_COVERAGE → Coverage. */
export const LAZY_FUNCTIONS = Object.fromEntries(Object.entries(LAZY_PARTS).flatMap(([part, { functions }]) => functions.map((name) => [name, part])));

/** The most each part of LAZY_PARTS may weigh (each compiled by every call of its functions). */
export const PART_LIMIT_KB = { Coverage: 130, Themes: 60 };

/** The core build's stand-in for each file of LAZY_PARTS: the same exports, calling the part's copy. */
const lazyFunctions = {
  name: 'lazy-functions',
  setup(build) {
    const files = new Map(Object.entries(LAZY_PARTS).map(([part, { file, functions }]) => [resolve(file), { part, functions }]));
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      const lazy = files.get(args.path);
      if (!lazy) return undefined;
      // loadPart_ is the loader scripts/build.mjs puts at the top level of dist/Code.js.
      const contents = lazy.functions.map((name) => `export function ${name}() { return loadPart_(${JSON.stringify(lazy.part)}).${name}.apply(this, arguments); }`).join('\n');
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

/** A lazy part's IIFE options: the engine, or a part of LAZY_PARTS exporting its functions. */
export function partBundleOptions(part) {
  if (part === ENGINE_FILE) return ENGINE_BUNDLE_OPTIONS;
  const { file, functions } = LAZY_PARTS[part];
  return {
    ...COMMON,
    stdin: { contents: `export { ${functions.join(', ')} } from './${file}';`, resolveDir: resolve('.'), sourcefile: `${part}.html`, loader: 'ts' },
    globalName: partGlobal(part),
  };
}

/** Every lazy part's name: the engine first. */
export const PARTS = [ENGINE_FILE, ...Object.keys(LAZY_PARTS)];

/** The core's IIFE as text, and with `metafile` the bytes each input file left in it. */
export async function bundleAddon({ metafile = false } = {}) {
  const result = await esbuild.build({ ...CORE_BUNDLE_OPTIONS, metafile });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}

/** A lazy part's IIFE as text (the engine by default), and with `metafile` the bytes each input file left in it. */
export async function bundlePart(part = ENGINE_FILE, { metafile = false } = {}) {
  const result = await esbuild.build({ ...partBundleOptions(part), metafile });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}

/** The engine's IIFE as text, and with `metafile` the bytes each input file left in it. */
export async function bundleEngine({ metafile = false } = {}) {
  return bundlePart(ENGINE_FILE, { metafile });
}
