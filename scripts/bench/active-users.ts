/**
 * Section 2: active users by month, CX_TREND by month and =MAU over 10^6 events of 10^5 users,
 * against DuckDB running the same aggregation on the same rows in this process. Ours starts from
 * the cells as Sheets passes them (reading them is part of the job); DuckDB starts from its own
 * columnar table, loaded before timing. Only the query is timed.
 */
import { CX_TREND, MAU } from '../../src/functions/index';
import { withSheetEnv } from '../../src/functions/env';
import { activeUsersByMonth, readActivity } from '../../src/metrics/active-users';
import { activityEvents, TIME_ZONE, type Events } from './data';
import { loadEvents, QUERIES } from './duckdb';
import { row, timeMs, timeMsAsync, type BenchRow } from './measure';

export const EVENTS = 1_000_000;
export const USERS = 100_000;

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

function check(what: string, ours: readonly number[], theirs: readonly number[]): void {
  if (ours.length !== theirs.length || ours.some((v, i) => !close(v, theirs[i]))) {
    throw new Error(`bench: ${what} differ: ours [${ours.slice(0, 4).join(', ')}…] (${ours.length}), DuckDB [${theirs.slice(0, 4).join(', ')}…] (${theirs.length})`);
  }
}

/** The least any reader of string user ids does: one hash lookup per cell. */
function bareLookupMs(events: Events): number {
  const ids = new Map<unknown, number>();
  for (const [user] of events.users) if (!ids.has(user)) ids.set(user, ids.size);
  return timeMs(() => {
    let sum = 0;
    for (let r = 0; r < events.users.length; r++) sum += ids.get(events.users[r][0]) ?? 0;
    return sum;
  }, { warmup: 1, reps: 5, minSampleMs: 0 });
}

/** One pass over the score and date cells with only the type checks. */
function barePassMs(events: Events): number {
  return timeMs(() => {
    let sum = 0;
    for (let r = 0; r < events.scores.length; r++) {
      const score = events.scores[r][0];
      const date = events.dates[r][0];
      if (typeof score === 'number' && date instanceof Date) sum += score + date.getTime();
    }
    return sum;
  }, { warmup: 1, reps: 5, minSampleMs: 0 });
}

export async function activityRows(notes: string[]): Promise<BenchRow[]> {
  const events = activityEvents(EVENTS, USERS);
  const duck = await loadEvents(events.flat, TIME_ZONE);
  const rows: BenchRow[] = [];
  try {
    const byMonth = () => activeUsersByMonth(readActivity('MAU', events.users, events.dates, TIME_ZONE));
    const months = byMonth();
    check('MAU by month', months.map((m) => m.mau), (await duck.rows(QUERIES.mauByMonth)).map((r) => Number(r[1])));
    check('DAU by month', months.map((m) => m.dauAverage), (await duck.rows(QUERIES.dauByMonth)).map((r) => Number(r[1])));
    const byMonthMs = timeMs(byMonth, { warmup: 2, reps: 5, minSampleMs: 0 });
    // readActivity checks every cell; the user ids are looked up when the events are first asked for.
    const readMs = timeMs(() => readActivity('MAU', events.users, events.dates, TIME_ZONE).events(), { warmup: 1, reps: 5, minSampleMs: 0 });
    notes.push(`MAU/DAU by month: reading the 10^6 user and date cells and looking up the user ids takes ${readMs.toFixed(0)} ms of the ${byMonthMs.toFixed(0)} ms; activeUsersByMonth gives MAU and average DAU in one pass, so both rows show that one time`);
    notes.push(`physical limits over the same cells: one Map.get per user cell ${bareLookupMs(events).toFixed(0)} ms; one pass over score and date cells (typeof, instanceof Date) ${barePassMs(events).toFixed(0)} ms`);
    const mauDuck = await timeMsAsync(() => duck.rows(QUERIES.mauByMonth));
    const dauDuck = await timeMsAsync(() => duck.rows(QUERIES.dauByMonth));
    rows.push(row('MAU by month (readActivity + activeUsersByMonth)', EVENTS, byMonthMs, 'DuckDB count(distinct) by month', mauDuck, 1.0));
    rows.push(row('DAU by month (readActivity + activeUsersByMonth)', EVENTS, byMonthMs, 'DuckDB count(distinct) by day → month', dauDuck, 1.0));

    {
      // Custom functions ask the spreadsheet for its time zone; here the bench is the spreadsheet.
      const inSheet = <T>(fn: () => T): T => withSheetEnv({ timeZone: TIME_ZONE, locale: 'en_US' }, fn);
      const trend = () => inSheet(() => CX_TREND('NPS', events.scores, events.dates, 'month'));
      const table = trend();
      const duckTrend = await duck.rows(QUERIES.npsByMonth);
      check('CX_TREND n by month', table.map((r) => r[1] as number), duckTrend.map((r) => Number(r[1])));
      check('CX_TREND NPS by month', table.map((r) => r[2] as number), duckTrend.map((r) => Number(r[2])));
      const trendMs = timeMs(trend, { warmup: 2, reps: 5, minSampleMs: 0 });
      rows.push(row('=CX_TREND("NPS", C2:C, A2:A, "month")', EVENTS, trendMs, 'DuckDB NPS by month (FILTER counts)', await timeMsAsync(() => duck.rows(QUERIES.npsByMonth)), 1.0));

      const mau = () => inSheet(() => MAU(events.users, events.dates));
      check('MAU over the last 30 days', [mau()], (await duck.rows(QUERIES.mauLast30Days)).map((r) => Number(r[0])));
      const mauMs = timeMs(mau, { warmup: 2, reps: 5, minSampleMs: 0 });
      rows.push(row('=MAU(A2:A, B2:B) (30 days to the latest)', EVENTS, mauMs, 'DuckDB count(distinct) last 30 days', await timeMsAsync(() => duck.rows(QUERIES.mauLast30Days)), 1.0));
    }
  } finally {
    duck.close();
  }
  return rows;
}
