import { isoDate, localDay } from '../cells/calendar';
import { readDateColumn } from '../cells/column';
import type { DateOrder } from '../cells/dates';

/**
 * The periods the dashboard's period selector offers (metrics-spec §6): every month with data,
 * latest first, then its quarters and years, then All; and the default, the latest complete
 * month that has data (the month before today's at the latest), else the latest month with
 * data, else All. Labels are the spec's forms (`2026-10`, `2026-Q3`, `2026`), which the
 * dashboard looks up in its own list; they never come from a cell's text.
 */

export interface PeriodOption {
  label: string;
  /** Length in months; 0 for All. */
  months: number;
  /** First day, `YYYY-MM-DD` in the spreadsheet's zone ('' for All). */
  start: string;
  /** Last day, `YYYY-MM-DD` (for All: the last day with data). */
  last: string;
}

export interface DashboardPeriods {
  options: PeriodOption[];
  defaultLabel: string;
  /** First day of the latest month with data, or '' when no source has dates. */
  latestMonth: string;
}

/** The months with data, and the last day with data (`YYYY-MM-DD`, '' when none). */
export interface DataMonths {
  months: Set<number>;
  lastDay: string;
}

const monthKey = (year: number, month: number) => year * 12 + (month - 1);
const pad = (n: number) => String(n).padStart(2, '0');

/** One date column the dashboard filters by: its cells (one per row) and the mapping's date order, if set. */
export interface DatedColumn {
  cells: unknown[][];
  order?: DateOrder;
}

/**
 * The local (year, month) of each readable date cell, each column read as the engine reads it
 * (day/month text in the order its values prove, else the mapping's, else the locale's:
 * metrics-spec §1.2); unreadable and blank cells are not periods.
 */
export function monthsWithData(columns: readonly DatedColumn[], timeZone: string, locale?: string): DataMonths {
  const months = new Set<number>();
  let lastDay = -Infinity;
  for (const { cells, order } of columns) {
    const { values } = readDateColumn(cells.map((row) => row[0]), { timeZone, locale, order });
    for (const instant of values) {
      if (!Number.isFinite(instant)) continue;
      const day = localDay(instant, timeZone);
      if (day > lastDay) lastDay = day;
      const [y, m] = isoDate(day).split('-').map(Number);
      months.add(monthKey(y, m));
    }
  }
  return { months, lastDay: Number.isFinite(lastDay) ? isoDate(lastDay) : '' };
}

const lastOfMonth = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

export function dashboardPeriods({ months, lastDay }: DataMonths, now: Date, timeZone: string, allLabel: string): DashboardPeriods {
  const all: PeriodOption = { label: allLabel, months: 0, start: '', last: lastDay };
  if (months.size === 0) return { options: [all], defaultLabel: allLabel, latestMonth: '' };
  const sorted = [...months].sort((a, b) => b - a);
  const options: PeriodOption[] = [];
  const quarters = new Set<number>();
  const years = new Set<number>();
  for (const key of sorted) {
    const year = Math.floor(key / 12);
    const month = (key % 12) + 1;
    options.push({ label: `${year}-${pad(month)}`, months: 1, start: `${year}-${pad(month)}-01`, last: lastOfMonth(year, month) });
    quarters.add(year * 4 + Math.floor((month - 1) / 3));
    years.add(year);
  }
  for (const q of [...quarters].sort((a, b) => b - a)) {
    const year = Math.floor(q / 4);
    const quarter = (q % 4) + 1;
    options.push({ label: `${year}-Q${quarter}`, months: 3, start: `${year}-${pad(quarter * 3 - 2)}-01`, last: lastOfMonth(year, quarter * 3) });
  }
  for (const year of [...years].sort((a, b) => b - a)) options.push({ label: String(year), months: 12, start: `${year}-01-01`, last: `${year}-12-31` });
  options.push(all);
  const [ty, tm] = isoDate(localDay(now.getTime(), timeZone)).split('-').map(Number);
  const thisMonth = monthKey(ty, tm);
  const complete = sorted.find((key) => key < thisMonth) ?? sorted[0];
  const label = (key: number) => `${Math.floor(key / 12)}-${pad((key % 12) + 1)}`;
  return { options, defaultLabel: label(complete), latestMonth: `${label(sorted[0])}-01` };
}

/** `YYYY-MM-DD` → the DATE(…) formula text of that day. */
export function dateFormula(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `DATE(${y}, ${m}, ${d})`;
}
