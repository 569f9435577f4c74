import type { RangeArg } from '../cells/types';
import { activityChurnOf } from '../metrics/activity-churn';
import { customerChurnOf, retentionOf } from '../metrics/customer-churn';
import { yesShareOfRange } from '../metrics/flags';
import { referralShareOfSources } from '../metrics/referral';
import type { Lang } from '../cells/types';
import type { DataSource, Mapping } from '../mapping/schema';
import { dashboardTexts } from './messages';
import { columnCells, columnRange, datesRange, type Evaluation, type PlannedMetric, type Unit } from './dashboard-plan';
import { callTexts, TranslatedError } from '../cells/messages';
import { describePlace } from '../cells/errors';
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
    out.push(combinedOf(entries, lang));
  }
  return out;
}

/** A per-sheet formula's arguments after its range: `, 5` or `, 5, {"Tốt",4}` (its scale and label table). */
const argsOf = (m: PlannedMetric) => m.formula.slice(`=${m.metric}(${m.source}`.length, -1);

/**
 * The "All surveys" figure over these per-sheet metrics (also rebuilt by countingWords with their
 * word-counting n). When every sheet reads its answers alike (the same scale and label table), one
 * call over the stacked columns; when their label tables differ, each sheet's answers are read by
 * its own table and the figures combined weighted by n, Σ value·n / Σ n, which is the figure over
 * all answers for NPS and for every share and mean (metrics-spec §2), never the first sheet's
 * table applied to every sheet.
 */
export function combinedOf(entries: readonly PlannedMetric[], lang: Lang): PlannedMetric {
  const first = entries[0];
  const metric = first.metric;
  const args = argsOf(first);
  const alike = entries.every((m) => argsOf(m) === args);
  const stacked = `{${entries.map((m) => m.source).join(';')}}`;
  const letter = first.letters[0];
  const countOf = (m: PlannedMetric, wrap: (range: string) => string, nonBlank: (range: string) => string) => `IFERROR(${m.countWith(wrap, nonBlank)}, 0)`;
  // A FILTER with no match is #N/A, a blank in the stack. Unwrapped: the whole columns.
  const part = (m: PlannedMetric, wrap: (range: string) => string) => (wrap(m.source) === m.source ? m.source : `IFERROR(${wrap(m.source)}, "")`);
  const identity = (range: string) => range;
  const counta = (range: string) => `COUNTA(${range})`;
  const weighted = (wrap: (range: string) => string, nonBlank: (range: string) => string) => {
    const ns = entries.map((m) => countOf(m, wrap, nonBlank));
    return `=(${entries.map((m, k) => `IF(${ns[k]}=0, 0, ${metric}(${part(m, wrap)}${argsOf(m)})*${ns[k]})`).join('+')})/(${ns.join('+')})`;
  };
  return {
    metric,
    sheet: dashboardTexts.allSurveys[lang],
    unit: first.unit,
    scale: first.scale,
    source: stacked,
    cells: entries.map((m) => m.cells).join(' + '),
    formula: alike ? `=${metric}(${stacked}${args})` : weighted(identity, counta),
    letters: [COMBINED_COLUMN],
    parts: entries.map((m) => ({ sheet: m.sheet, letter: m.letters[0] })),
    entries,
    evaluate: (columns, timeZone) => (alike ? first.evaluate({ [letter]: columns[COMBINED_COLUMN] }, timeZone) : weightedEvaluation(entries, columns, timeZone)),
    // On the dashboard each sheet's column is FILTERed by its own dates and segment (`wrap` knows the range).
    formulaWith: (wrap, _asOf) => (alike ? `=${metric}({${entries.map((m) => part(m, wrap)).join(';')}}${args})` : weighted(wrap, (range) => nonBlankOr(wrap, range))),
    countWith: (wrap, nonBlank) => entries.map((m) => countOf(m, wrap, nonBlank)).join('+'),
    nonBlankWith: (wrap, nonBlank) => entries.map((m) => `IFERROR(${m.nonBlankWith(wrap, nonBlank)}, 0)`).join('+'),
  };
}

/** The non-blank cells of a range under `wrap` (formulaWith is given no counter of its own). */
function nonBlankOr(wrap: (range: string) => string, range: string): string {
  const wrapped = wrap(range);
  // wrapper() gives FILTER(range, conditions…): the same FILTER, non-blank cells only, as nonBlankCounter counts them.
  if (wrapped.startsWith('FILTER(') && wrapped.endsWith(')')) return `ROWS(${wrapped.slice(0, -1)}, ${range}<>""))`;
  return `COUNTA(${range})`;
}

/** A part's bad-cell error with its place among the stacked answers (as one call over the stack would say it), so the preview names its sheet cell. */
function inStack(error: unknown, before: number, total: number): unknown {
  if (!(error instanceof TranslatedError) || !error.where || error.where.place.columns !== 1) return error;
  const { place, argName } = error.where;
  const moved = { ...place, item: place.item + before, row: place.row + before, rows: total };
  const swap = (lang: Lang) => {
    const old = `(${describePlace(place, lang, argName)})`;
    const text = error.texts[lang];
    return text.endsWith(old) ? text.slice(0, -old.length) + `(${describePlace(moved, lang, argName)})` : text;
  };
  return new TranslatedError({ en: swap('en'), vi: swap('vi') }, { place: moved, argName });
}

/** Each sheet's part (under COMBINED_COLUMN + its index) by its own metric, combined weighted by n; a part without scores adds nothing. */
function weightedEvaluation(entries: readonly PlannedMetric[], columns: Record<string, unknown[][]>, timeZone: string): Evaluation {
  let n = 0;
  let sum = 0;
  const breakdown = { promoters: 0, passives: 0, detractors: 0 };
  let failure: unknown;
  let offset = 0;
  entries.forEach((m, k) => {
    let part: Evaluation;
    const cells = columns[`${COMBINED_COLUMN}${k}`] ?? [];
    offset += cells.length;
    try {
      part = m.evaluate({ [m.letters[0]]: cells }, timeZone);
    } catch (error) {
      // No scores in one sheet's part is n = 0 there; any other problem is the figure's, placed in the stack.
      if (!(error instanceof TranslatedError && error.texts.en.endsWith(callTexts.noScores().en))) throw inStack(error, offset - cells.length, offset);
      failure ??= error;
      return;
    }
    n += part.n;
    sum += part.value * part.n;
    if (part.breakdown) for (const key of ['promoters', 'passives', 'detractors'] as const) breakdown[key] += part.breakdown[key];
  });
  if (n === 0) throw failure;
  return { value: sum / n, n, ...(entries[0].metric === 'NPS' ? { breakdown } : {}) };
}
