import type { Lang } from '../cells/types';
import type { PlannedMetric } from './dashboard-plan';
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

/** Writes the block from `row` down; returns the number of formulas written. */
export function writeRecordsSection(sheet: Sheet, records: PlannedMetric[], lang: Lang, row: number): number {
  if (records.length === 0) return 0;
  header(sheet, row, T.recordsTitle[lang], 3);
  const labels = records.map((m) => [inertLabel(`${T.metricNames[m.metric]?.[lang] ?? m.metric} · ${m.sheet}`)]);
  sheet.getRange(row + 1, 1, records.length, 1).setValues(labels);
  sheet.getRange(row + 1, 2, records.length, 1).setFormulas(records.map((m) => [m.formula]));
  sheet.getRange(row + 1, 2, records.length, 1).setNumberFormats(records.map((m) => [m.unit === 'count' ? '#,##0' : '0.0'])).setFontWeight('bold');
  return records.length;
}
