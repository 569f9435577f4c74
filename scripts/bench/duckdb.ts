/**
 * The DuckDB yardstick of the command line (issue 18): DuckDB reading the same export (a CSV with
 * read_csv, or the same rows as Parquet) and computing the monthly NPS, CSAT (share and average)
 * and CES the report shows. It is what a user with a large file could run instead, and what
 * design.md names for large local files. Timed two ways: in a fresh process from loading DuckDB
 * to the exit (duckdb-child.mjs; the span the CLI is timed over, so the row's ratio), and the
 * query alone in a warm instance of this process (in the bench notes).
 */
import { execFileSync } from 'node:child_process';
import { DuckDBInstance } from '@duckdb/node-api';
import { median, timeMsAsync } from './measure';

export const NPS_HEADER = 'How likely are you to recommend us to a friend or colleague?';
export const CSAT_HEADER = 'How satisfied are you with your purchase?';
export const CES_HEADER = 'The company made it easy for me to handle my issue.';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The monthly NPS/CSAT/CES of the file, as one query; `from` is a read_csv(…) or read_parquet(…) call. */
export function monthlySql(from: string): string {
  const [nps, csat, ces] = [NPS_HEADER, CSAT_HEADER, CES_HEADER].map(q);
  return `SELECT date_trunc('month', "Timestamp") AS month,
      100.0 * (count(*) FILTER (WHERE ${nps} >= 9) - count(*) FILTER (WHERE ${nps} <= 6)) / count(${nps}) AS nps,
      100.0 * count(*) FILTER (WHERE ${csat} >= 4) / count(${csat}) AS csat, avg(${csat}) AS csat_avg, avg(${ces}) AS ces
    FROM ${from} GROUP BY month ORDER BY month`;
}

const fromOf = (path: string, kind: 'csv' | 'parquet') => (kind === 'csv' ? `read_csv(${literal(path)}, header = true)` : `read_parquet(${literal(path)})`);

/** Median ms of a fresh process loading DuckDB, reading `path`, computing the monthly metrics and exiting (`runs` runs). */
export function duckDbProcessMs(path: string, kind: 'csv' | 'parquet', runs: number): number {
  const times = Array.from({ length: runs }, () => {
    const out = execFileSync(process.execPath, ['scripts/bench/duckdb-child.mjs', monthlySql(fromOf(path, kind))], { encoding: 'utf8' });
    const run = JSON.parse(out.trim().split('\n').pop()!) as { ms: number; rows: number };
    if (!(run.rows > 0)) throw new Error(`bench: the DuckDB yardstick returned no months for ${path}`);
    return run.ms;
  });
  return median(times);
}

/** Median ms of the query alone in a warm instance (created beforehand, one untimed run first). */
export async function duckDbMonthlyMs(path: string, kind: 'csv' | 'parquet'): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return await timeMsAsync(() => connection.runAndReadAll(monthlySql(fromOf(path, kind))), { warmup: 1, reps: 3 });
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Writes the CSV's rows as a Parquet file (typed columns, as an export tool writes them). */
export async function csvToParquet(csv: string, parquet: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`COPY (SELECT * FROM read_csv(${literal(csv)}, header = true)) TO ${literal(parquet)} (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
