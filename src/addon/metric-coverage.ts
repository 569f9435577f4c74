import type { Coverage } from '../cells/coverage';
import type { Cell, Lang } from '../cells/types';
import type { DataSource, Mapping } from '../mapping/schema';
import { COVERAGE_METRICS, kpiCoverage, type CoverageMetric } from '../report/kpi-coverage';
import type { PeriodChoice } from '../report/types';
import { firstDataRow, type PlannedMetric } from './dashboard-plan';

/**
 * Which of a planned metric's columns its coverage reads, as the dashboard's CX_COVERAGE passes
 * them (dashboard-layout.ts coverageFormula): ART its resolved dates then its opened dates,
 * monthly counts their totals, active users the log's dates, a "How did you hear about us?"
 * column the saved referral answers; churn and retention their join and cancel dates, activity
 * churn the log's users and dates, each over its own period. The server's checks and the preview count with it,
 * so every surface says the same of the same cells. Undefined for a metric CX_COVERAGE does not cover.
 */
export function plannedCoverage(
  metric: PlannedMetric,
  mapping: Mapping,
  source: DataSource,
  columnOf: (letter: string) => readonly Cell[],
  period: PeriodChoice,
  context: { timeZone: string; lang: Lang; locale?: string },
): { n: number; coverage: Coverage } | undefined {
  if (!(COVERAGE_METRICS as readonly string[]).includes(metric.metric) || metric.parts) return undefined;
  const m = metric.metric as CoverageMetric;
  const [first, second] = metric.letters;
  const art = m === 'ART';
  const activity = m === 'MAU' || m === 'DAU' || m === 'STICKINESS';
  const counts = (m === 'REFERRAL_RATE' || m === 'TRIAL_CONVERSION') && metric.letters.length === 2;
  // Figures from customer records measure their own period, whatever the view's (their columns: joined and left, users and dates, flags).
  const record = m === 'CHURN' || m === 'CUSTOMER_CHURN' || m === 'CUSTOMER_RETENTION' || m === 'ACTIVITY_CHURN';
  const values = art ? second : first;
  const dates = art || record ? (art ? first : second) : activity ? second : (source.columns.timestamp ?? source.columns.ticketOpened);
  const field = m === 'NPS' ? 'nps' : m === 'CES' ? 'ces' : m === 'CSAT' || m === 'CSAT_AVG' ? 'csat' : undefined;
  const at = (letter: string) => ({ sheet: source.sheetName, column: letter, row: firstDataRow(source) });
  return kpiCoverage({
    metric: m,
    values: columnOf(values),
    dates: dates ? columnOf(dates) : undefined,
    totals: counts ? columnOf(second) : undefined,
    answers: m === 'REFERRAL_RATE' && !counts ? mapping.referralAnswers : undefined,
    period: record ? 'own' : period,
    scale: m === 'CES' ? mapping.scales.ces.scale : mapping.scales.csat.scale,
    labels: field ? source.labels?.[field] : undefined,
    ...context,
    valuesAt: at(values),
    datesAt: dates ? at(dates) : undefined,
    totalsAt: counts ? at(second) : undefined,
  });
}
