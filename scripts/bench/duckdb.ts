/**
 * The DuckDB yardstick of the command line (issue 18): DuckDB reading the same export (a CSV with
 * read_csv, or the same rows as Parquet) and computing the monthly NPS, CSAT (share and average)
 * and CES the report shows, in this process. It is what a user with a large file could run
 * instead, and what design.md names for large local files.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { timeMsAsync } from './measure';

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

/** Median ms of DuckDB reading `path` and computing the monthly metrics. */
export async function duckDbMonthlyMs(path: string, kind: 'csv' | 'parquet'): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const from = kind === 'csv' ? `read_csv(${literal(path)}, header = true)` : `read_parquet(${literal(path)})`;
  try {
    return await timeMsAsync(() => connection.runAndReadAll(monthlySql(from)), { warmup: 1, reps: 3 });
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
