import type { RangeArg } from '../cells/types';
import { activityChurnOf } from '../metrics/activity-churn';
import { customerChurnOf, retentionOf } from '../metrics/customer-churn';
import { yesShareOfRange } from '../metrics/flags';
import { referralShareOfSources } from '../metrics/referral';
import type { Lang } from '../cells/types';
import type { DataSource, Mapping } from '../mapping/schema';
import { dashboardTexts } from './messages';
import { columnCells, columnRange, datesRange, type Evaluation, type PlannedMetric, type Unit } from './dashboard-plan';
import { datesOf } from '../cells/as-dates';
import { wallClockIn } from '../cells/calendar';

/**
 * The plan's metrics from customer records (issue 11): churn from per-customer flags, customer
 * churn and retention from join and cancel dates, activity churn from an order or activity log,
 * and the referral rate of a free-text source column counted by the mapping's referral answers.
 * Each is one formula the dashboard writes and the engine call the preview makes on the same cells.
 */

/**
 * A metric of this block. Churn and retention measure their own period (the latest complete
 * month), so they are never FILTERed by the dashboard's period selector: their formula is the
 * same whatever the wrap, and they sit in the dashboard's records block (dashboard-records-block.ts),
 * which shows no n column.
 */
function planned(source: DataSource, metric: string, unit: Unit, main: string, formula: string, letters: string[], evaluate: PlannedMetric['evaluate']): PlannedMetric {
  const range = columnRange(source, main);
  return {
    metric,
    sheet: source.sheetName,
    unit,
    source: range,
    cells: columnCells(source, main),
    formula,
    letters,
    evaluate,
    formulaWith: () => formula,
    countWith: (_wrap, nonBlank) => nonBlank(range),
    nonBlankWith: (_wrap, nonBlank) => nonBlank(range),
  };
}

/** A text as a formula string literal: `"Friend ""or"" colleague"`. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The referral answers as a formula argument: one string, or a one-column array literal. The row
 * separator `;` is the same in every locale (https://support.google.com/docs/answer/6208276).
 */
export function answersLiteral(answers: readonly string[]): string {
  return answers.length === 1 ? stringLiteral(answers[0]) : `{${answers.map(stringLiteral).join(';')}}`;
}

/** REFERRAL_RATE over a source column with the saved referral answers; undefined when none are saved (yes/no flags). */
export function referralFromAnswers(source: DataSource, mapping: Mapping): PlannedMetric | undefined {
  const letter = source.columns.referral;
  const answers = mapping.referralAnswers;
  if (!letter || !answers || answers.length === 0) return undefined;
  const range = columnRange(source, letter);
  const metric = planned(source, 'REFERRAL_RATE', 'percent', letter, `=REFERRAL_RATE(${range}, ${answersLiteral(answers)})`, [letter], (columns) =>
    referralShareOfSources(columns[letter], answers, 'REFERRAL_RATE'),
  );
  // In the filtered KPI table: every non-blank answer counts (referral or not).
  return { ...metric, formulaWith: (wrap) => `=REFERRAL_RATE(${wrap(range)}, ${answersLiteral(answers)})` };
}

const rate = (summary: { value: number; n: number }): Evaluation => ({ value: summary.value, n: summary.n });

/** Churn and retention from a customer list, and activity churn from an activity log. */
export function planRecords(source: DataSource, isActivityLog: boolean): PlannedMetric[] {
  const c = source.columns;
  const plan: PlannedMetric[] = [];
  if (c.customerJoined && c.customerLeft) {
    const joined = c.customerJoined;
    const left = c.customerLeft;
    const args = `${datesRange(source, joined)}, ${datesRange(source, left)}, "month"`;
    // The dates as the formula reads them, through CX_DATES.
    const churnOf = (fn: string, columns: Record<string, unknown[][]>, timeZone: string) =>
      customerChurnOf(fn, datesOf(columns[joined], wallClockIn(timeZone), source.dateOrder), datesOf(columns[left], wallClockIn(timeZone), source.dateOrder), 'month', undefined, timeZone);
    plan.push(planned(source, 'CUSTOMER_CHURN', 'percent', joined, `=CUSTOMER_CHURN(${args})`, [joined, left], (columns, timeZone) => rate(churnOf('CUSTOMER_CHURN', columns, timeZone))));
    plan.push(
      planned(source, 'CUSTOMER_RETENTION', 'percent', joined, `=CUSTOMER_RETENTION(${args})`, [joined, left], (columns, timeZone) =>
        rate(retentionOf(churnOf('CUSTOMER_RETENTION', columns, timeZone))),
      ),
    );
  } else if (c.churned) {
    const churned = c.churned;
    plan.push(planned(source, 'CHURN', 'percent', churned, `=CHURN(${columnRange(source, churned)})`, [churned], (columns) => rate(yesShareOfRange(columns[churned] as RangeArg, 'CHURN'))));
  }
  if (isActivityLog && c.customerId && c.timestamp) {
    const users = c.customerId;
    const dates = c.timestamp;
    plan.push(
      planned(source, 'ACTIVITY_CHURN', 'percent', users, `=ACTIVITY_CHURN(${columnRange(source, users)}, ${datesRange(source, dates)}, "month")`, [users, dates], (columns, timeZone) =>
        rate(activityChurnOf('ACTIVITY_CHURN', columns[users], datesOf(columns[dates], wallClockIn(timeZone), source.dateOrder), 'month', undefined, timeZone)),
      ),
    );
  }
  return plan;
}

/** The key of the stacked column a combined figure's evaluate reads. */
export const COMBINED_COLUMN = '*';

/** Survey metrics worth a combined figure when several sheets ask the same question. */
const SURVEY_METRICS = ['NPS', 'CSAT', 'CSAT_AVG', 'CES'];

/**
 * "All surveys": for each survey metric that two or more sheets give (the same question on an
 * English and a Vietnamese form, one form per branch), one figure over all their answers, beside
 * each sheet's own. The formula stacks the columns in an array literal, `=NPS({'A'!C2:C;'B'!C2:C})`
 * (`;` stacks rows in every locale, https://support.google.com/docs/answer/6208276), and the
 * preview evaluates the same stacked answers.
 */
export function planCombined(perSheet: readonly PlannedMetric[], lang: Lang): PlannedMetric[] {
  const out: PlannedMetric[] = [];
  for (const metric of SURVEY_METRICS) {
    const entries = perSheet.filter((m) => m.metric === metric && m.letters.length === 1);
    if (new Set(entries.map((m) => m.sheet)).size < 2) continue;
    const first = entries[0];
    const args = first.formula.slice(`=${metric}(${first.source}`.length, -1);
    const stacked = `{${entries.map((m) => m.source).join(';')}}`;
    const letter = first.letters[0];
    out.push({
      metric,
      sheet: dashboardTexts.allSurveys[lang],
      unit: first.unit,
      scale: first.scale,
      source: stacked,
      cells: entries.map((m) => m.cells).join(' + '),
      formula: `=${metric}(${stacked}${args})`,
      letters: [COMBINED_COLUMN],
      parts: entries.map((m) => ({ sheet: m.sheet, letter: m.letters[0] })),
      evaluate: (columns, timeZone) => first.evaluate({ [letter]: columns[COMBINED_COLUMN] }, timeZone),
      // On the dashboard each sheet's column is FILTERed by its own dates and segment (`wrap` knows
      // the range); a FILTER with no match is #N/A, a blank in the stack. Unwrapped: the whole columns.
      formulaWith: (wrap) => `=${metric}({${entries.map((m) => (wrap(m.source) === m.source ? m.source : `IFERROR(${wrap(m.source)}, "")`)).join(';')}}${args})`,
      countWith: (wrap, nonBlank) => entries.map((m) => `IFERROR(${m.countWith(wrap, nonBlank)}, 0)`).join('+'),
      nonBlankWith: (wrap, nonBlank) => entries.map((m) => `IFERROR(${m.nonBlankWith(wrap, nonBlank)}, 0)`).join('+'),
    });
  }
  return out;
}
