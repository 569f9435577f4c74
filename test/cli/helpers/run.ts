import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Cell } from '../../../src/cells/types';
import { runCli, type CliIo } from '../../../src/cli/run';
import { headlineRecords, metricRecord } from '../../../src/cli/core/metric-rows';
import { DEMO_UTC_OFFSET_MINUTES, demoWorkbook, workbookToCsvFiles, type WorkbookData } from '../../../src/demo/index';
import { DETECTION_SAMPLE_ROWS, HEADER_SEARCH_ROWS, detectWorkbook, mappingFromDetection, withEverySurvey } from '../../../src/mapping/index';
import { reportInputFromMapping } from '../../../src/report/from-mapping';
import { buildReport } from '../../../src/report/index';
import type { PeriodChoice, Report } from '../../../src/report/types';

/** A run of the CLI in this process, its output captured. */
export async function cli(argv: string[], io: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    ...io,
  });
  return { code, stdout, stderr };
}

export const demo: WorkbookData = demoWorkbook();
export const OCTOBER: PeriodChoice = { kind: 'month', start: '2026-10-01' };

/**
 * What the add-on computes on the in-memory demo workbook: the wizard's detection on the same
 * bounded sample, the one bridge, buildReport. The CLI must print these numbers exactly. Both
 * survey sheets are mapped (the wizard ticks every sheet the demo has), so the report gives each
 * one's figures and "All surveys".
 */
export function addonReport(period: PeriodChoice = OCTOBER, spreadsheetName = demo.name, lang: 'en' | 'vi' = 'en'): Report {
  const rows = new Map(demo.sheets.map((s) => [s.name, s.rows as Cell[][]]));
  const detection = detectWorkbook(demo.sheets.map((s) => ({ name: s.name, values: (s.rows as Cell[][]).slice(0, HEADER_SEARCH_ROWS + DETECTION_SAMPLE_ROWS) })), lang);
  const mapping = mappingFromDetection(withEverySurvey(detection));
  return buildReport(reportInputFromMapping(mapping, (source) => rows.get(source.sheetName)!, { timeZone: demo.timeZone, lang, period, spreadsheetName }));
}

/** The report's figures as `metrics --format json` lists them: one per metric, "All surveys" for a question both survey sheets ask. */
export const addonMetrics = (report: Report, lang: 'en' | 'vi' = 'en') => headlineRecords(report, lang);

/** Each survey sheet's own figures, as `metrics --format json` lists them under `surveys`. */
export const addonSurveys = (report: Report, lang: 'en' | 'vi' = 'en') =>
  ['Form Responses 1', 'Khảo sát'].map((sheet) => ({
    sheet,
    metrics: report.kpis.filter((kpi) => kpi.scope?.combined === false && kpi.scope.name === sheet).map((kpi) => metricRecord(kpi, lang)),
  }));

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** The demo as CSV: a folder with one file per sheet, dates as Ho Chi Minh City wall times. */
export async function writeDemoCsvFolder(parent: string, name = 'demo-csv'): Promise<string> {
  const folder = join(parent, name);
  await mkdir(folder, { recursive: true });
  for (const file of workbookToCsvFiles(demo)) await writeFile(join(folder, file.fileName), file.csv);
  return folder;
}

/** The demo as one XLSX workbook, a worksheet per sheet; dates stored as wall times, as Excel has no zones. */
export async function writeDemoXlsx(parent: string, name = 'demo.xlsx'): Promise<string> {
  const path = join(parent, name);
  const book = new ExcelJS.Workbook();
  for (const sheet of demo.sheets) {
    const worksheet = book.addWorksheet(sheet.name);
    for (const row of sheet.rows) {
      const added = worksheet.addRow(row.map((cell) => (cell instanceof Date ? new Date(cell.getTime() + DEMO_UTC_OFFSET_MINUTES * 60_000) : cell)));
      row.forEach((cell, c) => {
        if (cell instanceof Date) added.getCell(c + 1).numFmt = 'yyyy-mm-dd hh:mm:ss';
      });
    }
  }
  await book.xlsx.writeFile(path);
  return path;
}

/**
 * The add-on's records as the command line gives them for the demo written as CSV files: sheet
 * cell `'Sheet'!C13` is the line of `Sheet.csv` where row 13 starts, column C. A comment with a
 * line break inside its quotes makes its record two lines, so later rows start further down.
 */
export function asCsvLines(records: ReturnType<typeof addonMetrics>): ReturnType<typeof addonMetrics> {
  const lineOf = (sheet: string, row: number) => {
    const rows = demo.sheets.find((s) => s.name === sheet)!.rows;
    let line = row;
    for (let r = 0; r < row - 1; r++) for (const cell of rows[r]) if (typeof cell === 'string') line += (cell.match(/\r\n|\n|\r/g) ?? []).length;
    return line;
  };
  return records.map((record) => ({
    ...record,
    coverage: {
      ...record.coverage,
      leftOut: Object.fromEntries(
        Object.entries(record.coverage.leftOut).map(([reason, entry]) => [
          reason,
          {
            count: entry!.count,
            places: entry!.places.map((ref) => {
              if (!('sheet' in ref)) return ref;
              const file = `${ref.sheet}.csv`;
              const line = lineOf(ref.sheet, ref.row);
              return { file, line, column: ref.column, text: `${file}, line ${line}, column ${ref.column}` };
            }),
          },
        ]),
      ),
    },
  }));
}
