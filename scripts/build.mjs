// Build: bundle src/addon with esbuild into dist/Code.js (one IIFE bound to the global `CXMetrics`),
// then append one top-level function per entry point so Apps Script can see it:
//  - custom functions get JSDoc (with @customfunction) generated from src/functions/catalog.ts,
//    the same source the README's function table is made from;
//  - every other export of src/addon/index.ts (onOpen, triggers, sidebar API) gets a plain wrapper.
// Also writes dist/appsscript.json and, when the sidebar exists, dist/Sidebar.html (one self-contained file).
import { mkdirSync, writeFileSync, copyFileSync, existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { bundleAddon, GLOBAL } from './addon-bundle.mjs';
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

let { code } = await bundleAddon();

// Which names does the bundle export? Evaluate it once in an empty context to find out.
const probe = vm.createContext({});
vm.runInContext(code + `;globalThis.__names = Object.keys(${GLOBAL});`, probe);
const exported = probe.__names;

const { CATALOG } = await loadTs('src/functions/catalog.ts');
const custom = new Set(CATALOG.map((f) => f.name));
const parts = [code.trimEnd(), ''];
for (const fn of CATALOG) {
  if (!exported.includes(fn.name)) throw new Error(`build: ${fn.name} is in the catalog but src/addon does not export it`);
  const params = fn.params.map((p) => p.name).join(', ');
  parts.push(jsDoc(fn));
  parts.push(`function ${fn.name}(${params}) {\n  return ${GLOBAL}.${fn.name}.apply(this, arguments);\n}\n`);
}
for (const name of exported) {
  if (custom.has(name) || name.startsWith('__')) continue;
  parts.push(`function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}\n`);
}
code = parts.join('\n');

for (const banned of [/\brequire\(/, /\bprocess\./, /\bmodule\.exports\b/, /\bimport\(/, /^import /m, /__dirname/, /\bBuffer\./]) {
  if (banned.test(code)) throw new Error(`build: dist/Code.js must not use Node globals, found ${banned}`);
}
writeFileSync('dist/Code.js', code);
copyFileSync('appsscript.json', 'dist/appsscript.json');

if (existsSync('sidebar/build.mjs')) {
  const { buildSidebar } = await import('../sidebar/build.mjs');
  await buildSidebar('dist/Sidebar.html');
}
// The command line (npx cx-metrics) is built beside the add-on; clasp pushes only the add-on's files (.claspignore).
const { buildCli } = await import('./build-cli.mjs');
await buildCli();

console.log(`build: dist/Code.js ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB, ${CATALOG.length} custom functions, ${exported.length - CATALOG.length} other entry points`);
