import { decideDecimalMark, textsOf } from '../cells/decide';
import { periodIndex, periodStartDay } from '../cells/calendar';
import type { Cell } from '../cells/types';
import { activeUsersAsOf, activeUsersByMonth, readActivity, type Activity } from '../metrics/active-users';
import { churnRate, periodRates, readCount, retentionRate } from '../metrics/churn';
import { shareOfCounts } from '../metrics/flags';
import { kpiOf, readingOf } from './compare';
import { periodsOfDays, readColumn, readDays, type ProblemLog } from './columns';
import type { PeriodFrame } from './period';
import { trendStarts } from './series';
import type { ActivityColumns, Kpi, Reading, ReportInput, SubscriptionColumns } from './types';

/**
 * Metrics from counts: churn and retention (and trial conversion and referral rate from their
 * count form) from monthly subscription rows, and active users from an activity log. Churn and
 * retention are proportions of the customers at the start and, like the count forms of trial
 * conversion and referral rate, get the two-proportion test; active users and stickiness are
 * counts, which carry no test.
 */

type CountField = 'start' | 'end' | 'new' | 'trials' | 'converted' | 'referred';
const COUNT_FIELDS: CountField[] = ['start', 'end', 'new', 'trials', 'converted', 'referred'];

/**
 * KPIs from subscriptions. Rows are summed per calendar month (several rows for one month, say
 * one per plan, add up). Only month reports use them: a monthly count says nothing of a week.
 */
export function subscriptionKpis(subscriptions: SubscriptionColumns, input: ReportInput, frame: PeriodFrame, log: ProblemLog): Kpi[] {
  if (frame.kind !== 'month') return [];
  const months = periodsOfDays(readDays(subscriptions.month, input.timeZone, log, 'subscriptions', 'subscriptions.month', { order: subscriptions.dateOrder, locale: input.locale }), 'month');
  const sums = new Map<CountField, (number | null)[]>();
  for (const field of COUNT_FIELDS) {
    const cells = subscriptions[field] as Cell[] | undefined;
    if (!cells) continue;
    // Count text in the column's decimal mark ("1.250" is 1250 with a decimal comma).
    const mark = decideDecimalMark(textsOf(cells), input.locale).mark;
    const counts = readColumn(cells, (cell) => readCount(cell, mark), log, 'subscriptions', `subscriptions.${field}`);
    const perMonth: (number | null)[] = frame.trend.map(() => null);
    for (let i = 0; i < counts.length; i++) {
      const slot = months[i] - frame.trend[0];
      if (counts[i] === counts[i] && slot >= 0 && slot < perMonth.length) perMonth[slot] = (perMonth[slot] ?? 0) + counts[i];
    }
    sums.set(field, perMonth);
  }
  const at = (field: CountField, slot: number) => sums.get(field)?.[slot] ?? null;
  const starts = trendStarts(frame);
  const kpis: Kpi[] = [];

  const churn: (Reading | null)[] = [];
  const retention: (Reading | null)[] = [];
  frame.trend.forEach((_, slot) => {
    const [start, end, added] = [at('start', slot), at('end', slot), at('new', slot)];
    if (start === null || end === null || added === null) {
      churn.push(null);
      retention.push(null);
      return;
    }
    try {
      // periodRates holds the counts to CHURN's rules (start > 0, end ≤ start + new).
      const churnValue = periodRates('CHURN', start, end, added, churnRate) as number;
      const retentionValue = periodRates('RETENTION', start, end, added, retentionRate) as number;
      churn.push(customerShare(start, start + added - end, churnValue));
      retention.push(customerShare(start, end - added, retentionValue));
    } catch (error) {
      log.failure('subscriptions', `subscriptions ${starts[slot].slice(0, 7)}`, error, 'CHURN');
      churn.push(null);
      retention.push(null);
    }
  });
  if (churn.some(Boolean)) kpis.push(kpiOf('CHURN', starts, churn), kpiOf('RETENTION', starts, retention));

  const share = (id: 'TRIAL_CONVERSION' | 'REFERRAL_RATE', part: CountField, total: CountField) => {
    if (!sums.has(part) || !sums.has(total)) return;
    const readings = frame.trend.map((_, slot): Reading | null => {
      const [p, t] = [at(part, slot), at(total, slot)];
      if (p === null || t === null || t === 0) return null; // no trials (or no new customers): nothing to rate
      try {
        return readingOf(shareOfCounts(id, p, t));
      } catch (error) {
        log.failure('subscriptions', `subscriptions ${starts[slot].slice(0, 7)}`, error, id);
        return null;
      }
    });
    if (readings.some(Boolean)) kpis.push(kpiOf(id, starts, readings));
  };
  share('TRIAL_CONVERSION', 'converted', 'trials');
  share('REFERRAL_RATE', 'referred', 'new');
  return kpis;
}

/**
 * Churn or retention as a proportion of the customers at the start (metrics-spec.md section 3):
 * `lost` (or `kept`) of `start`, so a change gets the two-proportion z-test like every other
 * rate. Counts that are not a share of the start (more kept than there were) carry no test.
 */
function customerShare(start: number, part: number, value: number): Reading {
  if (!(Number.isInteger(start) && Number.isInteger(part) && part >= 0 && part <= start)) return { n: start, value };
  return { n: start, value, summary: { kind: 'proportion', n: start, successes: part, value } };
}

/**
 * Active users and stickiness. Month reports count the calendar month (distinct users in the
 * month; stickiness = mean DAU over its days / MAU); week reports use WAU and the trailing
 * 30-day stickiness on the week's last day, as STICKINESS(…, as_of) would.
 */
export function activityKpis(activity: ActivityColumns, input: ReportInput, frame: PeriodFrame, log: ProblemLog): Kpi[] {
  let events: Activity;
  try {
    const column = (cells: Cell[]) => cells.map((cell) => [cell]);
    events = readActivity(frame.kind === 'month' ? 'MAU' : 'WAU', column(activity.users), column(activity.dates), input.timeZone);
  } catch (error) {
    log.failure('activity', 'activity', error, 'ACTIVE_USERS');
    return [];
  }
  const active: (Reading | null)[] = [];
  const sticky: (Reading | null)[] = [];
  if (frame.kind === 'month') {
    const byMonth = new Map(activeUsersByMonth(events).map((m) => [periodIndex(m.monthStart, 'month'), m]));
    for (const index of frame.trend) {
      const month = byMonth.get(index);
      active.push(month ? { n: month.mau, value: month.mau } : null);
      sticky.push(month && month.mau > 0 ? { n: month.mau, value: (100 * month.dauAverage) / month.mau } : null);
    }
  } else {
    for (const index of frame.trend) {
      const lastDay = periodStartDay(index + 1, 'week') - 1;
      const weekStart = periodStartDay(index, 'week');
      if (lastDay < events.firstDay || weekStart > events.lastDay) {
        active.push(null);
        sticky.push(null);
        continue;
      }
      const users = activeUsersAsOf(events, lastDay);
      active.push({ n: users.wau, value: users.wau });
      sticky.push(users.mau > 0 ? { n: users.mau, value: users.stickiness } : null);
    }
  }
  const starts = trendStarts(frame);
  return active.some(Boolean) ? [kpiOf('ACTIVE_USERS', starts, active, undefined, frame.kind), kpiOf('STICKINESS', starts, sticky, undefined, frame.kind)] : [];
}
