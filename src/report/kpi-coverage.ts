import type { CellRef, Coverage } from '../cells/coverage';
import { textOf } from './columns';
import { buildReport } from './model';
import type { Cell, Lang } from '../cells/types';
import type { ColumnPlace, PeriodChoice, ReportInput } from './types';

/**
 * The coverage the monthly report gives one metric of one column for a period (metrics-spec.md
 * section 7): n used, and the cells left out by reason with their places. It runs the report
 * itself on that column (buildReport), so a live view of it (the dashboard's coverage column,
 * through =CX_COVERAGE) cannot count differently from the email. A segment keeps only the rows
 * whose group cell is that segment, as the dashboard's segment dropdown does; places stay the
 * rows' own sheet cells.
 */

export const COVERAGE_METRICS = ['NPS', 'CSAT', 'CSAT_AVG', 'CES', 'FCR'] as const;
export type CoverageMetric = (typeof COVERAGE_METRICS)[number];

/** Where a column starts: its sheet, letter and first data row (1-based). */
export interface ColumnStart {
  sheet: string;
  column: string;
  row: number;
}

export interface KpiCoverageInput {
  metric: CoverageMetric;
  values: readonly Cell[];
  dates?: readonly Cell[];
  period: PeriodChoice;
  /** With `group`: only rows whose group cell (trimmed) is `group`. */
  groups?: readonly Cell[];
  group?: string;
  scale?: number;
  /** The mapping's label table of the column (answer → score), as the report reads it. */
  labels?: Record<string, number>;
  timeZone: string;
  lang: Lang;
  locale?: string;
  /** Where `values` and `dates` start, so left-out cells are named by their sheet cell. */
  valuesAt?: ColumnStart;
  datesAt?: ColumnStart;
}

/** The report's n and coverage of the metric in the period; n 0 with nothing used when the period has no row. */
export function kpiCoverage(input: KpiCoverageInput): { n: number; coverage: Coverage } {
  const rows: number[] = [];
  for (let i = 0; i < input.values.length; i++) {
    if (input.group !== undefined && input.group !== '' && textOf(input.groups?.[i] ?? '') !== input.group) continue;
    rows.push(i);
  }
  const values = rows.map((i) => input.values[i]);
  const dates = input.dates ? rows.map((i) => input.dates![i] ?? '') : undefined;
  const columns = new Map<readonly Cell[], ColumnPlace>();
  const place = (cells: readonly Cell[], at?: ColumnStart) => {
    if (at) columns.set(cells, { sheet: at.sheet, refOf: (index): CellRef => ({ sheet: at.sheet, column: at.column, row: at.row + rows[index] }) });
  };
  place(values, input.valuesAt);
  if (dates) place(dates, input.datesAt);
  const report: ReportInput = { timeZone: input.timeZone, lang: input.lang, locale: input.locale, period: input.period, columns };
  const m = input.metric;
  if (m === 'FCR') report.tickets = { opened: dates ?? values.map(() => ''), firstContact: values };
  else {
    const field = m === 'NPS' ? 'nps' : m === 'CES' ? 'ces' : 'csat';
    report.survey = { dates, [field]: values, ...(input.labels ? { labels: { [field]: input.labels } } : {}) };
  }
  if ((m === 'CSAT' || m === 'CSAT_AVG') && input.scale !== undefined) report.csatScale = input.scale as ReportInput['csatScale'];
  if (m === 'CES' && input.scale !== undefined) report.cesScale = input.scale as ReportInput['cesScale'];
  const kpi = buildReport(report).kpis.find((k) => k.id === m);
  if (!kpi) return { n: 0, coverage: { used: 0, leftOut: {} } };
  // n as the email says it beside the number (view.ts: the current reading's n).
  return { n: kpi.current?.n ?? 0, coverage: kpi.coverage };
}
