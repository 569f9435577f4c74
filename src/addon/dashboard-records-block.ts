import type { Lang } from '../cells/types';
import type { PlannedMetric } from './dashboard-plan';
import { letters } from './dashboard-layout';
import { inertLabel } from './dashboard-text';
import { dashboardTexts as T } from './messages';

/**
 * The dashboard's block for metrics from customer records (issue 11): churn and retention from a
 * customer list, activity churn and the "All surveys" figures. These measure their own period
 * (the latest complete month) or stack several sheets, so they take no period or segment filter
 * and sit apart from the filtered KPI table. The cohort triangle is the dashboard's own table
 * (dashboard.ts, CX_COHORT over the activity log). One self-contained block: dashboard.ts calls
 * it with the row to start at.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const RECORD_METRICS = new Set(['CHURN', 'CUSTOMER_CHURN', 'CUSTOMER_RETENTION', 'ACTIVITY_CHURN']);

/** Whether a planned metric goes in this block rather than the filtered KPI table. */
export function isRecordMetric(metric: PlannedMetric): boolean {
  return RECORD_METRICS.has(metric.metric) || metric.parts !== undefined;
}

function header(sheet: Sheet, row: number, text: string, width: number): void {
  sheet.getRange(row, 1, 1, width).setValues([[text, ...Array(width - 1).fill('')]]);
  sheet.getRange(row, 1, 1, width).setFontWeight('bold').setBackground('#e8f0fe').setFontColor('#174ea6');
}

/** Where the block writes each figure's coverage, as the KPI table does: n, left out and why, from a CX_COVERAGE in the helper column. */
export interface RecordsCoverage {
  columns: { n: number; leftOut: number; why: number; helper: number };
  /** The figure's =CX_COVERAGE(…) over its own period, or undefined. */
  formula(metric: PlannedMetric): string | undefined;
}

/** Writes the block from `row` down; returns the number of formulas written. */
export function writeRecordsSection(sheet: Sheet, records: PlannedMetric[], lang: Lang, row: number, coverage?: RecordsCoverage): number {
  if (records.length === 0) return 0;
  header(sheet, row, T.recordsTitle[lang], 3);
  const first = coverage ? row + 2 : row + 1;
  const labels = records.map((m) => [inertLabel(`${T.metricNames[m.metric]?.[lang] ?? m.metric} · ${m.sheet}`)]);
  sheet.getRange(first, 1, records.length, 1).setValues(labels).setWrap(true);
  sheet.getRange(first, 2, records.length, 1).setFormulas(records.map((m) => [m.formula]));
  sheet.getRange(first, 2, records.length, 1).setNumberFormats(records.map((m) => [m.unit === 'count' ? '#,##0' : '0.0'])).setFontWeight('bold');
  if (!coverage) return records.length;
  // What each figure is made of, in its own period, under the KPI table's n, Left out and why columns.
  const { n, leftOut, why, helper } = coverage.columns;
  const heads: [number, string][] = [[1, T.metric[lang]], [2, T.value[lang]], [n, T.n[lang]], [leftOut, T.leftOut[lang]], [why, T.why[lang]]];
  for (const [column, text] of heads) sheet.getRange(row + 1, column).setValue(text).setFontWeight('bold').setBackground('#f1f3f4').setWrap(true);
  let formulas = records.length;
  records.forEach((metric, i) => {
    const formula = coverage.formula(metric);
    if (!formula) return;
    const at = first + i;
    const ref = (column: number) => `=${letters(column)}${at}`;
    sheet.getRange(at, helper).setFormula(formula);
    sheet.getRange(at, n).setFormula(ref(helper));
    sheet.getRange(at, leftOut).setFormula(ref(helper + 1));
    sheet.getRange(at, why).setFormula(ref(helper + 2)).setWrap(true).setFontColor('#5f6368');
    sheet.getRange(at, n, 1, 2).setNumberFormat('#,##0');
    formulas += 4;
  });
  sheet.getRange(first, helper, records.length, 3).setFontColor('#80868b');
  return formulas;
}

