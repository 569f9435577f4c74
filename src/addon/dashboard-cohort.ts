import type { Lang } from '../cells/types';
import { columnRange, type PlannedMetric } from './dashboard-plan';
import type { Mapping } from '../mapping/schema';
import { inertLabel } from './dashboard-text';
import { dashboardTexts as T } from './messages';

/**
 * The dashboard's block for metrics from customer records (issue 11): churn and retention from a
 * customer list, activity churn, the "All surveys" figures, then the cohort triangle
 * `=CX_COHORT(users, dates, "month", 4)` under a header the add-on writes, with a colour scale
 * from red (few came back) to green (most did) on the retention cells. These measure their own
 * period (the latest complete month) or stack several sheets, so they take no period or segment
 * filter and sit apart from the filtered KPI table. One self-contained block: dashboard.ts calls
 * it with the row to start at.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const RECORD_METRICS = new Set(['CHURN', 'CUSTOMER_CHURN', 'CUSTOMER_RETENTION', 'ACTIVITY_CHURN']);

/** Whether a planned metric goes in this block rather than the filtered KPI table. */
export function isRecordMetric(metric: PlannedMetric): boolean {
  return RECORD_METRICS.has(metric.metric) || metric.parts !== undefined;
}

/**
 * Months shown: month 0 (always 100%) to month 3, the report's month-1 and month-3 figures among
 * them; 2 + 4 columns fit any dashboard width.
 */
export const COHORT_MONTHS = 4;
/** Cohort rows the colour scale and number formats cover (spilled rows past them stay plain). */
export const COHORT_ROWS = 36;

/** The CX_COHORT formula for the mapping's activity log, or undefined when it has none. */
export function cohortFormula(mapping: Mapping, plan: PlannedMetric[]): string | undefined {
  const log = plan.find((m) => m.metric === 'ACTIVITY_CHURN');
  const source = log && mapping.sources.find((s) => s.sheetName === log.sheet);
  if (!source?.columns.customerId || !source.columns.timestamp) return undefined;
  return `=CX_COHORT(${columnRange(source, source.columns.customerId)}, ${columnRange(source, source.columns.timestamp)}, "month", ${COHORT_MONTHS})`;
}

function header(sheet: Sheet, row: number, column: number, text: string, width: number): void {
  sheet.getRange(row, column, 1, width).setValues([[text, ...Array(width - 1).fill('')]]);
  sheet.getRange(row, column, 1, width).setFontWeight('bold').setBackground('#e8f0fe').setFontColor('#174ea6');
}

/** Writes the block from `row` down; returns the number of formulas written. */
export function writeRecordsSection(sheet: Sheet, mapping: Mapping, records: PlannedMetric[], lang: Lang, row: number): number {
  let formulas = 0;
  let next = row;
  if (records.length > 0) {
    header(sheet, next, 1, T.recordsTitle[lang], 3);
    const labels = records.map((m) => [inertLabel(`${T.metricNames[m.metric]?.[lang] ?? m.metric} · ${m.sheet}`)]);
    sheet.getRange(next + 1, 1, records.length, 1).setValues(labels);
    sheet.getRange(next + 1, 2, records.length, 1).setFormulas(records.map((m) => [m.formula]));
    sheet.getRange(next + 1, 2, records.length, 1).setNumberFormats(records.map((m) => [m.unit === 'count' ? '#,##0' : '0.0'])).setFontWeight('bold');
    formulas += records.length;
    next += records.length + 2;
  }
  const formula = cohortFormula(mapping, records);
  if (!formula) return formulas;
  const width = 2 + COHORT_MONTHS;
  header(sheet, next, 1, T.cohortTitle[lang], width);
  const labels = [T.cohortMonth[lang], T.cohortSize[lang], ...Array.from({ length: COHORT_MONTHS }, (_, k) => T.cohortAfter(k)[lang])];
  sheet.getRange(next + 1, 1, 1, width).setValues([labels]).setFontWeight('bold');
  sheet.getRange(next + 2, 1, 1, 1).setFormulas([[formula]]);
  sheet.getRange(next + 2, 1, COHORT_ROWS, 1).setNumberFormat('mmm yyyy');
  const shares = sheet.getRange(next + 2, 3, COHORT_ROWS, COHORT_MONTHS);
  shares.setNumberFormat('0.0');
  const scale = SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpointWithValue('#f4c7c3', SpreadsheetApp.InterpolationType.NUMBER, '0')
    .setGradientMidpointWithValue('#fce8b2', SpreadsheetApp.InterpolationType.NUMBER, '50')
    .setGradientMaxpointWithValue('#b7e1cd', SpreadsheetApp.InterpolationType.NUMBER, '100')
    .setRanges([shares])
    .build();
  // The dashboard's build starts from no rules; the other blocks' rules are kept.
  sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), scale]);
  return formulas + 1;
}
