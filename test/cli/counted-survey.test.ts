import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackedColumn } from '../../src/cells/packed-column';
import { countedSurveyReport } from '../../src/cli/core/counted-survey';
import { detectSource } from '../../src/cli/core/detect';
import { SURVEY_CSV_HEADERS, writeSurveyCsv } from '../../src/cli/core/gen-csv';
import { openInput } from '../../src/cli/core/input';
import { loadMappedData, type MappedData } from '../../src/cli/core/load';
import { cliMessages } from '../../src/cli/messages';
import { columnIndex, type Mapping } from '../../src/mapping/index';
import { reportInputFromMapping, type ColumnsOf, type ReportContext } from '../../src/report/from-mapping';
import { buildReport } from '../../src/report/index';
import type { PeriodChoice, Report } from '../../src/report/types';
import { choiceOfPeriod } from '../../src/report/period';
import type { DateOrderDecision, DecimalMarkDecision } from '../../src/cells/decide';
import type { Cells } from '../../src/cells/packed';
import { tempDir } from './helpers/run';

/**
 * The ordinary reader counts a survey sheet from its packed columns (src/cli/core/counted-survey.ts)
 * instead of reading them into per-row arrays for buildReport. The report must be the one
 * buildReport gives on the same cells, to the last field and in the same key order: every KPI,
 * trend, comparison, coverage count with its first places, segment, the detractors' comments,
 * themes, funnel, maturity and the date-order warning. Held here on generated exports with
 * spoiled cells of every reading shape, for the whole file and for each `--by` group.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-counted-');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const m = cliMessages('en');
const OCTOBER: PeriodChoice = { kind: 'month', start: '2026-10-01' };
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

async function loaded(path: string, extra?: string) {
  const source = await openInput([path], { timeZone: TIME_ZONE, lang: 'en' }, m);
  const { mapping } = await detectSource(source, 'en', TIME_ZONE);
  const ds = mapping.sources[0];
  const sample = await source.sheets.find((s) => s.name === ds.sheetName)!.sample(1);
  const extraColumns = extra ? new Map([[ds.sheetName, sample[0].findIndex((cell) => cell === extra)]]) : undefined;
  const data = await loadMappedData(source, mapping, m, extraColumns ? { extraColumns } : {});
  return { data, mapping: data.mapping };
}

function contextOf(period?: PeriodChoice, lang: 'en' | 'vi' = 'en'): ReportContext {
  return { timeZone: TIME_ZONE, lang, now: Date.UTC(2026, 10, 20), ...(period ? { period } : {}), spreadsheetName: 'survey' };
}

/** Both ways on the same packed cells: the counts and buildReport. Same JSON, so the same keys in the same order. */
function expectSameReport(mapping: Mapping, data: MappedData, context: ReportContext): Report {
  const counted = countedSurveyReport(mapping, data, context);
  const built = buildReport(reportInputFromMapping(mapping, data, context));
  expect(counted).toBeDefined();
  expect(JSON.stringify(counted)).toBe(JSON.stringify(built));
  return counted!;
}

/**
 * The `--by` groups both ways, each a slice of the whole (the whole report's period, its date
 * column read in the order the whole column decided and its numbers with the whole column's
 * decimal mark, its left-out cells named by their line in the whole file, the whole's date-order
 * warning left to the whole): counted with the rows picked as they pass, and buildReport over filtered copies.
 */
function expectSameGroups(mapping: Mapping, data: MappedData, groupColumn: number, context: ReportContext): string[] {
  const ds = mapping.sources[0];
  const decisions = new Map<Cells, DateOrderDecision>();
  const marks = new Map<Cells, DecimalMarkDecision>();
  const whole = buildReport({ ...reportInputFromMapping(mapping, data, context), dateDecisions: decisions, markDecisions: marks });
  const period = context.period ?? choiceOfPeriod(whole.period);
  const keys = data.columnOf(ds, String.fromCharCode(65 + groupColumn));
  const keyOf = (row: number) => String(keys.at(row) ?? '').trim();
  const names = [...new Set(Array.from({ length: keys.length }, (_, r) => keyOf(r)))].filter(Boolean);
  for (const name of names) {
    const keep = (row: number) => keyOf(row) === name;
    const ofDecided = new Map<Cells, DateOrderDecision>();
    const ofMarks = new Map<Cells, DecimalMarkDecision>();
    const wholeRows = Array.from({ length: keys.length }, (_, r) => r).filter(keep);
    const ofGroup: ColumnsOf<PackedColumn> = {
      columnOf: (source, letter) => {
        const column = data.columnOf(source, letter);
        const rows = column.filter(keep) as PackedColumn;
        const decided = decisions.get(column);
        if (decided) ofDecided.set(rows, decided);
        const mark = marks.get(column);
        if (mark) ofMarks.set(rows, mark);
        return rows;
      },
      // A group's cell left out is named by its line in the whole file, as the CLI's groups name theirs.
      placeOf: (source, letter) => {
        const place = data.placeOf?.(source, letter);
        return place && { sheet: place.sheet, refOf: (index: number) => place.refOf(wholeRows[index]) };
      },
    };
    const { dateOrderWarnings: _builtWhole, ...built } = buildReport({ ...reportInputFromMapping(mapping, ofGroup, { ...context, period }), dateDecisions: ofDecided, markDecisions: ofMarks });
    const { dateOrderWarnings: _countedWhole, ...counted } = countedSurveyReport(mapping, data, { ...context, period }, { keep, dateDecisions: decisions, markDecisions: marks })!;
    expect(JSON.stringify(counted), name).toBe(JSON.stringify(built));
  }
  return names;
}

/** Spoils the generated export's lines: each kind of cell the spec reads, left out or skipped. */
function spoil(csv: string): string {
  const lines = csv.split('\n');
  const odd: Record<number, (cells: string[]) => void> = {
    0: (c) => (c[3] = '11'), // NPS off the scale
    1: (c) => (c[3] = 'N/A'), // a non-answer
    2: (c) => (c[4] = 'Very satisfied'), // a label
    3: (c) => (c[4] = 'meh'), // an unknown label
    4: (c) => (c[0] = 'not a date'), // no readable date
    5: (c) => (c[0] = ''), // no date at all
    6: (c) => (c[5] = '7.5'), // not a whole score
    7: (c) => (c[5] = '#N/A'), // a Sheets error
    8: (c) => (c[3] = '10 - Extremely likely'), // a leading number
    9: (c) => (c[4] = '★★★★☆'), // stars
    10: (c) => ((c[6] = ''), (c[3] = '3')), // no segment
    11: (c) => (c[8] = 'yes'), // a referral flag among answers
    12: (c) => (c[10] = 'somewhere'), // a stage that names none
    13: (c) => (c[0] = '2026-02-30 10:00'), // a date that is no day
    14: (c) => (c[3] = ' 9 '), // spaces
  };
  const kinds = Object.keys(odd).length;
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i] || i % 37 !== 0) continue;
    const cells = lines[i].split(',');
    if (cells.length !== SURVEY_CSV_HEADERS.length) continue; // a comment with a comma inside its quotes: left as it is
    odd[(i / 37) % kinds](cells);
    lines[i] = cells.map((cell) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
  }
  return lines.join('\n');
}

describe('a survey counted from its packed columns gives the report buildReport gives', () => {
  it('given a generated export with spoiled cells, the month, the default period, a quarter, a week and all give the same reports, in both languages', async () => {
    const path = join(dir, 'spoiled.csv');
    await writeSurveyCsv(path, { rows: 6000 });
    await writeFile(path, spoil(await readFile(path, 'utf8')));
    const { data, mapping } = await loaded(path);
    const report = expectSameReport(mapping, data, contextOf(OCTOBER));
    // The spoiled cells are there to be counted, with their places.
    const nps = report.kpis.find((k) => k.id === 'NPS')!;
    expect(nps.coverage.leftOut.outOfScale?.places[0]).toMatchObject({ file: 'spoiled.csv', column: 'D' });
    expect(nps.coverage.leftOut.noDate?.count).toBeGreaterThan(0);
    expect(report.segments.length).toBeGreaterThan(0);
    expect(report.themes).toBeDefined();
    expect(report.funnel).toBeDefined();
    for (const period of [undefined, { kind: 'quarter', start: '2026-07-01' }, { kind: 'week', start: '2026-10-12' }, { kind: 'all' }, { kind: 'range', start: '2026-09-15', end: '2026-10-20' }] as (PeriodChoice | undefined)[])
      expectSameReport(mapping, data, contextOf(period));
    expectSameReport(mapping, data, contextOf(OCTOBER, 'vi'));
  });

  it('given every reading shape the SQL path is held to (labels, non-answers, times past 24:00, Z, an offset), the counted report is buildReport’s', async () => {
    // The differential test's odd rows (test/cli/sql-differential.test.ts), which DuckDB's report
    // must match on the ordinary reader: here the ordinary reader's counts against buildReport.
    const plain = (i: number, month: number) => [`2026-${String(month).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')} 0${i % 10}:15:00`, `c${i}@example.com`, `SV-${i}`, String(i % 11), String((i % 5) + 1), String((i % 7) + 1), ['Website', 'Store', 'Zalo'][i % 3], 'Huế', ['Friend or colleague', 'Facebook'][i % 2], i % 3 ? 'Great tea, fast delivery' : '', ['Awareness', 'Purchase', 'Mua'][i % 3], ''];
    const odd: string[][] = [
      ['2026-10-03 08:00', 'a@x.vn', 'S1', '10 - Extremely likely', 'Very satisfied', 'Strongly agree', 'Store', '', 'Zalo', 'Waited too long', 'Retention', ''],
      ['2026-10-04T09:30:00', '', 'S2', 'N/A', 'Rất hài lòng', 'Không biết', '', '', '', '', 'Giữ chân', ''],
      ['2026-10-05', '', 'S3', '11', '4/5', '7.5', 'Store', '', 'Friend or colleague', 'ok', 'somewhere', ''],
      ['not a date', '', 'S4', '9', '5', '6', 'Store', '', '', 'late', 'Mua', ''],
      ['', '', 'S5', '3', '', '', '', '', '', '', '', ''],
      ['2026-02-30 10:00', '', 'S6', '8', '3', '5', 'Zalo', '', '', '', '', ''],
      ['2026-10-06 25:00', '', 'S7', 'Tốt', 'meh', '#N/A', 'Zalo', '', 'yes', '', '', ''],
      ['2026-10-07 10:00:00Z', '', 'S8', ' 9 ', '★★★★☆', 'Agree', 'Website', '', 'no', 'Trà rất ngon', 'Advocacy', ''],
      ['2026-10-08 10:00+07:00', '', 'S9', '-', 'Neutral', '—', 'Website', '', 'Facebook', '', '', ''],
      ['2026-10-09 10:00', 'd@x.vn', 'S10', '0', 'No answer', '1', 'Website', '', '', 'Great tea', 'Awareness', ''],
      ['2026-09-30 23:59:59', '', 'S11', '6', '2', '2', 'Zalo', '', '', 'too slow', '', ''],
    ];
    const rows = [...Array.from({ length: 40 }, (_, i) => plain(i, 10)), ...odd, ...Array.from({ length: 40 }, (_, i) => plain(i + 40, 9))];
    const field = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    for (const lang of ['en', 'vi'] as const) {
      const path = join(dir, `odd-${lang}.csv`);
      await writeFile(path, [SURVEY_CSV_HEADERS, ...rows].map((row) => row.map(field).join(',')).join('\n') + '\n');
      const { data, mapping } = await loaded(path);
      const report = expectSameReport(mapping, data, contextOf(OCTOBER, lang));
      expect(report.kpis.find((k) => k.id === 'NPS')!.coverage.leftOut.outOfScale?.places[0]).toEqual({ file: `odd-${lang}.csv`, line: 44, column: 'D' });
      expect(report.detractors?.count).toBeGreaterThan(0);
      expect(report.kpis.find((k) => k.id === 'NPS')!.coverage.leftOut.noDate?.count).toBeGreaterThan(0);
    }
  });

  it('given `--by Channel`, each channel counted from the rows as they pass gives the report buildReport gave on its filtered copy', async () => {
    const path = join(dir, 'by.csv');
    await writeSurveyCsv(path, { rows: 4000, seed: 7 });
    await writeFile(path, spoil(await readFile(path, 'utf8')));
    const { data, mapping } = await loaded(path, 'Channel');
    const names = expectSameGroups(mapping, data, data.extraColumns.values().next().value!, contextOf(OCTOBER));
    expect(names).toEqual(expect.arrayContaining(['Website', 'Store', 'Zalo']));
  });

  it('given day/month text that a few cells decide for many, the counted report names them as buildReport does', async () => {
    const header = 'Timestamp,"How likely are you to recommend us to a friend? (0-10)",Channel';
    const lines = [header, ...Array.from({ length: 40 }, (_, i) => `11/${(i % 4) + 1}/2019 ${8 + (i % 10)}:${String(10 + i).padStart(2, '0')}:00,${i % 11},${i % 2 ? 'Web' : 'Store'}`), '13/11/2019 9:00:00,10,Web'];
    const path = join(dir, 'few.csv');
    await writeFile(path, lines.join('\n') + '\n');
    const { data, mapping } = await loaded(path);
    const report = expectSameReport(mapping, data, { ...contextOf({ kind: 'all' }), timeZone: 'UTC' });
    expect(report.dateOrderWarnings?.[0]).toMatchObject({ order: 'dmy', proving: 1, moved: 40 });
    // Each channel without the proving cell reads its dates day first too, as the whole column decided.
    const { data: byData, mapping: byMapping } = await loaded(path, 'Channel');
    expect(expectSameGroups(byMapping, byData, byData.extraColumns.values().next().value!, { ...contextOf(), timeZone: 'UTC' })).toEqual(['Store', 'Web']);
  });

  it('given the mapping’s own label table and a day-first order, the counted report reads them as buildReport does', async () => {
    const path = join(dir, 'labels.csv');
    await writeSurveyCsv(path, { rows: 1500, seed: 11 });
    const text = (await readFile(path, 'utf8')).split('\n').map((line, i) => (i > 0 && i % 50 === 0 ? line.replace(/^([^,]*),([^,]*),([^,]*),([^,]*),/, '$1,$2,$3,Tốt,') : line));
    await writeFile(path, text.join('\n'));
    const { data, mapping } = await loaded(path);
    const labelled: Mapping = { ...mapping, sources: [{ ...mapping.sources[0], labels: { nps: { 'Tốt': 8 } }, dateOrder: 'dmy' }] };
    const report = expectSameReport(labelled, data, contextOf(OCTOBER));
    expect(report.kpis.find((k) => k.id === 'NPS')!.coverage.leftOut.unknownLabel).toBeUndefined();
  });

  it('given an XLSX survey (Date cells, numbers, a Date and a fraction among the scores), the counted report is buildReport’s', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Form Responses 1');
    sheet.addRow(['Timestamp', 'How likely are you to recommend us to a friend or colleague?', 'How satisfied are you with your purchase?', 'Channel', "Anything else you'd like to tell us?"]);
    for (let i = 0; i < 400; i++) {
      const when = new Date(Date.UTC(2026, 8 + (i % 2), 1 + (i % 28), 8, i % 60));
      const nps = i === 17 ? new Date(Date.UTC(2026, 9, 3)) : i === 18 ? 8.5 : i === 19 ? 1e6 : i % 11;
      const added = sheet.addRow([i === 30 ? 'yesterday' : when, nps, (i % 5) + 1, ['Web', 'Store'][i % 2], i % 4 === 0 ? 'Giao hàng chậm quá' : '']);
      added.getCell(1).numFmt = 'yyyy-mm-dd hh:mm';
    }
    const path = join(dir, 'survey.xlsx');
    await book.xlsx.writeFile(path);
    const { data, mapping } = await loaded(path);
    expect(Object.keys(mapping.sources[0].columns)).toEqual(expect.arrayContaining(['timestamp', 'nps', 'csat']));
    const report = expectSameReport(mapping, data, contextOf(OCTOBER));
    expect(report.kpis.find((k) => k.id === 'NPS')!.coverage.leftOut.outOfScale?.count).toBeGreaterThan(0);
  });

  it('given two survey sheets, or a survey without a date column, it leaves them to buildReport', async () => {
    const path = join(dir, 'plain.csv');
    await writeSurveyCsv(path, { rows: 200 });
    const { data, mapping } = await loaded(path);
    const ds = mapping.sources[0];
    expect(countedSurveyReport({ ...mapping, sources: [ds, { ...ds, sheetName: 'other' }] }, data, contextOf(OCTOBER))).toBeUndefined();
    const { timestamp: _, ...undated } = ds.columns;
    expect(countedSurveyReport({ ...mapping, sources: [{ ...ds, columns: undated }] }, data, contextOf(OCTOBER))).toBeUndefined();
    expect(columnIndex(ds.columns.timestamp!)).toBe(0);
  });
});
