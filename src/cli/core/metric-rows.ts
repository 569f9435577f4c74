import { describeRef, lostShare, LEFT_OUT_REASONS, type CellRef, type LeftOutReason } from '../../cells/coverage';
import type { Lang } from '../../cells/types';
import { headlineKpis } from '../../report/display';
import type { DataRange, Kpi, MetricUnit, Period, Report, ReportMetricId, TestName } from '../../report/types';
import type { Analysis } from './analyze';

/**
 * The metrics as plain records for scripts: what `metrics --format json|csv` prints. Taken
 * from the report's KPIs, so each value is the add-on's value to the last bit (never rounded
 * here; rounding is for people and happens only in the table).
 */
export interface MetricRecord {
  id: ReportMetricId;
  /** With several survey files: whose figure it is, one file's (`combined` false) or all of them ("All surveys"). */
  scope?: { name: string; combined: boolean };
  unit: MetricUnit;
  higherIsBetter: boolean;
  /** Top of the answer scale for CSAT_AVG and CES, else null. */
  scale: number | null;
  /** Observations in the period (responses, tickets, customers, users); 0 when none. */
  n: number;
  value: number | null;
  previous: { n: number; value: number } | null;
  /** current − previous in the metric's unit; null when there is no comparison (see lowN). */
  change: number | null;
  test: TestName | null;
  pValue: number | null;
  significant: boolean;
  /** Too few observations in either period to compare (fewer than the report's minimum). */
  lowN: boolean;
  /** What the value is made of: cells used, and left out by reason with the first places (metrics-spec.md section 7). */
  coverage: CoverageRecord;
}

export interface CoverageRecord {
  used: number;
  /** Share (0–1) of the non-blank cells lost (every reason but blank, header and no answer). */
  lostShare: number;
  /** Only reasons that occurred; places as sheet cells or file lines, each with its text. */
  leftOut: Partial<Record<LeftOutReason, { count: number; places: (CellRef & { text: string })[] }>>;
}

export interface MetricsDocument {
  /** Version of this document's shape; raised only when a key changes meaning or goes away. */
  version: 1;
  source: { title: string; timeZone: string };
  period: Period;
  /** null for `all`. */
  previousPeriod: Period | null;
  /** The data's own first and last dates per sheet or file. */
  dataRanges: DataRange[];
  by: string | null;
  /**
   * One record per metric. With several survey sheets or files, a survey metric two or more of
   * them give is their "All surveys" figure (`scope.combined`), one only one gives is that one's.
   */
  metrics: MetricRecord[];
  /** Only with several survey sheets or files: each one's own figures, in the mapping's order. */
  surveys?: { sheet: string; metrics: MetricRecord[] }[];
  groups?: { group: string; rows: number; metrics: MetricRecord[] }[];
}

export function metricRecord(kpi: Kpi, lang: Lang): MetricRecord {
  const leftOut: CoverageRecord['leftOut'] = {};
  for (const reason of LEFT_OUT_REASONS) {
    const entry = kpi.coverage.leftOut[reason];
    if (entry && entry.count > 0) leftOut[reason] = { count: entry.count, places: entry.places.map((ref) => ({ ...ref, text: describeRef(ref, lang) })) };
  }
  return {
    id: kpi.id,
    ...(kpi.scope ? { scope: kpi.scope } : {}),
    unit: kpi.unit,
    higherIsBetter: kpi.higherIsBetter,
    scale: kpi.scale ?? null,
    n: kpi.current?.n ?? 0,
    value: kpi.current?.value ?? null,
    previous: kpi.previous ? { n: kpi.previous.n, value: kpi.previous.value } : null,
    change: kpi.comparison?.change ?? null,
    test: kpi.comparison?.test ?? null,
    pValue: kpi.comparison?.pValue ?? null,
    significant: kpi.comparison?.significant ?? false,
    lowN: kpi.lowN,
    coverage: { used: kpi.coverage.used, lostShare: lostShare(kpi.coverage), leftOut },
  };
}

export function metricsDocument(analysis: Analysis, by: string | undefined, lang: Lang): MetricsDocument {
  const { report } = analysis;
  const surveys = surveySheetsOf(analysis);
  return {
    version: 1,
    source: { title: analysis.source.title, timeZone: analysis.timeZone },
    period: report.period,
    previousPeriod: report.previousPeriod,
    dataRanges: report.dataRanges,
    by: by ?? null,
    metrics: headlineRecords(report, lang),
    ...(surveys.length > 0
      ? { surveys: surveys.map((sheet) => ({ sheet, metrics: report.kpis.filter((kpi) => kpi.scope?.combined === false && kpi.scope.name === sheet).map((kpi) => metricRecord(kpi, lang)) })) }
      : {}),
    ...(analysis.groups ? { groups: analysis.groups.map((g) => ({ group: g.name, rows: g.rows, metrics: headlineRecords(g.report, lang) })) } : {}),
  };
}

/** One record per metric: a survey sheet's own figure gives way to the "All surveys" one of the same metric. */
export function headlineRecords(report: Pick<Report, 'kpis'>, lang: Lang): MetricRecord[] {
  return headlineKpis(report.kpis).map((kpi) => metricRecord(kpi, lang));
}

/** The survey sheets (files) whose own figures the report gives, in the mapping's order; none with one survey. */
export function surveySheetsOf(analysis: Pick<Analysis, 'mapping' | 'report'>): string[] {
  const named = new Set(analysis.report.kpis.flatMap((kpi) => (kpi.scope && !kpi.scope.combined ? [kpi.scope.name] : [])));
  return analysis.mapping.sources.map((ds) => ds.sheetName).filter((name, i, all) => named.has(name) && all.indexOf(name) === i);
}
