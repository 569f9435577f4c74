import { isoDate, periodIndex, periodStartDay } from '../cells/calendar';
import type { Lang } from '../cells/types';
import type { Mapping } from '../mapping/schema';
import { cohortsOf } from '../metrics/cohort';
import { ReportReader, usableEvents } from '../report/columns';
import { periodText } from '../report/display';
import { buildReport } from '../report/model';
import { dayOfLocalDate } from '../report/period';
import type { Period } from '../report/types';
import type * as api from './api';
import { engineMessage, type PlannedMetric } from './dashboard-plan';
import { coverageBoth, latestCompleteMonth, sheetInput, type SheetRead } from './preview';

/** Cohorts the card lists, latest first (the email reads the month-1 and month-3 ones among them). */
const COHORT_ROWS = 4;

/**
 * The preview's cohort card for an activity or order log: the report engine over the log's read
 * columns for its own latest complete month (as churn from records measures its own month), so
 * the month-1 and month-3 figures and their coverage are the email's, and the rows are the
 * dashboard's CX_COHORT rows for the latest cohorts up to that month.
 */
export function cohortPreview(mapping: Mapping, read: SheetRead, churn: PlannedMetric, context: { timeZone: string; locale?: string; lang: Lang }): api.CohortPreview | undefined {
  const dates = churn.letters[1];
  const choice = latestCompleteMonth(read, [dates], context);
  if (!choice || choice.kind !== 'month') return undefined;
  const start = dayOfLocalDate(choice.start);
  const month = periodIndex(start, 'month');
  const monthOf = (index: number): { key: string; label: api.CohortPreview['month']['label'] } => {
    const period: Period = { kind: 'month', start: isoDate(periodStartDay(index, 'month')), end: isoDate(periodStartDay(index + 1, 'month') - 1) };
    return { key: period.start.slice(0, 7), label: { en: periodText(period, 'en'), vi: periodText(period, 'vi') } };
  };
  const shown = { sheet: read.source.sheetName, source: churn.source, month: monthOf(month) };
  const input = sheetInput(mapping, read, choice, context);
  const report = buildReport(input);
  const figure = (id: 'COHORT_MONTH_1' | 'COHORT_MONTH_3') => {
    const kpi = report.kpis.find((k) => k.id === id);
    return kpi?.current ? { value: kpi.current.value, n: kpi.current.n, coverage: kpi.coverage } : null;
  };
  const month1 = figure('COHORT_MONTH_1');
  const month3 = figure('COHORT_MONTH_3');
  try {
    // The rows the email's figures come from: usable events up to the month's last day.
    const usable = usableEvents(input.activity!, new ReportReader(input), periodStartDay(month + 1, 'month') - 1);
    const cohorts = cohortsOf(usable.activity('CX_COHORT', context.timeZone), 'month', 4);
    const rows = cohorts
      .filter((row) => row.size > 0)
      .slice(-COHORT_ROWS)
      .reverse()
      .map((row) => ({ ...monthOf(periodIndex(row.start, 'month')), size: row.size, after1: row.retention[1] ?? null, after3: row.retention[3] ?? null }));
    const coverage = (month1 ?? month3)?.coverage ?? usable.coverage;
    return {
      ...shown,
      rows,
      month1: month1 && { value: month1.value, n: month1.n },
      month3: month3 && { value: month3.value, n: month3.n },
      coverage: coverageBoth(month1?.n ?? rows.reduce((sum, row) => sum + row.size, 0), coverage),
    };
  } catch (error) {
    return { ...shown, rows: [], month1: null, month3: null, error: engineMessage(error, context.lang) };
  }
}
