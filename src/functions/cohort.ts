import { localMidnight } from '../cells/calendar';
import { wholeInRange } from '../cells/options';
import type { RangeArg } from '../cells/types';
import { activityChurnOf } from '../metrics/activity-churn';
import { cohortsOf, DEFAULT_COHORT_PERIODS, MAX_COHORT_PERIODS, readCohortActivity } from '../metrics/cohort';
import { periodOf } from '../metrics/trend';
import type { FunctionDoc } from './catalog';
import { sheetTimeZone } from './env';
import { inSheetLang } from './localize';

/** % of the users active in the period before the latest complete one who were not active in it. */
export function ACTIVITY_CHURN(users: RangeArg, dates: RangeArg, period?: unknown, as_of?: unknown): number {
  return inSheetLang(() => activityChurnOf('ACTIVITY_CHURN', users, dates, periodOf('ACTIVITY_CHURN', period), as_of, sheetTimeZone()).value);
}

/**
 * One row per cohort: its first day (a date), its size, then the % of it active in period 0, 1, …;
 * blank for periods not reached yet. No header row, like CX_TREND, so it can sit under the user's own.
 */
export function CX_COHORT(users: RangeArg, dates: RangeArg, period?: unknown, periods?: unknown): (Date | number | string)[][] {
  return inSheetLang(() => {
    const fn = 'CX_COHORT';
    const chosen = periodOf(fn, period);
    const length = wholeInRange(fn, periods, 'periods', 1, MAX_COHORT_PERIODS, DEFAULT_COHORT_PERIODS);
    const timeZone = sheetTimeZone();
    const rows = cohortsOf(readCohortActivity(fn, users, dates, timeZone), chosen, length, fn);
    return rows.map((row) => [localMidnight(row.start, timeZone), row.size, ...row.retention.map((value) => (value === null ? '' : value))]);
  });
}

const USERS_PARAM = { name: 'users', type: 'string[][]', description: 'Who was active or ordered, one customer id or email per row, e.g. A2:A.' };
const DATES_PARAM = { name: 'dates', type: 'Date[][]', description: 'When, same size as users, e.g. B2:B.' };
const PERIOD_PARAM = { name: 'period', type: 'string', optional: true, description: '"day", "week", "month" (the default), "quarter" or "year".' };

export const docs = (): FunctionDoc[] => [
  {
    name: 'ACTIVITY_CHURN',
    summary: 'Churn from an activity or order log: of the customers active in the month (or period) before the last complete one, the % not active in it.',
    params: [
      USERS_PARAM,
      DATES_PARAM,
      PERIOD_PARAM,
      { name: 'as_of', type: 'Date', optional: true, description: 'The latest period that has ended by this day is measured, e.g. DATE(2026,10,31). Default: the latest date.' },
    ],
    returns: '{number} churn %, 0 to 100',
    example: '=ACTIVITY_CHURN(A2:A, B2:B, "month")',
  },
  {
    name: 'CX_COHORT',
    summary: 'Cohort retention table: customers grouped by the month (or period) they first came, and the % of each group active 0, 1, 2… periods later.',
    params: [
      USERS_PARAM,
      DATES_PARAM,
      PERIOD_PARAM,
      { name: 'periods', type: 'number', optional: true, description: `How many periods after the first to show, 1 to ${MAX_COHORT_PERIODS}; default ${DEFAULT_COHORT_PERIODS}.` },
    ],
    returns: '{Array} one row per cohort: first day, customers, then % active in period 0, 1, … (blank when not reached yet)',
    example: '=CX_COHORT(A2:A, B2:B, "month", 6)',
  },
];
