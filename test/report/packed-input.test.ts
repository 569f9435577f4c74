import { describe, expect, it } from 'vitest';
import type { PackedCells } from '../../src/cells/packed';
import { PackedColumnBuilder } from '../../src/cells/packed-builder';
import type { Cell } from '../../src/cells/types';
import { demoWorkbook } from '../../src/demo/index';
import { columnIndex, detectWorkbook, mappingFromDetection, type DataSource } from '../../src/mapping/index';
import { reportInputFromMapping, type ColumnsOf } from '../../src/report/from-mapping';
import { buildReport } from '../../src/report/model';
import type { PeriodChoice } from '../../src/report/types';

/**
 * The command line hands the report a large file's columns packed (src/cells/packed.ts). Given
 * the demo workbook, two surveys, tickets, subscriptions and an activity log, spoiled the way real
 * sheets are (text dates of both orders, N/A, Sheets errors, words, scores off the scale), the
 * report from packed columns is the report from the sheet's rows: every number, every coverage
 * with the cells it names, every problem.
 */

const workbook = demoWorkbook();
const spoiled = new Map(
  workbook.sheets.map((sheet) => {
    const rows = sheet.rows.map((row) => [...row]);
    // Every 37th data row gets something a person typed, in each column in turn.
    const junk: Cell[] = ['N/A', '#REF!', 'banana', 11, '', '13/09/2026 08:15', '09/13/2026', 'Không biết', -0, 4.5, 'Very satisfied', '1,5', true, null];
    for (let r = 1, k = 0; r < rows.length; r += 37, k++) rows[r][k % rows[r].length] = junk[k % junk.length];
    return [sheet.name, rows] as const;
  }),
);
const mapping = mappingFromDetection(detectWorkbook(workbook.sheets.map((s) => ({ name: s.name, values: s.rows.slice(0, 201) }))));

function packedColumns(): ColumnsOf<PackedCells> {
  const cache = new Map<string, PackedCells>();
  return {
    columnOf: (source: DataSource, letter: string) => {
      const key = `${source.sheetName}!${letter}`;
      let packed = cache.get(key);
      if (!packed) {
        const builder = new PackedColumnBuilder();
        const index = columnIndex(letter);
        for (const row of spoiled.get(source.sheetName)!.slice(source.headerRow)) builder.push(index < row.length ? row[index] : '');
        cache.set(key, (packed = builder.finish()));
      }
      return packed;
    },
    placeOf: (source, letter) => ({ sheet: source.sheetName, refOf: (i) => ({ sheet: source.sheetName, column: letter, row: source.headerRow + 1 + i }) }),
  };
}

describe('a report from packed columns', () => {
  const periods: PeriodChoice[] = [{ kind: 'month', start: '2026-10-01' }, { kind: 'quarter', start: '2026-07-01' }, { kind: 'all' }];
  for (const period of periods) {
    it(`is the report from the sheet's rows, problems and left-out cells included (${period.kind})`, () => {
      const context = { timeZone: workbook.timeZone, lang: 'en' as const, period, now: Date.UTC(2026, 10, 5) };
      const fromRows = buildReport(reportInputFromMapping(mapping, (source) => spoiled.get(source.sheetName)!, context));
      const fromPacked = buildReport(reportInputFromMapping(mapping, packedColumns(), context));
      expect(fromPacked).toEqual(fromRows);
      // The spoiled cells are there to be named: the comparison is not between two empty reports.
      expect(JSON.stringify(fromRows)).toContain('Form Responses 1');
      expect(fromRows.kpis.some((kpi) => Object.keys(kpi.coverage?.leftOut ?? {}).some((reason) => reason !== 'blank'))).toBe(true);
    });
  }
});
