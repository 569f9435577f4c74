import { decideDecimalMark, textsOf } from '../cells/decide';
import { periodIndex, periodStartDay } from '../cells/calendar';
import type { Cell } from '../cells/types';
import { activeUsersAsOf, activeUsersByMonth, type Activity } from '../metrics/active-users';
import { churnRate, periodRates, readCount, retentionRate } from '../metrics/churn';
import { shareOfCounts } from '../metrics/flags';
import { kpiOf, readingOf } from './compare';
import { newCoverage, noteLeftOut, noteUsed, type Coverage } from '../cells/coverage';
import { codeOf, reasonOfCode, textOf, usableEvents, type ReadColumn, type ReportReader, type RowNumbers } from './columns';
import type { PeriodFrame } from './period';
import { trendStarts } from './series';
import type { ActivityColumns, Kpi, Reading, ReportInput, SubscriptionColumns } from './types';
import { cellAt, type Cells } from '../cells/packed';

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
export function subscriptionKpis(subscriptions: SubscriptionColumns<Cells>, input: ReportInput<Cells>, frame: PeriodFrame, reader: ReportReader): Kpi[] {
  if (frame.kind !== 'month') return [];
  const dated = reader.days(subscriptions.month, subscriptions.dateOrder);
  const months = dated.days.map((day) => (day === day ? periodIndex(day, 'month') : NaN));
  const sums = new Map<CountField, (number | null)[]>();
  const read = new Map<CountField, ReadColumn>();
  for (const field of COUNT_FIELDS) {
    const cells = subscriptions[field] as Cell[] | undefined;
    if (!cells) continue;
    // Count text in the column's decimal mark ("1.250" is 1250 with a decimal comma).
    const mark = decideDecimalMark(textsOf(cells), input.locale).mark;
    const column = reader.column(cells, (cell) => readCount(cell, mark));
    read.set(field, column);
    const counts = column.values;
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
      reader.failure('subscriptions', 'CHURN', starts[slot].slice(0, 7), error);
      churn.push(null);
      retention.push(null);
    }
  });
  const rowsOf = (fields: CountField[]) => monthRowsCoverage(fields.map((f) => read.get(f)!), months, frame.index, dated.column);
  if (churn.some(Boolean)) {
    const coverage = rowsOf(['start', 'end', 'new']);
    kpis.push(kpiOf('CHURN', starts, churn, undefined, frame.kind, coverage), kpiOf('RETENTION', starts, retention, undefined, frame.kind, coverage));
  }

  const share = (id: 'TRIAL_CONVERSION' | 'REFERRAL_RATE', part: CountField, total: CountField) => {
    if (!sums.has(part) || !sums.has(total)) return;
    const readings = frame.trend.map((_, slot): Reading | null => {
      const [p, t] = [at(part, slot), at(total, slot)];
      if (p === null || t === null || t === 0) return null; // no trials (or no new customers): nothing to rate
      try {
        return readingOf(shareOfCounts(id, p, t));
      } catch (error) {
        reader.failure('subscriptions', id, starts[slot].slice(0, 7), error);
        return null;
      }
    });
    if (readings.some(Boolean)) kpis.push(kpiOf(id, starts, readings, undefined, frame.kind, rowsOf([part, total])));
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
export function activityKpis(activity: ActivityColumns<Cells>, input: ReportInput<Cells>, frame: PeriodFrame, reader: ReportReader): Kpi[] {
  if (frame.kind !== 'month' && frame.kind !== 'week') return [];
  const dated = reader.days(activity.dates, activity.dateOrder);
  let events: Activity;
  try {
    // Only the rows with a user and a readable date: the others are counted below (eventCoverage), not fatal.
    const usable = usableEvents(activity, reader, Infinity);
    events = usable.activity(frame.kind === 'month' ? 'MAU' : 'WAU', input.timeZone);
  } catch (error) {
    reader.failure('activity', 'ACTIVE_USERS', undefined, error);
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
  const coverage = eventCoverage(activity.users, dated.days, dated.column, frame, reader);
  return active.some(Boolean) ? [kpiOf('ACTIVE_USERS', starts, active, undefined, frame.kind, coverage), kpiOf('STICKINESS', starts, sticky, undefined, frame.kind, coverage)] : [];
}

/**
 * Rows of the reported month that went into a count metric: a row is used when every count it
 * needs was read, else left out for the first count's reason; rows with no readable month are
 * left out for that.
 */
export function monthRowsCoverage(columns: ReadColumn[], months: RowNumbers, index: number, dates: ReadColumn): Coverage {
  const coverage = newCoverage();
  for (let i = 0; i < months.length; i++) {
    const bad = columns.find((c) => c.reasons[i] !== 0);
    const allBlank = columns.every((c) => c.reasons[i] === codeOf('blank'));
    if (months[i] === index) {
      if (!bad) noteUsed(coverage);
      else noteLeftOut(coverage, reasonOfCode(bad.reasons[i]), bad.refOf(i));
    } else if (months[i] !== months[i] && !allBlank) noteLeftOut(coverage, 'noDate', dates.refOf(i));
  }
  return coverage;
}

/** Activity rows of the reported period: used with a user id, blank without one, and rows with no readable date. */
export function eventCoverage(users: Cells, days: RowNumbers, dates: ReadColumn, frame: PeriodFrame, reader: ReportReader): Coverage {
  const coverage = newCoverage();
  const place = reader.placeOf(users);
  for (let i = 0; i < days.length; i++) {
    const hasUser = textOf(cellAt(users, i)) !== '';
    if (days[i] === days[i]) {
      if (frame.indexOf(days[i]) !== frame.index) continue;
      if (hasUser) noteUsed(coverage);
      else noteLeftOut(coverage, 'blank', place?.refOf(i));
    } else if (hasUser) noteLeftOut(coverage, dates.reasons[i] === codeOf('blank') ? 'noDate' : reasonOfCode(dates.reasons[i]), dates.refOf(i));
  }
  return coverage;
}
