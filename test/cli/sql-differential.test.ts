import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/cli/core/analyze';
import { SURVEY_CSV_HEADERS } from '../../src/cli/core/gen-csv';
import type { CliIo } from '../../src/cli/io';
import { cliMessages } from '../../src/cli/messages';
import { createProgress } from '../../src/cli/progress';
import type { PeriodChoice } from '../../src/report/types';
import { cli, tempDir } from './helpers/run';

/**
 * The command line's two engines on the same file (issue 18): DuckDB counting the rows
 * (src/cli/sql/) and the TypeScript engine reading every cell must give the same report, field for
 * field: every metric, trend, comparison, segment, coverage count and first place (as a file
 * line), the detractors, themes, funnel and maturity, and the same warnings. The files hold every
 * reading shape of metrics-spec.md §1: labels, non-answers, local numbers, day-first and
 * month-first date text, dates that do not read, blanks, numbers off the scale, stray text.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-sql-');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const field = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A survey CSV in the generated export's shape (its headers, so detection maps it alike). */
async function surveyCsv(name: string, rows: string[][]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, [SURVEY_CSV_HEADERS, ...rows].map((row) => row.map(field).join(',')).join('\n') + '\n');
  return path;
}

/** A plain answer row: detection reads the first rows, so each file starts with some. */
function plainRow(i: number, month = 10): string[] {
  const day = String((i % 28) + 1).padStart(2, '0');
  return [`2026-${String(month).padStart(2, '0')}-${day} 0${i % 10}:15:00`, `c${i}@example.com`, `SV-${i}`, String(i % 11), String((i % 5) + 1), String((i % 7) + 1), ['Website', 'Store', 'Zalo'][i % 3], 'Huế', ['Friend or colleague', 'Facebook'][i % 2], i % 3 ? 'Great tea, fast delivery' : '', ['Awareness', 'Purchase', 'Mua'][i % 3], ''];
}

async function both(path: string, options: { period?: PeriodChoice; timeZone?: string; lang?: 'en' | 'vi'; locale?: string } = {}): Promise<{ sql: Analysis; ts: Analysis; warnings: { sql: string[]; ts: string[] } }> {
  const run = async (engine: 'sql' | 'ts') => {
    const warnings: string[] = [];
    const io: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, engine };
    const lang = options.lang ?? 'en';
    const request = { inputs: [path], lang, now: Date.UTC(2026, 10, 20), timeZone: options.timeZone ?? 'Asia/Ho_Chi_Minh', ...(options.period ? { period: options.period } : {}), ...(options.locale ? { locale: options.locale } : {}) };
    const analysis = await analyze(request, io, cliMessages(lang), createProgress(io.stderr, false), (text) => warnings.push(text));
    return { analysis, warnings };
  };
  const sql = await run('sql');
  const ts = await run('ts');
  return { sql: sql.analysis, ts: ts.analysis, warnings: { sql: sql.warnings, ts: ts.warnings } };
}

function expectSame({ sql, ts, warnings }: Awaited<ReturnType<typeof both>>): void {
  expect(sql.engine).toBe('sql');
  expect(ts.engine).toBe('ts');
  expect(sql.report).toEqual(ts.report);
  expect(warnings.sql).toEqual(warnings.ts);
}

const OCTOBER: PeriodChoice = { kind: 'month', start: '2026-10-01' };

/** The CSV's rows as Parquet, typed as an export tool types them (timestamps, integers, text). */
async function asParquet(csv: string): Promise<string> {
  const parquet = csv.replace(/\.csv$/, '.parquet');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${parquet}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return parquet;
}

describe('DuckDB and the TypeScript engine on the same survey export', () => {
  it('given plain answers over two months, both give the same report', async () => {
    const rows = [...Array.from({ length: 60 }, (_, i) => plainRow(i, 9)), ...Array.from({ length: 80 }, (_, i) => plainRow(i + 60, 10))];
    const result = await both(await surveyCsv('plain.csv', rows), { period: OCTOBER });
    expectSame(result);
    expect(result.sql.report.kpis.map((k) => k.id)).toEqual(['NPS', 'CSAT', 'CSAT_AVG', 'CES', 'REFERRAL_RATE']);
    expect(result.sql.report.funnel).toBeDefined();
    expect(result.sql.report.themes).toBeDefined();
  });

  it('given every reading shape of the spec, both count and place each left-out cell alike', async () => {
    const odd: string[][] = [
      ['2026-10-03 08:00', 'a@x.vn', 'S1', '10 - Extremely likely', 'Very satisfied', 'Strongly agree', 'Store', '', 'Zalo', 'Waited too long', 'Retention', ''],
      ['2026-10-04T09:30:00', '', 'S2', 'N/A', 'Rất hài lòng', 'Không biết', '', '', '', '', 'Giữ chân', ''],
      ['2026-10-05', '', 'S3', '11', '4/5', '7.5', 'Store', '', 'Friend or colleague', 'ok', 'somewhere', ''],
      ['not a date', '', 'S4', '9', '5', '6', 'Store', '', '', 'late', 'Mua', ''],
      ['', '', 'S5', '3', '', '', '', '', '', '', '', ''],
      ['2026-02-30 10:00', '', 'S6', '8', '3', '5', 'Zalo', '', '', '', '', ''],
      ['2026-10-06 25:00', '', 'S7', 'Tốt', 'meh', '#N/A', 'Zalo', '', 'yes', '', '', ''],
      ['2026-10-07 10:00:00Z', '', 'S8', ' 9 ', '★★★★☆', 'Agree', 'Website', '', 'no', 'Trà rất ngon', 'Advocacy', ''],
      ['2026-10-08 10:00', '', 'S9', '-', 'Neutral', '—', 'Website', '', 'Facebook', '', '', ''],
      ['2026-10-09 10:00', '', 'S10', '0', 'No answer', '1', 'Website', '', '', 'Great tea', 'Awareness', ''],
      ['2026-09-30 23:59:59', '', 'S11', '6', '2', '2', 'Zalo', '', '', 'too slow', '', ''],
    ];
    const rows = [...Array.from({ length: 40 }, (_, i) => plainRow(i)), ...odd, ...Array.from({ length: 40 }, (_, i) => plainRow(i + 40, 9))];
    for (const lang of ['en', 'vi'] as const) {
      const csv = await surveyCsv(`odd-${lang}.csv`, rows);
      const result = await both(csv, { period: OCTOBER, lang });
      expectSame(result);
      const nps = result.sql.report.kpis.find((k) => k.id === 'NPS')!;
      expect(nps.coverage.leftOut.outOfScale?.places[0]).toEqual({ file: `odd-${lang}.csv`, line: 44, column: 'D' });
      expect(nps.coverage.leftOut.noDate?.count).toBeGreaterThan(0);
      // The same rows as Parquet (text columns, as the odd cells make them): places are sheet rows.
      const parquet = await both(await asParquet(csv), { period: OCTOBER, lang });
      expectSame(parquet);
      expect(parquet.sql.report.kpis.find((k) => k.id === 'NPS')!.coverage.leftOut.outOfScale?.places[0]).toEqual({ sheet: `odd-${lang}`, column: 'D', row: 44 });
    }
  });

  it('given a typed Parquet export (timestamps, integers), both give the same report', async () => {
    const rows = [...Array.from({ length: 60 }, (_, i) => plainRow(i, 9)), ...Array.from({ length: 80 }, (_, i) => plainRow(i + 60, 10))];
    const result = await both(await asParquet(await surveyCsv('typed.csv', rows)), { period: OCTOBER });
    expectSame(result);
    expect(result.sql.report.kpis.find((k) => k.id === 'NPS')!.current!.n).toBe(80);
  });

  it('given day/month date text, the column decides the order for both, from its own values or the locale', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => {
      const row = plainRow(i);
      row[0] = `${(i % 28) + 1}/10/2026 8:${String(i % 60).padStart(2, '0')}`;
      return row;
    });
    expectSame(await both(await surveyCsv('day-first.csv', rows), { period: OCTOBER }));
    const ambiguous = rows.map((row, i) => [`0${(i % 9) + 1}/10/2026`, ...row.slice(1)]);
    expectSame(await both(await surveyCsv('ambiguous.csv', ambiguous), { period: OCTOBER }));
    expectSame(await both(await surveyCsv('ambiguous-vi.csv', ambiguous), { period: OCTOBER, locale: 'vi_VN' }));
  });

  it('given no period, both pick the latest complete month with data, and a CLI run prints the same', async () => {
    const rows = [...Array.from({ length: 40 }, (_, i) => plainRow(i, 8)), ...Array.from({ length: 40 }, (_, i) => plainRow(i, 9))];
    const path = await surveyCsv('default-period.csv', rows);
    expectSame(await both(path));
    const args = ['report', path, '--time-zone', 'Asia/Ho_Chi_Minh', '--lang', 'vi'];
    const sql = await cli(args, { engine: 'sql', now: () => Date.UTC(2026, 10, 20) });
    const ts = await cli(args, { engine: 'ts', now: () => Date.UTC(2026, 10, 20) });
    expect(sql).toEqual(ts);
    expect(sql.stdout).toContain('Tháng 9');
  });

  it('holds for generated exports with every reading shape (property)', async () => {
    const date = fc.oneof(
      fc.record({ d: fc.integer({ min: 1, max: 31 }), m: fc.integer({ min: 8, max: 10 }), h: fc.integer({ min: 0, max: 26 }) }).map(({ d, m, h }) => `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} ${String(h).padStart(2, '0')}:05`),
      fc.record({ d: fc.integer({ min: 1, max: 28 }), m: fc.integer({ min: 9, max: 10 }) }).map(({ d, m }) => `${d}/${m}/2026`),
      fc.constantFrom('', 'N/A', 'yesterday', '2026-10-10', '2026-10-10T10:00:00+07:00', '31 Oct 2026'),
    );
    const score = fc.oneof(fc.integer({ min: -1, max: 12 }).map(String), fc.constantFrom('', ' 7 ', 'N/A', 'Không biết', '9 - Very likely', '4,5', '2.0', 'Very satisfied', 'Hài lòng', 'Strongly agree', 'bad', '#REF!', '★★★☆☆', '3/5', 'TRUE'));
    const text = fc.constantFrom('', ' ', 'Great tea, fast delivery', 'Waited too long for a reply', 'Trà rất ngon', '12', 'Friend or colleague', 'yes', 'no', 'Mua', 'Retention', 'nowhere');
    const row = fc.tuple(date, score, score, score, text, text, text, text).map(([d, n, c, e, seg, ref, com, stage]) => [d, 'x@y.z', 'id', n, c, e, seg, '', ref, com, stage, '']);
    let k = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 60 }), async (generated) => {
        const rows = [...Array.from({ length: 35 }, (_, i) => plainRow(i)), ...generated];
        const result = await both(await surveyCsv(`prop-${k++}.csv`, rows), { period: OCTOBER });
        expectSame(result);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});

describe('files the SQL path leaves to the ordinary reader', () => {
  it('given records over several lines, odd quotes or blank lines, DuckDB declines and the ordinary reader gives the report or the error', async () => {
    const header = SURVEY_CSV_HEADERS.map(field).join(',');
    const plain = Array.from({ length: 40 }, (_, i) => plainRow(i).map(field).join(','));
    const cases: Record<string, string> = {
      'multi-line.csv': [header, ...plain, '2026-10-09 10:00,a@b.c,S,9,5,7,Store,,,"two\nlines",,'].join('\n') + '\n',
      'blank-line.csv': [header, ...plain.slice(0, 20), '', ...plain.slice(20)].join('\n') + '\n',
      'lone-cr.csv': [header, ...plain].join('\r') + '\r',
    };
    for (const [name, text] of Object.entries(cases)) {
      const path = join(dir, name);
      await writeFile(path, text);
      const { sql, ts } = await both(path, { period: OCTOBER });
      expect(sql.engine, name).toBe('ts');
      expect(sql.report).toEqual(ts.report);
    }
    const innerQuote = join(dir, 'inner-quote.csv');
    await writeFile(innerQuote, [header, ...plain, '2026-10-09 10:00,a@b.c,S,9,5,7,Store,,,say "hi",,'].join('\n') + '\n');
    const args = ['report', innerQuote, '--period', '2026-10'];
    const sql = await cli(args, { engine: 'sql' });
    expect(sql).toEqual(await cli(args, { engine: 'ts' }));
    expect(sql.code).toBe(1);
    expect(sql.stderr).toContain('line 42');
  });
});
