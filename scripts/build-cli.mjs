// Build the `cx-metrics` command line: src/cli/main.ts bundled by esbuild into dist/cli.mjs, run
// by Node (package.json "bin"). googleapis, exceljs, DuckDB (Parquet) and the zip/XML readers (unzipper, saxes) stay external (they come from
// node_modules). Code splitting keeps the sources' lazy `import()`s lazy: the Google Sheets and
// XLSX readers land in chunks under dist/cli/ and load only for those inputs, so a CSV run never
// pays googleapis' ~50 MB. Chunks end in .mjs, which clasp does not push from dist/.
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
    external: ['googleapis', 'exceljs', 'unzipper', 'saxes', '@duckdb/node-api'],
    banner: { js: '#!/usr/bin/env node' },
    define: { __CX_METRICS_VERSION__: JSON.stringify(version) },
    legalComments: 'none',
    logLevel: 'warning',
  });
  const outfile = `${outdir}/cli.mjs`;
  chmodSync(outfile, 0o755);
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = await buildCli();
  console.log(`build: ${out}`);
}
