/**
 * The DuckDB yardstick as a user on this machine would run it (issue 18): a fresh Node process
 * that loads @duckdb/node-api, creates an in-memory instance, runs one query and exits — the same
 * span cli-child.mjs times for `cx-metrics report` (from the import of the code to the exit, Node's
 * own start-up left out on both sides).
 * `node scripts/bench/duckdb-child.mjs <sql>` prints one JSON line: { ms, maxRssMb, rows }.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [sql] = process.argv.slice(2);
const start = performance.now();
let rows = 0;
process.on('exit', () => {
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms: performance.now() - start, maxRssMb, rows }) + '\n');
});
// Loaded with require, as the CLI loads it (src/cli/sql/duck.ts): import() of this CommonJS package costs ~100 ms more.
const { DuckDBInstance } = createRequire(import.meta.url)('@duckdb/node-api');
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
rows = (await connection.runAndReadAll(sql)).getRowsJS().length;
connection.closeSync();
instance.closeSync();
