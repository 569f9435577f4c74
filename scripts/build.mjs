// Build: the add-on as two bundles (scripts/addon-bundle.mjs says what goes where and why).
//  - dist/Code.js, the core every execution compiles: the custom functions and the menu as one
//    IIFE bound to the global `CXMetrics`, then one top-level function per entry point so Apps
//    Script can find it: custom functions with JSDoc (with @customfunction) generated from
//    src/functions/catalog.ts (the same source as the README's function table), the menu's
//    functions as plain wrappers, and for every export of the engine (src/addon/index.ts) a stub
//    that loads the engine on first use in the execution and calls it.
//  - dist/Engine.html, the engine's JavaScript text and nothing else, and likewise one
//    dist/<Part>.html per part of LAZY_PARTS (custom functions too heavy for the core).
// Also writes dist/appsscript.json and, when the sidebar exists, dist/Sidebar.html (one self-contained file).
import { mkdirSync, writeFileSync, copyFileSync, existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { bundleAddon, bundlePart, ENGINE_FILE, ENGINE_GLOBAL, GLOBAL, PARTS } from './addon-bundle.mjs';
import { loadTs } from './load-ts.mjs';

mkdirSync('dist', { recursive: true });


function jsDoc(fn) {
  const lines = [fn.summary, ''];
  for (const p of fn.params) {
    const name = p.optional ? `[${p.name}]` : p.name;
    lines.push(`@param {${p.type}} ${name} ${p.description}`);
  }
  lines.push(`@return ${fn.returns}`);
  lines.push('@customfunction');
  return '/**\n' + lines.map((l) => (l ? ` * ${l}` : ' *')).join('\n') + '\n */';
}

/**
 * The stubs' loader, top-level in dist/Code.js. Apps Script loads a project afresh for every
 * execution (a custom function, a google.script.run call, a menu item, a trigger), so a top-level
 * `var` lives for one execution: each part is fetched and compiled at most once per execution.
 * The text comes back unchanged from HtmlService: getContent() returns the file's content as the
 * `include(filename)` pattern of the HTML best practices relies on
 * (https://developers.google.com/apps-script/reference/html/html-output#getContent(),
 * https://developers.google.com/apps-script/guides/html/best-practices#separate_html_css_and_javascript),
 * and V8 scripts may compile code from text (the Function constructor). HtmlService needs no
 * authorization scope, so it works in every mode a stub runs in (LIMITED onEdit, FULL triggers
 * and sidebar calls, and CUSTOM_FUNCTION for LAZY_PARTS: "HTML: can generate HTML but cannot
 * display it", https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
 * A part's IIFE runs inside the new function, so its `var CXEngine` (CXCoverage…) stays local
 * and nothing of it becomes global.
 */
const PART_LOADER = `
var parts_ = {};
function loadPart_(name) {
  if (!parts_[name]) {
    var text = HtmlService.createHtmlOutputFromFile(name).getContent();
    parts_[name] = new Function(text + '\\n;return CX' + name + ';')();
  }
  return parts_[name];
}
function loadEngine_() {
  return loadPart_('${ENGINE_FILE}');
}
`;

/** The names a bundle's IIFE exports: evaluate it once in an empty context to find out. */
function exportsOf(text, globalName) {
  const probe = vm.createContext({});
  vm.runInContext(text + `;globalThis.__names = Object.keys(${globalName});`, probe);
  return probe.__names;
}

function noNodeGlobals(text, file) {
  for (const banned of [/\brequire\(/, /\bprocess\./, /\bmodule\.exports\b/, /\bimport\(/, /^import /m, /__dirname/, /\bBuffer\./]) {
    if (banned.test(text)) throw new Error(`build: ${file} must not use Node globals, found ${banned}`);
  }
}

const core = (await bundleAddon()).code;
const parts = new Map();
for (const part of PARTS) parts.set(part, (await bundlePart(part)).code);
const engine = parts.get(ENGINE_FILE);
const exported = exportsOf(core, GLOBAL);
const engineExports = exportsOf(engine, ENGINE_GLOBAL);

const { CATALOG } = await loadTs('src/functions/catalog.ts');
const custom = new Set(CATALOG.map((f) => f.name));
const lines = [core.trimEnd(), ''];
for (const fn of CATALOG) {
  if (!exported.includes(fn.name)) throw new Error(`build: ${fn.name} is in the catalog but src/addon/core.ts does not export it`);
  const params = fn.params.map((p) => p.name).join(', ');
  lines.push(jsDoc(fn));
  lines.push(`function ${fn.name}(${params}) {\n  return ${GLOBAL}.${fn.name}.apply(this, arguments);\n}\n`);
}
for (const name of exported) {
  if (custom.has(name) || name.startsWith('__')) continue;
  lines.push(`function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}\n`);
}
lines.push(PART_LOADER);
for (const name of engineExports) {
  // A custom function of the engine already has its JSDoc'd wrapper, which calls the core's stub of it.
  if (name.startsWith('__') || custom.has(name)) continue;
  if (exported.includes(name)) throw new Error(`build: ${name} is exported by both src/addon/core.ts and src/addon/index.ts; Apps Script needs one top-level function`);
  lines.push(`function ${name}() {\n  return loadEngine_().${name}.apply(this, arguments);\n}\n`);
}
const code = lines.join('\n');

noNodeGlobals(code, 'dist/Code.js');
writeFileSync('dist/Code.js', code);
for (const [part, text] of parts) {
  noNodeGlobals(text, `dist/${part}.html`);
  writeFileSync(`dist/${part}.html`, text);
}
copyFileSync('appsscript.json', 'dist/appsscript.json');

if (existsSync('sidebar/build.mjs')) {
  const { buildSidebar } = await import('../sidebar/build.mjs');
  await buildSidebar('dist/Sidebar.html');
}
// The command line (npx cx-metrics) is built beside the add-on; clasp pushes only the add-on's files (.claspignore).
const { buildCli } = await import('./build-cli.mjs');
await buildCli();

console.log(`build: dist/Code.js ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB (${CATALOG.length} custom functions, ${exported.length - CATALOG.length} other core entry points (menu, onEdit), ${engineExports.filter((n) => !custom.has(n)).length} engine stubs), ${[...parts].map(([part, text]) => `dist/${part}.html ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`).join(', ')}`);
