import { quoteSheet } from '../cells/coverage';
import type { Lang } from '../cells/types';
import { TranslatedError } from '../cells/messages';
import type { RangeArg } from '../cells/types';
import { artOf } from '../metrics/art';
import { cesOfRange } from '../metrics/ces';
import { csatAverageOfRange, csatOfRange } from '../metrics/csat';
import { shareOfCounts, yesShareOfRange } from '../metrics/flags';
import { npsOfRange } from '../metrics/nps';
import { activeUsersAsOf, readActivity } from '../metrics/active-users';
import type { DataSource, Mapping } from '../mapping/schema';
import { combinedOf, planCombined, planRecords, referralFromAnswers, stringLiteral } from './dashboard-records';
import { isNonAnswer, labelTableOf } from '../cells/labels';
import { readReferralFlag } from '../metrics/referral';
import { datesOf } from '../cells/as-dates';
import { wallClockIn } from '../cells/calendar';

/**
 * Which metrics a mapping allows, and for each the one formula that computes it. The sidebar's
 * preview evaluates the plan with the engine; the dashboard writes the same plan as formulas, so
 * the number a person sees in step 3 is the number the dashboard cell shows.
 */

export type Unit = 'points' | 'percent' | 'mean' | 'hours' | 'count';

export interface Evaluation {
  value: number;
  n: number;
  breakdown?: { promoters: number; passives: number; detractors: number };
}

export interface PlannedMetric {
  metric: string;
  sheet: string;
  unit: Unit;
  scale?: number;
  /** The A1 range of the main column, e.g. `'Form Responses 1'!C2:C`. */
  source: string;
  /** The same range without its sheet, e.g. `C2:C` (a sheet name may itself hold `!`). */
  cells: string;
  /** The cell formula, e.g. `=NPS('Form Responses 1'!C2:C)`. */
  formula: string;
  /** Column letters the evaluation reads. */
  letters: string[];
  /**
   * The same formula over other ranges (the dashboard's FILTERed ones): `wrap` turns each column
   * range into what the metric reads, `asOf` is the day active-user counts are taken on.
   */
  formulaWith(wrap: (range: string) => string, asOf?: string): string;
  /**
   * The engine's n as a formula over the wrapped ranges (COUNT of scores, non-blank yes/no
   * answers, …); `nonBlank(range)` counts the non-blank cells of a range under the same filter.
   */
  countWith(wrap: (range: string) => string, nonBlank: (range: string) => string): string;
  /** The non-blank cells the metric was computed from, for "left out" = this − n. */
  nonBlankWith(wrap: (range: string) => string, nonBlank: (range: string) => string): string;
  /** The engine on the columns' values (data rows only), keyed by letter. */
  evaluate(columns: Record<string, unknown[][]>, timeZone: string): Evaluation;
  /**
   * A figure over several sheets ("All surveys"): the column of each sheet it stacks, in order.
   * Its evaluate takes the stacked column under the key COMBINED_COLUMN.
   */
  parts?: { sheet: string; letter: string }[];
  /** For "All surveys": the per-sheet metrics it combines (countingWords rebuilds it from theirs). */
  entries?: readonly PlannedMetric[];
}

export { quoteSheet };

/** First data row: the row under the headers (row 1 when the sheet has none). */
export function firstDataRow(source: DataSource): number {
  return source.headerRow + 1;
}

/** An open column range from the first data row down, so formulas follow new rows: `'S'!C2:C`. */
export function columnRange(source: DataSource, letter: string): string {
  return `${quoteSheet(source.sheetName)}!${columnCells(source, letter)}`;
}

/**
 * A date column as every dashboard formula reads it, `CX_DATES('S'!A2:A, "dmy")`: text dates
 * become dates by the column's own values, then the mapping's date order, then the locale (as the
 * preview and the email read them), so FILTER's comparisons and the functions' own readers see
 * the days the engine sees instead of skipping day-first text.
 */
export function datesRange(source: DataSource, letter: string): string {
  return `CX_DATES(${columnRange(source, letter)}${source.dateOrder ? `, "${source.dateOrder}"` : ''})`;
}

/** The cell part of columnRange: `C2:C`. */
export function columnCells(source: DataSource, letter: string): string {
  return `${letter}${firstDataRow(source)}:${letter}`;
}

function scoreMetric(source: DataSource, letter: string, metric: string, unit: Unit, args: string, summarize: (values: RangeArg) => Evaluation, scale?: number): PlannedMetric {
  const range = columnRange(source, letter);
  // Scores: text is skipped and numbers are read (a number out of scale is an error, not a skip);
  // yes/no answers: every non-blank cell is an answer (anything else is an error).
  const flags = unit === 'percent' && !['CSAT', 'CES'].includes(metric);
  return {
    formulaWith: (wrap) => `=${metric}(${wrap(range)}${args})`,
    countWith: (wrap, nonBlank) => (flags ? nonBlank(range) : `COUNT(${wrap(range)})`),
    nonBlankWith: (_wrap, nonBlank) => nonBlank(range),
    metric,
    sheet: source.sheetName,
    unit,
    scale,
    source: range,
    cells: columnCells(source, letter),
    formula: `=${metric}(${range}${args})`,
    letters: [letter],
    evaluate: (columns) => summarize(columns[letter]),
  };
}

/** What SUM gives in Sheets: the numbers of a column, text and blanks ignored. */
function sumOf(values: unknown[][]): number {
  let total = 0;
  for (const row of values) if (typeof row[0] === 'number') total += row[0];
  return total;
}

/** A rate from two count columns summed over all rows: `=REFERRAL_RATE(SUM(G2:G), SUM(C2:C))`. */
function countsMetric(source: DataSource, metric: string, part: string, total: string): PlannedMetric {
  const range = columnRange(source, part);
  const totals = columnRange(source, total);
  return {
    formulaWith: (wrap) => `=${metric}(SUM(${wrap(range)}), SUM(${wrap(totals)}))`,
    countWith: (wrap) => `SUM(${wrap(totals)})`,
    nonBlankWith: (wrap) => `SUM(${wrap(totals)})`,
    metric,
    sheet: source.sheetName,
    unit: 'percent',
    source: range,
    cells: columnCells(source, part),
    formula: `=${metric}(SUM(${range}), SUM(${columnRange(source, total)}))`,
    letters: [part, total],
    evaluate: (columns) => shareOfCounts(metric, sumOf(columns[part]), sumOf(columns[total])),
  };
}

/**
 * A score column's label table from the mapping (sidebar step 2) as the functions' last `labels`
 * argument, `, {"Tốt",4;"Rất tốt",5}` (`,` between columns and `;` between rows in the en_US
 * syntax setFormula takes, https://support.google.com/docs/answer/6208276), or '' when it has none:
 * the dashboard's formulas then read the answers as the preview and the report do.
 */
export function labelsArg(source: DataSource, field: 'nps' | 'csat' | 'ces'): string {
  const entries = Object.entries(source.labels?.[field] ?? {});
  return entries.length ? `, {${entries.map(([label, score]) => `${stringLiteral(label)},${score}`).join(';')}}` : '';
}

/** Every metric one data source allows, in the order the sidebar and the dashboard show them. */
export function planSource(source: DataSource, mapping: Mapping): PlannedMetric[] {
  const c = source.columns;
  const { csat, ces } = mapping.scales;
  const plan: PlannedMetric[] = [];
  const labels = { nps: labelTableOf(source.labels?.nps), csat: labelTableOf(source.labels?.csat), ces: labelTableOf(source.labels?.ces) };
  if (c.nps)
    plan.push(
      scoreMetric(source, c.nps, 'NPS', 'points', labelsArg(source, 'nps'), (values) => {
        const s = npsOfRange(values, 'NPS', labels.nps);
        return { value: s.value, n: s.n, breakdown: { promoters: s.promoters, passives: s.passives, detractors: s.detractors } };
      }),
    );
  if (c.csat) {
    const threshold = csat.threshold ?? (csat.scale === 3 ? 3 : csat.scale - 1);
    const own = labelsArg(source, 'csat');
    const args = csat.threshold === undefined ? `, ${csat.scale}${own ? ',' : ''}` : `, ${csat.scale}, ${csat.threshold}`;
    plan.push(scoreMetric(source, c.csat, 'CSAT', 'percent', args + own, (values) => csatOfRange(values, { scale: csat.scale, threshold, labels: labels.csat }, 'CSAT')));
    plan.push(scoreMetric(source, c.csat, 'CSAT_AVG', 'mean', `, ${csat.scale}${own}`, (values) => csatAverageOfRange(values, csat.scale, 'CSAT_AVG', true, labels.csat), csat.scale));
  }
  if (c.ces) {
    const unit: Unit = ces.method === 'mean' ? 'mean' : 'percent';
    plan.push(
      scoreMetric(source, c.ces, 'CES', unit, `, ${ces.scale}, "${ces.method}"${labelsArg(source, 'ces')}`, (values) => cesOfRange(values, { ...ces, labels: labels.ces }, 'CES'), ces.method === 'mean' ? ces.scale : undefined),
    );
  }
  if (c.firstContact) plan.push(scoreMetric(source, c.firstContact, 'FCR', 'percent', '', (values) => yesShareOfRange(values, 'FCR')));
  // On a sheet of monthly counts, referrals and conversions are counts too: summed, over new
  // customers and trials. Elsewhere they are yes/no answers, one per row.
  if (c.referral && c.subsNew) plan.push(countsMetric(source, 'REFERRAL_RATE', c.referral, c.subsNew));
  // A "How did you hear about us?" column is counted by the referral answers saved in the mapping.
  else if (c.referral) plan.push(referralFromAnswers(source, mapping) ?? scoreMetric(source, c.referral, 'REFERRAL_RATE', 'percent', '', (values) => yesShareOfRange(values, 'REFERRAL_RATE', readReferralFlag)));
  if (c.trialConverted && c.trialStarted) plan.push(countsMetric(source, 'TRIAL_CONVERSION', c.trialConverted, c.trialStarted));
  else if (c.trialConverted)
    plan.push(scoreMetric(source, c.trialConverted, 'TRIAL_CONVERSION', 'percent', '', (values) => yesShareOfRange(values, 'TRIAL_CONVERSION')));
  if (c.ticketOpened && c.ticketResolved) {
    const opened = c.ticketOpened;
    const resolved = c.ticketResolved;
    const range = columnRange(source, opened);
    const openedDates = datesRange(source, opened);
    const resolvedDates = datesRange(source, resolved);
    plan.push({
      formulaWith: (wrap) => `=ART(${wrap(openedDates)}, ${wrap(resolvedDates)}, "hours")`,
      // Open tickets (no resolved date) are not in the average.
      countWith: (wrap) => `COUNT(${wrap(resolvedDates)})`,
      nonBlankWith: (_wrap, nonBlank) => nonBlank(range),
      metric: 'ART',
      sheet: source.sheetName,
      unit: 'hours',
      source: range,
      cells: columnCells(source, opened),
      formula: `=ART(${openedDates}, ${resolvedDates}, "hours")`,
      letters: [opened, resolved],
      // What the formula reads: both columns through CX_DATES.
      evaluate: (columns, timeZone) => {
        const toInstant = wallClockIn(timeZone);
        return artOf('ART', datesOf(columns[opened], toInstant, source.dateOrder), datesOf(columns[resolved], toInstant, source.dateOrder), 'hours');
      },
    });
  }
  const isActivityLog = Boolean(c.customerId && c.timestamp && !c.nps && !c.csat && !c.ces && !c.ticketOpened && !c.customerJoined && !c.churned);
  if (isActivityLog) {
    // An activity log (the workbook detector's rule: ids and dates, no survey or ticket fields).
    const users = c.customerId!;
    const dates = c.timestamp!;
    const userRange = columnRange(source, users);
    const dateRange = datesRange(source, dates);
    const args = `${userRange}, ${dateRange}`;
    for (const [metric, unit] of [['MAU', 'count'], ['DAU', 'count'], ['STICKINESS', 'percent']] as const) {
      plan.push({
        formulaWith: (wrap, asOf) => `=${metric}(${wrap(userRange)}, ${wrap(dateRange)}${asOf ? `, ${asOf}` : ''})`,
        countWith: (wrap) => `COUNTA(UNIQUE(${wrap(userRange)}))`,
        nonBlankWith: (_wrap, nonBlank) => nonBlank(userRange),
        metric,
        sheet: source.sheetName,
        unit,
        source: columnRange(source, users),
        cells: columnCells(source, users),
        formula: `=${metric}(${args})`,
        letters: [users, dates],
        evaluate: (columns, timeZone) => {
          const activity = readActivity(metric, columns[users], columns[dates], timeZone, source.dateOrder ? { order: source.dateOrder } : undefined);
          const counts = activeUsersAsOf(activity);
          const value = metric === 'MAU' ? counts.mau : metric === 'DAU' ? counts.dau : counts.stickiness;
          return { value, n: activity.users.length };
        },
      });
    }
  }
  plan.push(...planRecords(source, isActivityLog));
  return plan;
}

export function planMapping(mapping: Mapping, lang: Lang = 'en'): PlannedMetric[] {
  const perSheet = mapping.sources.flatMap((source) => planSource(source, mapping));
  return [...perSheet, ...planCombined(perSheet, lang)];
}

/** An engine error in the person's language; other errors as they are. */
export function engineMessage(error: unknown, lang: Lang): string {
  if (error instanceof TranslatedError) return error.texts[lang];
  return error instanceof Error ? error.message : String(error);
}

const SCORE_METRICS = new Set(['NPS', 'CSAT', 'CSAT_AVG', 'CES']);

/** A text as a COUNTIF criterion that matches only itself: wildcards escaped, `=` in front. */
function exactCriterion(text: string): string {
  return stringLiteral(`=${text.replace(/[~*?]/g, '~$&')}`);
}

/**
 * COUNT counts numbers only, so on a column answered in words (`Rất hài lòng`, a label table's
 * `Tốt`) a score metric's n would be 0 and its dashboard cell blank. For such a column (seen in
 * the cells the preview read, keyed by sheet then letter) n is its non-blank cells less the
 * non-answers it holds (`N/A`, `Không biết`, counted by COUNTIF): the score functions read every
 * other cell or fail, so this is the engine's n.
 */
export function countingWords(plan: PlannedMetric[], cellsBySheet: ReadonlyMap<string, Record<string, unknown[][]>>, lang: Lang = 'en'): PlannedMetric[] {
  const counted = plan.map((metric): PlannedMetric => {
    if (!SCORE_METRICS.has(metric.metric) || metric.parts || metric.letters.length !== 1) return metric;
    const cells = cellsBySheet.get(metric.sheet)?.[metric.letters[0]];
    if (!cells?.some((row) => typeof row[0] === 'string' && row[0].trim() !== '')) return metric;
    const nonAnswers = [...new Set(cells.map((row) => row[0]).filter((v): v is string => typeof v === 'string' && isNonAnswer(v)))];
    const range = metric.source;
    return {
      ...metric,
      countWith: (wrap, nonBlank) => [nonBlank(range), ...nonAnswers.map((text) => `COUNTIF(${wrap(range)}, ${exactCriterion(text)})`)].join('-'),
    };
  });
  // "All surveys" from its sheets' metrics as counted here, so its n counts their words too.
  return counted.map((metric) => (metric.entries ? combinedOf(metric.entries.map((entry) => counted[plan.indexOf(entry)] ?? entry), lang) : metric));
}
