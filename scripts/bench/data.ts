/**
 * The bench's data, generated from a seed so every run measures the same cells. Ranges are
 * shaped as Sheets hands them to a custom function: a 2-D array of one-cell rows, '' for an
 * empty cell, and a header cell on top where the function accepts one (score columns skip
 * text, metrics-spec.md section 1). Yes/no, user and date ranges reject a header, so users
 * type them from row 2 (`F2:F`) and so does the bench.
 */
import { mulberry32, type Random } from '../../src/demo/random';

export const SEED = 7;
/** Share of empty cells in a column. */
export const BLANK_SHARE = 0.05;
/** The spreadsheet's zone for dates: Vietnam, UTC+7 all year. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export type Column = unknown[][];

export interface ScoreMetric {
  name: 'NPS' | 'CSAT' | 'CES' | 'FCR';
  /** The column's header cell, when the range includes it. */
  header?: string;
  /** One answer. */
  draw(random: Random): number | string;
}

export const SCORE_METRICS: readonly ScoreMetric[] = [
  { name: 'NPS', header: 'How likely are you to recommend us?', draw: (r) => r.int(0, 10) },
  { name: 'CSAT', header: 'How satisfied are you?', draw: (r) => r.int(1, 5) },
  { name: 'CES', header: 'The company made it easy for me.', draw: (r) => r.int(1, 7) },
  // As a Forms question or the demo's tickets sheet writes it.
  { name: 'FCR', draw: (r) => (r.chance(0.7) ? 'Yes' : 'No') },
];

/** `cells` answers (under the header, if any), about 5% of them empty. */
export function scoreColumn(metric: ScoreMetric, cells: number, seed = SEED): Column {
  const random = mulberry32(seed + cells);
  const rows: Column = metric.header === undefined ? [] : [[metric.header]];
  for (let i = 0; i < cells; i++) rows.push([random.chance(BLANK_SHARE) ? '' : metric.draw(random)]);
  return rows;
}

/** Activity events: who was active when, over the 12 months of 2025 local time. */
export interface Events {
  /** User ids as text, e.g. `U012345`; '' for a blank row. */
  users: Column;
  /** Dates of the events (the same Date in both ranges' rows). */
  dates: Column;
  /** An NPS answer per event, for CX_TREND; '' for about 5%. */
  scores: Column;
  /** The same events as plain columns for DuckDB, blank rows left out. */
  flat: { users: string[]; epochMs: number[]; scores: (number | null)[] };
}

const YEAR_START = Date.UTC(2025, 0, 1) - 7 * 3_600_000;
const YEAR_MS = 365 * 86_400_000;

/** `count` events of `userCount` users (some users far more active than others), a few blank rows. */
export function activityEvents(count: number, userCount: number, seed = SEED): Events {
  const random = mulberry32(seed * 31 + count);
  const users: Column = [];
  const dates: Column = [];
  const scores: Column = [];
  const flat = { users: [] as string[], epochMs: [] as number[], scores: [] as (number | null)[] };
  const digits = Array.from({ length: userCount }, (_, i) => String(i).padStart(6, '0'));
  for (let i = 0; i < count; i++) {
    if (random.chance(BLANK_SHARE / 5)) {
      users.push(['']);
      dates.push(['']);
      scores.push(['']);
      continue;
    }
    // Squaring skews activity towards the low ids, as real products have regulars and drop-ins.
    // A new string per cell, as Sheets hands each cell its own value (short concatenations are flat).
    const user = 'U' + digits[Math.floor(random.next() ** 2 * userCount)];
    const ms = YEAR_START + Math.floor(random.next() * YEAR_MS);
    const score = random.chance(BLANK_SHARE) ? '' : random.int(0, 10);
    users.push([user]);
    dates.push([new Date(ms)]);
    scores.push([score]);
    flat.users.push(user);
    flat.epochMs.push(ms);
    flat.scores.push(score === '' ? null : score);
  }
  return { users, dates, scores, flat };
}
