/**
 * Section 5: the command line on a generated 10^6-row survey CSV (src/cli/core/gen-csv.ts,
 * about 130 MB): `cx-metrics report` for one month, each run in a fresh child process
 * (cli-child.mjs, plain node on the built dist/cli.mjs) so its peak RSS (process.resourceUsage().maxRSS) is the CLI's own.
 *
 * Yardsticks: for time, DuckDB reading the same CSV and computing NPS, CSAT and CES by month in
 * this process (what design.md names for large local files; a user's other choice); for memory,
 * a 512 MB budget. The CLI's time runs from its import to its exit, without Node starting up.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { TIME_ZONE } from './data';
import { median, row, timeMsAsync, type BenchRow } from './measure';

const ROWS = 1_000_000;
const RUNS = 3;
const RSS_BUDGET_MB = 512;

interface ChildRun {
  ms: number;
  maxRssMb: number;
  exitCode: number;
  outputBytes: number;
  errors: string;
}

function runChild(csv: string): ChildRun {
  const out = execFileSync(process.execPath, ['scripts/bench/cli-child.mjs', csv, TIME_ZONE], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const run = JSON.parse(out.trim().split('\n').pop()!) as ChildRun;
  if (run.exitCode !== 0 || run.outputBytes === 0) throw new Error(`bench: cx-metrics report exited ${run.exitCode}: ${run.errors}`);
  return run;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function duckDbMs(csv: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const nps = q('How likely are you to recommend us to a friend or colleague?');
  const csat = q('How satisfied are you with your purchase?');
  const ces = q('The company made it easy for me to handle my issue.');
  const sql = `SELECT date_trunc('month', "Timestamp") AS month,
      100.0 * (count(*) FILTER (WHERE ${nps} >= 9) - count(*) FILTER (WHERE ${nps} <= 6)) / count(${nps}) AS nps,
      100.0 * count(*) FILTER (WHERE ${csat} >= 4) / count(${csat}) AS csat, avg(${csat}) AS csat_avg, avg(${ces}) AS ces
    FROM read_csv('${csv.replace(/'/g, "''")}', header = true) GROUP BY month ORDER BY month`;
  try {
    return await timeMsAsync(() => connection.runAndReadAll(sql), { warmup: 1, reps: 3 });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export async function cliRows(notes: string[]): Promise<BenchRow[]> {
  if (!existsSync('src/cli/run.ts') || !existsSync('src/cli/core/gen-csv.ts')) {
    notes.push('cli: src/cli/run.ts or src/cli/core/gen-csv.ts is missing, so the 10^6-row CSV rows are left out');
    return [];
  }
  const { writeSurveyCsv } = (await import('../../src/cli/core/gen-csv')) as { writeSurveyCsv(path: string, options: { rows: number }): Promise<void> };
  const dir = mkdtempSync(join(tmpdir(), 'cx-bench-'));
  try {
    const csv = join(dir, 'survey-1m.csv');
    await writeSurveyCsv(csv, { rows: ROWS });
    const runs = Array.from({ length: RUNS }, () => runChild(csv));
    const duck = await duckDbMs(csv);
    const rssMb = Math.max(...runs.map((r) => r.maxRssMb));
    notes.push(`cli: ${RUNS} runs of \`cx-metrics report\` took ${runs.map((r) => (r.ms / 1000).toFixed(1)).join(', ')} s; peak RSS ${runs.map((r) => r.maxRssMb.toFixed(0)).join(', ')} MB (built dist/cli.mjs, plain node)`);
    return [
      row('cx-metrics report on a CSV, wall ms', ROWS, median(runs.map((r) => r.ms)), 'DuckDB read_csv + NPS/CSAT/CES by month', duck, 1.0),
      row('cx-metrics report on a CSV, peak RSS MB', ROWS, rssMb, `${RSS_BUDGET_MB} MB budget`, RSS_BUDGET_MB, 1.0),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
