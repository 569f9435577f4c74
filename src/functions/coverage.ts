import { leftOutCount } from '../cells/coverage';
import { callTexts, failCall } from '../cells/messages';
import { isOmitted, labelsArgument, singleValue, wordChoice } from '../cells/options';
import { rangeOf, requireSameSize } from '../cells/shape';
import type { Cell, RangeArg } from '../cells/types';
import { coverageSentence } from '../report/coverage-text';
import { COVERAGE_METRICS, kpiCoverage, type ColumnStart, type CoverageMetric } from '../report/kpi-coverage';
import { parsePeriodText } from '../report/period';
import type { FunctionDoc } from './catalog';
import { callArguments, parseReference } from './cell-address';
import { sheetFormulaCell, sheetLang, sheetTimeZone, } from './env';
import { inSheetLang } from './localize';
import { columnLetter } from '../mapping/text';
import { referralAnswersOf } from '../metrics/referral';

/**
 * What a metric of a column is made of in a period, counted as the monthly email counts it
 * (metrics-spec.md section 7): n used, how many non-blank cells were left out, and why, with the
 * first sheet cells of each reason. The dashboard's coverage column is this function, so the
 * live sheet and the email never disagree on what was used.
 */
export function CX_COVERAGE(metric: unknown, values: RangeArg, dates?: RangeArg, period?: unknown, groups?: RangeArg, group?: unknown, scale?: unknown, labels?: unknown, totals?: RangeArg): (number | string)[][] {
  return inSheetLang(() => {
    const fn = 'CX_COVERAGE';
    const id = wordChoice(fn, metric, 'metric', COVERAGE_METRICS.map((m) => m.toLowerCase()), 'nps').toUpperCase() as CoverageMetric;
    const valueRange = rangeOf(fn, values, 'values');
    const column = (range: ReturnType<typeof rangeOf>) => range.cells.map((row) => row[0]);
    const dateRange = isOmitted(dates) ? undefined : rangeOf(fn, dates, 'dates');
    const groupRange = isOmitted(groups) ? undefined : rangeOf(fn, groups, 'groups');
    const totalRange = isOmitted(totals) ? undefined : rangeOf(fn, totals, 'totals');
    const sized = [
      { name: 'values', range: valueRange },
      ...(dateRange ? [{ name: 'dates', range: dateRange }] : []),
      ...(groupRange ? [{ name: 'groups', range: groupRange }] : []),
      ...(totalRange ? [{ name: 'totals', range: totalRange }] : []),
    ];
    requireSameSize(fn, sized);
    const periodValue = singleValue(fn, period, 'period');
    // Without a period, figures from customer records measure their own (as their functions do), the rest all rows.
    const own = ['CHURN', 'CUSTOMER_CHURN', 'CUSTOMER_RETENTION', 'ACTIVITY_CHURN'].includes(id);
    const choice = isOmitted(periodValue) ? (own ? 'own' : parsePeriodText('all')) : parsePeriodText(String(periodValue));
    if (!choice) throw failCall(fn, callTexts.periodText(periodValue));
    const groupValue = singleValue(fn, group, 'group');
    const scaleValue = singleValue(fn, scale, 'scale');
    const scaleNumber = isOmitted(scaleValue) ? undefined : Number(scaleValue);
    // The column's own answers and their scores (the mapping's label table), as NPS(…, labels) takes them.
    const high = id === 'NPS' ? 10 : scaleNumber ?? (id === 'CES' ? 7 : 5);
    const scored = id === 'NPS' || id === 'CSAT' || id === 'CSAT_AVG' || id === 'CES';
    const table = scored ? labelsArgument(fn, labels, id === 'NPS' ? 0 : 1, high) : undefined;
    // For a referral rate from "How did you hear about us?" answers, the answers that mean a referral.
    const answers = id === 'REFERRAL_RATE' && !isOmitted(labels) ? referralAnswersOf(fn, labels as RangeArg) : undefined;
    const lang = sheetLang();
    const at = placesOf();
    const { n, coverage } = kpiCoverage({
      metric: id,
      values: column(valueRange),
      dates: dateRange ? column(dateRange) : undefined,
      totals: totalRange ? column(totalRange) : undefined,
      answers,
      period: choice,
      groups: groupRange ? column(groupRange) : undefined,
      group: isOmitted(groupValue) ? undefined : String(groupValue).trim(),
      scale: scaleNumber,
      labels: table ? Object.fromEntries(table) : undefined,
      timeZone: sheetTimeZone(),
      lang,
      valuesAt: at?.values,
      datesAt: at?.dates,
      totalsAt: at?.totals,
    });
    return [[n, leftOutCount(coverage), coverageSentence(n, coverage, lang)]];
  });
}

/** Where the values and dates ranges start, read from the formula (a custom function gets values only). */
function placesOf(): { values?: ColumnStart; dates?: ColumnStart; totals?: ColumnStart } | undefined {
  try {
    const cell = sheetFormulaCell();
    if (!cell) return undefined;
    const args = callArguments(cell.formula, 'CX_COVERAGE');
    const start = (text: string | undefined): ColumnStart | undefined => {
      const ref = text === undefined ? undefined : parseReference(text);
      return ref ? { sheet: ref.sheet ?? cell.sheetName, column: columnLetter(ref.column - 1), row: ref.row } : undefined;
    };
    return { values: start(args?.[1]), dates: start(args?.[2]), totals: start(args?.[8]) };
  } catch {
    // Naming the cells is a courtesy: without the formula the counts are the same, without places.
    return undefined;
  }
}

export const docs = (): FunctionDoc[] => [
  {
    name: 'CX_COVERAGE',
    summary:
      'What a number is made of, as the email report counts it: the answers used (n), how many non-blank cells were left out, and why, with the first cells of each reason (could not be read, outside the scale, no readable date…).',
    params: [
      { name: 'metric', type: 'string', description: `Which metric: ${COVERAGE_METRICS.map((m) => `"${m}"`).join(', ')}.` },
      { name: 'values', type: 'number[][]', description: 'The answers, from the first data row, e.g. C2:C (ART: resolved dates; ART_DURATION: durations; CUSTOMER_CHURN: join dates; MAU, ACTIVITY_CHURN: user ids).' },
      { name: 'dates', type: 'Date[][]', optional: true, description: 'When each row happened, same size, e.g. A2:A (ART: opened dates; CUSTOMER_CHURN: cancel dates). Leave out for a sheet without dates.' },
      { name: 'period', type: 'string', optional: true, description: '"all" (the default; churn and retention: their own latest complete month), a year "2026", a quarter "2026-Q3", a month "2026-10", a week "2026-W41" or "2026-09-01..2026-10-31".' },
      { name: 'groups', type: 'string[][]', optional: true, description: 'A segment column (branch, channel), same size, e.g. F2:F.' },
      { name: 'group', type: 'string', optional: true, description: 'Only the rows of this segment, e.g. "Store"; blank for every row.' },
      { name: 'scale', type: 'number', optional: true, description: 'The answer scale for CSAT (5 by default) or CES (7 by default).' },
      { name: 'labels', type: 'Array<Array<string|number>>', optional: true, description: 'Your own answers and the score each counts as, e.g. {"Tốt",4;"Rất tốt",5}; for REFERRAL_RATE, the answers that mean a referral.' },
      { name: 'totals', type: 'number[][]', optional: true, description: 'Monthly counts: the totals (new customers for REFERRAL_RATE, trials for TRIAL_CONVERSION), same size.' },
    ],
    returns: '{Array} one row: n used, cells left out, and the reasons in words',
    example: '=CX_COVERAGE("NPS", C2:C, A2:A, "2026-10")',
  },
];
