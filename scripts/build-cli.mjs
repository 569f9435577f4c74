// Build the `cx-metrics` command line: src/cli/main.ts bundled by esbuild into dist/cli.mjs, run
// by Node (package.json "bin"). googleapis, exceljs, DuckDB's native binding (@duckdb/node-bindings)
// and the zip/XML readers (unzipper, saxes) stay external (they come from node_modules). Code
// splitting keeps the sources' lazy `import()`s lazy: the Google Sheets, XLSX and DuckDB parts
// land in chunks under dist/cli/ and load only for those inputs, so a CSV run never pays
// googleapis' ~50 MB. Chunks end in .mjs, which clasp does not push from dist/.
//
// @duckdb/node-api's JavaScript (124 CommonJS files) is bundled into its chunk: required from
// node_modules, resolving and compiling them file by file took about 55 ms of a large file's run
// before DuckDB did anything, one chunk about 20 ms. Its binding is required from where
// @duckdb/node-api itself would find it (DUCKDB_BINDINGS below), so the two stay the installed pair.
// `npm run build` calls buildCli() from scripts/build.mjs; `npm run build:cli` runs it alone.
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export async function buildCli(outdir = 'dist') {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  rmSync(`${outdir}/cli`, { recursive: true, force: true }); // old chunks have other hashes
  await esbuild.build({
    entryPoints: { cli: fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)) },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'cli/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['googleapis', 'exceljs', 'unzipper', 'saxes'],
    plugins: [DUCKDB_BINDINGS],
    // The bundled CommonJS of @duckdb/node-api requires its binding: `require` as in CommonJS.
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cxCreateRequire } from 'node:module';\nconst require = __cxCreateRequire(import.meta.url);" },
    define: { __CX_METRICS_VERSION__: JSON.stringify(version) },
    legalComments: 'none',
    logLevel: 'warning',
  });
  const outfile = `${outdir}/cli.mjs`;
  chmodSync(outfile, 0o755);
  return outfile;
}

/**
 * `require('@duckdb/node-bindings')` in the bundled @duckdb/node-api: the native binding, loaded from
 * the installed @duckdb/node-api's own folder (npm may nest it there rather than beside it).
 */
const DUCKDB_BINDINGS = {
  name: 'duckdb-bindings',
  setup(build) {
    build.onResolve({ filter: /^@duckdb\/node-bindings$/ }, () => ({ path: 'duckdb-bindings', namespace: 'duckdb-bindings' }));
    build.onLoad({ filter: /.*/, namespace: 'duckdb-bindings' }, () => ({
      contents: "module.exports = require('node:module').createRequire(require.resolve('@duckdb/node-api'))('@duckdb/node-bindings');",
      loader: 'js',
    }));
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildCli();
  console.log(`build: ${out}`);
}
