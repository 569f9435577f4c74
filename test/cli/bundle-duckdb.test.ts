import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSurveyCsv } from '../../src/cli/core/gen-csv';
import { csvToParquet } from '../../scripts/bench/duckdb';
import { cli, tempDir } from './helpers/run';

/**
 * The built `cx-metrics` (dist/cli.mjs, which `npm test` builds first) counting an export with
 * DuckDB as a user runs it: @duckdb/node-api's JavaScript is a chunk of the bundle and its native
 * binding comes from node_modules (scripts/build-cli.mjs). Given the same survey as CSV and as
 * Parquet, the bundle prints the report the TypeScript engine prints in this process.
 */
const BIN = 'dist/cli.mjs';
let dir = '';
let csv = '';
let parquet = '';
beforeAll(async () => {
  dir = await tempDir('cx-bundle-duck-');
  csv = join(dir, 'survey.csv');
  parquet = join(dir, 'survey.parquet');
  await writeSurveyCsv(csv, { rows: 3_000 });
  await csvToParquet(csv, parquet);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const ARGS = ['--time-zone', 'Asia/Ho_Chi_Minh', '--period', '2026-10'];

describe('the built cx-metrics counts with DuckDB', () => {
  it.each([
    ['a CSV', () => csv],
    ['a Parquet file', () => parquet],
  ])('%s: the same report as the TypeScript engine', async (_, file) => {
    expect(existsSync(BIN), `${BIN} is missing: run node scripts/build.mjs`).toBe(true);
    const run = spawnSync(process.execPath, [BIN, 'report', file(), ...ARGS], { encoding: 'utf8', env: { ...process.env, CX_METRICS_ENGINE: 'sql', CX_METRICS_DEBUG: '1' } });
    expect(run.stderr).toContain('cx-metrics: counted by DuckDB');
    expect(run.status).toBe(0);
    const ts = await cli(['report', file(), ...ARGS], { engine: 'ts' });
    expect(ts.code).toBe(0);
    expect(run.stdout).toBe(ts.stdout);
    expect(run.stdout).toMatch(/NPS/);
  });
});
