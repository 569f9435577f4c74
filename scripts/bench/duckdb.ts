/**
 * The DuckDB yardstick: the same events in an in-process DuckDB table, loaded before any timing.
 * Times are stored as local wall-clock TIMESTAMPs of the spreadsheet's zone (converted at load,
 * as DuckDB reads a CSV's times), so `ts::DATE` and `date_trunc('month', ts)` count the same
 * local days and months as the add-on without paying for time-zone rules per row: a TIMESTAMPTZ
 * column with the session's TimeZone gives the same answers but runs about twice as slow (ICU).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Events } from './data';

export interface EventTable {
  connection: DuckDBConnection;
  /** Rows of a query as plain JS values. */
  rows(sql: string): Promise<unknown[][]>;
  close(): void;
}

export async function loadEvents(events: Events['flat'], timeZone: string): Promise<EventTable> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`SET TimeZone = '${timeZone}'`);
  await connection.run('CREATE TABLE staging (user_id VARCHAR, ms DOUBLE, score INTEGER)');
  const appender = await connection.createAppender('staging');
  for (let i = 0; i < events.users.length; i++) {
    appender.appendVarchar(events.users[i]);
    appender.appendDouble(events.epochMs[i]);
    const score = events.scores[i];
    if (score === null) appender.appendNull();
    else appender.appendInteger(score);
    appender.endRow();
  }
  appender.closeSync();
  await connection.run('CREATE TABLE events AS SELECT user_id, to_timestamp(ms / 1000)::TIMESTAMP AS ts, score FROM staging');
  await connection.run('DROP TABLE staging');
  return {
    connection,
    rows: async (sql) => (await connection.runAndReadAll(sql)).getRowsJS() as unknown[][],
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** The queries, one per row of the bench; each gives one row per month in month order. */
export const QUERIES = {
  mauByMonth: `SELECT date_trunc('month', ts) AS month, count(DISTINCT user_id) AS mau
    FROM events GROUP BY month ORDER BY month`,
  // The mean over every day of the month of that day's distinct users, as activeUsersByMonth defines it.
  dauByMonth: `SELECT date_trunc('month', day) AS month, sum(users) / max(dayofmonth(last_day(day))) AS dau_average
    FROM (SELECT ts::DATE AS day, count(DISTINCT user_id) AS users FROM events GROUP BY day)
    GROUP BY month ORDER BY month`,
  npsByMonth: `SELECT date_trunc('month', ts) AS month, count(score) AS n,
      100.0 * (count(*) FILTER (WHERE score >= 9) - count(*) FILTER (WHERE score <= 6)) / count(score) AS nps
    FROM events WHERE score IS NOT NULL GROUP BY month ORDER BY month`,
  // =MAU(...): distinct users in the 30 days ending on the latest day.
  mauLast30Days: `WITH latest AS (SELECT max(ts::DATE) AS day FROM events)
    SELECT count(DISTINCT user_id) AS mau FROM events, latest WHERE ts::DATE > latest.day - 30`,
} as const;
