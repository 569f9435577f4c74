import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze, type Analysis } from '../../src/cli/core/analyze';
import { SURVEY_CSV_HEADERS } from '../../src/cli/core/gen-csv';
import type { CliIo } from '../../src/cli/io';
import { cliMessages } from '../../src/cli/messages';
import { createProgress } from '../../src/cli/progress';
import { LINE_KEY_LIMITS } from '../../src/cli/sql/prescan';
import { SQL_LIMITS } from '../../src/cli/sql/survey';
import type { DateOrder } from '../../src/cells/dates';
import type { PeriodChoice } from '../../src/report/types';
import { csvToParquet } from '../../scripts/bench/duckdb';
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

async function both(path: string, options: { period?: PeriodChoice; timeZone?: string; lang?: 'en' | 'vi'; locale?: string; dateOrder?: DateOrder } = {}): Promise<{ sql: Analysis; ts: Analysis; warnings: { sql: string[]; ts: string[] } }> {
  const run = async (engine: 'sql' | 'ts') => {
    const warnings: string[] = [];
    const io: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, engine };
    const lang = options.lang ?? 'en';
    const request = { inputs: [path], lang, now: Date.UTC(2026, 10, 20), timeZone: options.timeZone ?? 'Asia/Ho_Chi_Minh', ...(options.period ? { period: options.period } : {}), ...(options.locale ? { locale: options.locale } : {}), ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}) };
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
  await csvToParquet(csv, parquet);
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
    // Rows with no timestamp (NULL in the TIMESTAMP column) are read again for their places, as the
    // reported period's rows are (by the stored times' bounds), and September's only for comments.
    rows[30][0] = '';
    rows[100][0] = '';
    rows[100][3] = 'N/A';
    const undated = await both(await asParquet(await surveyCsv('typed-undated.csv', rows)), { period: OCTOBER });
    expectSame(undated);
    expect(undated.sql.report.kpis.find((k) => k.id === 'NPS')!.coverage.leftOut.noDate?.places).toEqual([{ sheet: 'typed-undated', column: 'A', row: 32 }, { sheet: 'typed-undated', column: 'A', row: 102 }]);
    expect(undated.sql.report.themes!.detractors.some((t) => t.previousShare !== undefined)).toBe(true);
  });

  it('given number columns in Parquet (INTEGER, DOUBLE with a half point, blanks), both give the same report', async () => {
    const rows = [...Array.from({ length: 60 }, (_, i) => plainRow(i, 9)), ...Array.from({ length: 80 }, (_, i) => plainRow(i + 60, 10))];
    rows[70][3] = '';
    rows[71][4] = '4.5';
    rows[72][5] = '';
    const csv = await surveyCsv('numbers.csv', rows);
    const parquet = join(dir, 'numbers.parquet');
    const [nps, csat, ces] = SURVEY_CSV_HEADERS.slice(3, 6).map((h) => `"${h.replace(/"/g, '""')}"`);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(`COPY (SELECT * REPLACE (CAST(${nps} AS INTEGER) AS ${nps}, CAST(${csat} AS DOUBLE) AS ${csat}, CAST(${ces} AS SMALLINT) AS ${ces}) FROM read_csv('${csv}', header = true, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    const result = await both(parquet, { period: OCTOBER });
    expectSame(result);
    expect(result.sql.report.kpis.find((k) => k.id === 'NPS')!.current!.n).toBe(79);
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

  it('given thousands of comment rows in both periods, with ties for the newest, both give the same detractors and themes', async () => {
    // Comments that share themes and phrases, so the top themes, their examples, their share the
    // month before and the emerging phrases all have many candidates; dozens of detractors on the
    // newest day with the same score, so which five are shown depends on the reading order alone.
    const texts = ['Waited too long for a reply', 'wifi yếu quá', 'Nhân viên không nhiệt tình', 'card declined again', 'Great tea, fast delivery', 'Giá hơi đắt', 'Packaging could be better', 'Trà rất ngon, sẽ mua lại', 'card declined at the store', 'wifi yếu, chờ lâu'];
    const row = (i: number, month: number, day: number, score: number): string[] => {
      const base = plainRow(i, month);
      base[0] = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} 1${i % 10}:00:00`;
      base[1] = `customer${i}@example.com`;
      base[3] = String(score);
      base[9] = i % 13 === 0 ? '' : `${texts[(i * 7) % texts.length]}, đơn ${i % 211}`;
      return base;
    };
    const rows: string[][] = [];
    for (let i = 0; i < 1500; i++) rows.push(row(i, 9, (i % 30) + 1, (i * 3) % 11));
    for (let i = 1500; i < 3200; i++) rows.push(row(i, 10, (i % 30) + 1, (i * 5) % 11));
    // The newest day: 40 detractors scoring 2 (and a few lower, earlier in the file), in no order of rows.
    for (let i = 3200; i < 3240; i++) rows.splice((i * 37) % rows.length, 0, row(i, 10, 31, i < 3203 ? 1 : 2));
    for (let i = 3240; i < 3300; i++) rows.push(row(i, 8, (i % 28) + 1, 0));
    const csv = await surveyCsv('many-comments.csv', rows);
    const result = await both(csv, { period: OCTOBER });
    expectSame(result);
    const { detractors, themes } = result.sql.report;

    expect(detractors!.comments).toHaveLength(5);
    expect(detractors!.comments.every((c) => c.date === '2026-10-31')).toBe(true);
    expect(detractors!.comments.map((c) => c.score)).toEqual([1, 1, 1, 2, 2]);
    // Of the newest day's detractors scoring 2, the two earliest in the file.
    const earliestTwos = rows.filter((r) => r[0].startsWith('2026-10-31') && r[3] === '2' && r[9] !== '').slice(0, 2).map((r) => r[1]);
    expect(detractors!.comments.slice(3).map((c) => c.email)).toEqual(earliestTwos);
    expect(themes!.detractors.length).toBeGreaterThan(1);
    expect(themes!.detractors.every((t) => t.previousShare !== undefined && t.example !== '')).toBe(true);
    expect(themes!.emerging.length).toBeGreaterThan(0);
    // Parquet's comment rows come from a query of their own: the same report.
    expectSame(await both(await asParquet(csv), { period: OCTOBER }));
  }, 60_000);

  it('given Parquet comments that repeat (one text by many detractors on the newest day), DuckDB groups them and both show the same five, with their own segments and emails', async () => {
    // The SQL path has DuckDB group a Parquet file's comment rows by day, answer and text: the
    // newest day's 30 detractors scoring 2 are one group of one text, of which the five earliest
    // rows are shown; the rest of both months repeat four texts across days and answers.
    const texts = ['Waited too long for a reply', 'Great tea, fast delivery', 'wifi yếu quá', 'Giá hơi đắt'];
    const rows: string[][] = [];
    for (let i = 0; i < 900; i++) {
      const base = plainRow(i, i < 400 ? 9 : 10);
      // Free text in the rows detection samples (so it maps the column as comments), then four texts again and again.
      base[9] = i % 5 === 0 ? '' : i < 300 ? `${texts[i % texts.length]}, đơn ${i}` : texts[i % texts.length];
      rows.push(base);
    }
    for (let i = 900; i < 930; i++) {
      const base = plainRow(i, 10);
      base[0] = `2026-10-31 ${String(10 + (i % 12)).padStart(2, '0')}:00:00`;
      base[3] = '2';
      base[9] = 'Waited too long for a reply';
      rows.splice((i * 31) % rows.length, 0, base);
    }
    const csv = await surveyCsv('repeated-comments.csv', rows);
    const said: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (said.push(String(chunk)), true));
    process.env.CX_METRICS_DEBUG = '1';
    let typed: Awaited<ReturnType<typeof both>>;
    try {
      typed = await both(await asParquet(csv), { period: OCTOBER });
    } finally {
      delete process.env.CX_METRICS_DEBUG;
      write.mockRestore();
    }
    expectSame(typed);
    const commented = rows.filter((r) => r[9] !== '').length;
    const grouped = /(\d+) comment rows of the reported period and the one before, grouped by DuckDB into (\d+) of one day/.exec(said.join(''));
    expect(Number(grouped?.[1])).toBe(commented);
    // The newest day's 30 rows of one text and answer are one group.
    expect(Number(grouped?.[2])).toBeLessThanOrEqual(commented - 29);
    const shown = rows.filter((r) => r[0].startsWith('2026-10-31') && r[3] === '2').slice(0, 5);
    expect(typed.sql.report.detractors!.comments.map((c) => [c.email, c.segment])).toEqual(shown.map((r) => [r[1], r[6]]));
    // The same rows as text columns (dates as text keys, not stored times).
    const text = join(dir, 'repeated-comments-text.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run(`COPY (SELECT * FROM read_csv('${csv}', header = true, all_varchar = true)) TO '${text}' (FORMAT parquet)`);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    expectSame(await both(text, { period: OCTOBER }));
  }, 60_000);

  it('given thousands of blank and N/A answers in the period of a Parquet file, both name the same first places, which DuckDB finds with the period\'s sums, no row read for them', async () => {
    // Every October row has a blank CSAT, and every 7th an N/A for CES: DuckDB sums the period, and
    // gives each day's first places of those cells in the same read.
    const rows = [...Array.from({ length: 500 }, (_, i) => plainRow(i, 9)), ...Array.from({ length: 8_000 }, (_, i) => plainRow(i + 500, 10))];
    for (let i = 500; i < rows.length; i++) {
      rows[i][4] = '';
      if (i % 7 === 0) rows[i][5] = 'N/A';
    }
    rows.splice(4_000, 0, ['', 'x@example.com', 'SV-x', '9', '4', '6', 'Store', '', '', 'no date', '', '']);
    const csv = await surveyCsv('blank-places.csv', rows);
    const said: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (said.push(String(chunk)), true));
    process.env.CX_METRICS_DEBUG = '1';
    let result: Awaited<ReturnType<typeof both>>;
    try {
      result = await both(await asParquet(csv), { period: OCTOBER });
    } finally {
      delete process.env.CX_METRICS_DEBUG;
      write.mockRestore();
    }
    expectSame(result);
    const csat = result.sql.report.kpis.find((k) => k.id === 'CSAT')!.coverage;
    expect(csat.leftOut.blank?.count).toBe(8_000);
    expect(csat.leftOut.blank?.places.map((p) => (p as { row: number }).row)).toEqual([502, 503, 504]);
    expect(result.sql.report.kpis.find((k) => k.id === 'NPS')!.coverage.leftOut.noDate?.places[0]).toEqual({ sheet: 'blank-places', column: 'A', row: 4002 });
    expect(said.join('')).toMatch(/the first places of \d+ groups of left-out or undated cells by day, from DuckDB: no row read for them/);
  }, 60_000);

  it('given Parquet exports of a few columns (a date and NPS; a date, CSAT and comments without NPS or segment), both give the same report', async () => {
    const rows = [...Array.from({ length: 300 }, (_, i) => plainRow(i, 9)), ...Array.from({ length: 400 }, (_, i) => plainRow(i + 300, 10))];
    rows[350][3] = 'N/A';
    for (const columns of [[0, 3], [0, 1, 4, 9]]) {
      const path = join(dir, `few-${columns.join('-')}.csv`);
      await writeFile(path, [columns.map((k) => SURVEY_CSV_HEADERS[k]), ...rows.map((r) => columns.map((k) => r[k]))].map((row) => row.map(field).join(',')).join('\n') + '\n');
      const result = await both(await asParquet(path), { period: OCTOBER });
      expectSame(result);
      expect(result.sql.report.kpis.length).toBeGreaterThan(0);
    }
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
        const csv = await surveyCsv(`prop-${k++}.csv`, rows);
        expectSame(await both(csv, { period: OCTOBER }));
        // As Parquet (columns typed as DuckDB reads the CSV), whose rows the SQL path groups by their own row numbers.
        expectSame(await both(await asParquet(csv), { period: OCTOBER }));
      }),
      { numRuns: 20 },
    );
  }, 180_000);

  it('given more groups of date and value than the first pass keeps, every row is counted as it streams, with the same report', async () => {
    const odd = [
      ['2026-10-03 08:00', 'a@x.vn', 'S1', '11', 'Very satisfied', 'N/A', 'Store', '', 'Zalo', 'Waited too long', 'Retention', ''],
      ['not a date', '', 'S2', '9', '5', '6', 'Kiosk', '', '', 'late', 'Mua', ''],
      ['2026-10-09 10:00', 'b@x.vn', 'S3', '2', 'meh', '', 'Kiosk', '', 'yes', 'card declined', 'Awareness', ''],
    ];
    const rows = [...Array.from({ length: 60 }, (_, i) => plainRow(i, 9 + (i % 2))), ...odd, ...Array.from({ length: 60 }, (_, i) => plainRow(i + 60, 10))];
    const csv = await surveyCsv('many-groups.csv', rows);
    const kept = await both(csv, { period: OCTOBER });
    const said: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (said.push(String(chunk)), true));
    const limit = SQL_LIMITS.groups;
    process.env.CX_METRICS_DEBUG = '1';
    SQL_LIMITS.groups = 10;
    try {
      for (const path of [csv, await asParquet(csv)]) {
        said.length = 0;
        const streamed = await both(path, { period: OCTOBER });
        expectSame(streamed);
        expect(said.join('')).toContain('more than 10 groups of date and value: every row is read again and counted');
        if (path === csv) expect(streamed.sql.report).toEqual(kept.sql.report);
      }
    } finally {
      SQL_LIMITS.groups = limit;
      delete process.env.CX_METRICS_DEBUG;
      write.mockRestore();
    }
  }, 60_000);

  it('given day/month dates whose order rows far down decide, both count the same comments in the period', async () => {
    // The first 4,500 dates could be either order; the last 500, all past the top (13/10 to 24/10),
    // prove day first, so 05/10 is 5 October and its comments belong to the reported month, not to May.
    const rows = Array.from({ length: 5_000 }, (_, i) => {
      const row = plainRow(i);
      row[0] = `${String((i % 12) + 1).padStart(2, '0')}/${i % 3 ? '10' : '09'}/2026 ${String(i % 24).padStart(2, '0')}:15`;
      row[9] = i % 4 ? `${['Waited too long for a reply', 'wifi yếu quá', 'Great tea, fast delivery'][i % 3]} ${i % 7}` : '';
      return row;
    });
    for (let i = 4_500; i < 5_000; i++) rows[i][0] = `${13 + (i % 12)}/10/2026 08:00`;
    const csv = await surveyCsv('late-order-comments.csv', rows);
    const result = await both(csv, { period: OCTOBER });
    expectSame(result);
    expect(result.warnings.sql).toEqual([]);
    expect(result.sql.report.dateOrderWarnings).toBeUndefined();
    expect(result.sql.report.themes!.comments).toBeGreaterThan(2_000);
    expect(result.sql.report.detractors!.comments.length).toBe(5);
    expectSame(await both(await asParquet(csv), { period: OCTOBER }));
  }, 60_000);

  it('given day/month dates whose order one row far down decides, DuckDB leaves the file to the TypeScript engine, whose report names that row (docs/metrics.md)', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => {
      const row = plainRow(i);
      row[0] = `${String((i % 12) + 1).padStart(2, '0')}/${i % 3 ? '10' : '09'}/2026 ${String(i % 24).padStart(2, '0')}:15`;
      return row;
    });
    rows[4_800][0] = '13/10/2026 08:00';
    const result = await both(await surveyCsv('late-order-one-row.csv', rows), { period: OCTOBER });
    expect(result.sql.engine).toBe('ts');
    expect(result.sql.report).toEqual(result.ts.report);
    expect(result.sql.report.dateOrderWarnings?.[0]).toMatchObject({ order: 'dmy', proving: 1, proofs: [{ text: '13/10/2026 08:00', place: { file: 'late-order-one-row.csv', line: 4_802, column: 'A' } }] });
  }, 60_000);
});

/**
 * Timestamps as Google Forms (month first in en_US, `10/13/2026 8:15:00`) and Excel or a vi_VN
 * Forms sheet (day first, `13/10/2026 08:15:00`, `13/10/2026 8:15`) export them: every row its
 * own text, grouped by date part in SQL (src/cli/sql/date-keys.ts) and read once per group.
 */
describe('Forms and Excel timestamps on the SQL path', () => {
  /** Rows of September and October 2026, several answers a day at different times, dated by `stamp`. */
  function stamped(stamp: (day: number, month: number, hour: number, minute: number, second: number) => string, days = 28): string[][] {
    return Array.from({ length: 120 }, (_, i) => {
      const row = plainRow(i, 9 + (i % 2));
      row[0] = stamp((Math.floor(i / 2) % days) + 1, 9 + (i % 2), (i * 7) % 24, (i * 13) % 60, (i * 17) % 60);
      return row;
    });
  }
  const two = (n: number) => String(n).padStart(2, '0');

  it('given month-first Forms timestamps (10/13/2026 8:15:00), both read the same months, in English and Vietnamese', async () => {
    const rows = stamped((d, m, h, mi, s) => `${m}/${d}/2026 ${h}:${two(mi)}:${two(s)}`);
    for (const lang of ['en', 'vi'] as const) {
      const result = await both(await surveyCsv(`forms-us-${lang}.csv`, rows), { period: OCTOBER, lang });
      expectSame(result);
      expect(result.sql.report.kpis.find((k) => k.id === 'NPS')!.current!.n).toBe(60);
    }
  });

  it('given a Forms export with more distinct timestamps than grouping by value takes, the SQL path still counts it, as the TypeScript engine', async () => {
    // 52,000 rows a minute apart: past the 50,000 distinct values a column may have when grouped by value.
    const start = Date.UTC(2026, 8, 1);
    const rows = Array.from({ length: 52_000 }, (_, i) => {
      const at = new Date(start + i * 60_000);
      const row = plainRow(i, 9);
      row[0] = `${at.getUTCMonth() + 1}/${at.getUTCDate()}/${at.getUTCFullYear()} ${at.getUTCHours()}:${two(at.getUTCMinutes())}:00`;
      return row;
    });
    const result = await both(await surveyCsv('forms-many.csv', rows), { period: OCTOBER });
    expectSame(result);
    expect(result.sql.report.kpis.find((k) => k.id === 'NPS')!.current!.n).toBe(52_000 - 30 * 24 * 60);
  }, 60_000);

  it('given day/month texts first met past the rows read from the top, both name the same first one in the date order warning', async () => {
    // 5,000 rows (the SQL path reads first rows from the top 4,096): ISO dates, then either-order
    // day/month texts, each date's later texts sorting before its first (09:00, then 08:00).
    const rows = Array.from({ length: 5_000 }, (_, i) => plainRow(i));
    for (let i = 4_500; i < 5_000; i++) rows[i][0] = `${two(((i >> 1) % 12) + 1)}/10/2026 ${i % 2 ? '08' : '09'}:00`;
    const late = await both(await surveyCsv('late-day-month.csv', rows), { period: OCTOBER });
    expectSame(late);
    expect(late.warnings.sql.join('\n')).toContain('dates such as 07/10/2026 09:00');
    // One near the top: it is the example, whatever comes after.
    rows[10][0] = '05/10/2026 10:30';
    const early = await both(await surveyCsv('early-day-month.csv', rows), { period: OCTOBER });
    expectSame(early);
    expect(early.warnings.sql.join('\n')).toContain('dates such as 05/10/2026 10:30');
  }, 60_000);

  it('given day-first timestamps (13/10/2026 08:15:00, 13/10/2026 8:15, 13.10.26 8:15 PM), both read them day first', async () => {
    const shapes: [string, (d: number, m: number, h: number, mi: number, s: number) => string][] = [
      ['seconds', (d, m, h, mi, s) => `${two(d)}/${two(m)}/2026 ${two(h)}:${two(mi)}:${two(s)}`],
      ['minutes', (d, m, h, mi) => `${d}/${m}/2026 ${h}:${two(mi)}`],
      ['two-digit-year', (d, m, h, mi) => `${d}.${m}.26 ${(h % 12) + 1}:${two(mi)} ${h < 12 ? 'AM' : 'PM'}`],
    ];
    for (const [name, stamp] of shapes) {
      const result = await both(await surveyCsv(`day-first-${name}.csv`, stamped(stamp)), { period: OCTOBER, locale: 'vi_VN' });
      expectSame(result);
      expect(result.sql.report.kpis.find((k) => k.id === 'NPS')!.current!.n, name).toBe(60);
    }
  });

  it('given only dates that could be either order, both take the mapping\'s setting, then the locale, then month first with the same warning', async () => {
    // Days 1–12 only: nothing in the column proves an order.
    const rows = stamped((d, m, h, mi) => `${two(d)}/${two(m)}/2026 ${two(h)}:${two(mi)}`, 12);
    const path = await surveyCsv('either-order.csv', rows);
    const unsaid = await both(path, { period: OCTOBER });
    expectSame(unsaid);
    expect(unsaid.warnings.sql.join('\n')).toContain('could be day first or month first');
    for (const options of [{ locale: 'vi_VN' }, { locale: 'en_US' }, { dateOrder: 'dmy' as const }, { dateOrder: 'mdy' as const, locale: 'vi_VN' }]) {
      const result = await both(path, { period: OCTOBER, ...options });
      expectSame(result);
      expect(result.warnings.sql, JSON.stringify(options)).toEqual([]);
    }
    // Read day first, 09/10 is 9 October; month first, 10 September: the months hold other rows.
    const dayFirst = await both(path, { period: OCTOBER, dateOrder: 'dmy' });
    const monthFirst = await both(path, { period: OCTOBER, dateOrder: 'mdy' });
    expect(dayFirst.sql.report.kpis[0].current).not.toEqual(monthFirst.sql.report.kpis[0].current);
  });

  it('given dates that do not read (no such day, a month 13, a clock past 23:59, both orders proved), both leave out the same rows and name the same lines', async () => {
    const rows = stamped((d, m, h, mi, s) => `${m}/${d}/2026 ${h}:${two(mi)}:${two(s)}`);
    // 8:15:00.5 reads (grouped by its whole text, as the grouping takes no fractions); the others do not.
    const bad = ['2/30/2026 8:15:00', '13/13/2026 8:00', '10/13/2026 25:00:00', '10/14/2026 13:15 PM', '10/15/2026 8:15:00.5', 'yesterday', '10/16/2026 8:15:00'];
    bad.forEach((text, k) => (rows[50 + k * 5][0] = text));
    const result = await both(await surveyCsv('bad-dates.csv', rows), { period: OCTOBER });
    expectSame(result);
    const nps = result.sql.report.kpis.find((k) => k.id === 'NPS')!;
    expect(nps.coverage.leftOut.noDate?.count).toBe(5);
    expect(nps.coverage.leftOut.noDate?.places[0]).toEqual({ file: 'bad-dates.csv', line: 52, column: 'A' });
    // 13/10 proves day first, 10/13 month first: every day/month text is then a problem.
    const both2 = stamped((d, m, h, mi) => `${m}/${d}/2026 ${h}:${two(mi)}`);
    both2[70][0] = '13/10/2026 8:15';
    const conflict = await both(await surveyCsv('both-orders.csv', both2), { period: OCTOBER });
    expectSame(conflict);
    // No day/month text can be trusted, so no row is dated and no period has answers, for either
    // engine; each metric is still shown, with every answer left out at its date cell (not dropped).
    expect(conflict.sql.engine).toBe('sql');
    expect(conflict.sql.report.kpis.length).toBeGreaterThan(0);
    for (const kpi of conflict.sql.report.kpis) {
      expect(kpi.current?.n ?? 0).toBe(0);
      expect(kpi.coverage.used).toBe(0);
      expect(kpi.coverage.leftOut.noDate?.count).toBeGreaterThan(0);
    }
  });

  it('given a time zone with clock changes, both read every time of a change day alike, and the SQL path declines where a change moves times to another day', async () => {
    // New York skips 02:00–03:00 on 8 March 2026 and repeats 01:00–02:00 on 1 November: times all round the clock on those days.
    const march = stamped((d, m, h, mi, s) => `${m - 6}/${d}/2026 ${h}:${two(mi)}:${two(s)}`);
    march.forEach((row, i) => i % 3 === 0 && (row[0] = `3/8/2026 ${(i / 3) % 24}:${two(i % 60)}:00`));
    const spring = await both(await surveyCsv('new-york-march.csv', march), { period: { kind: 'month', start: '2026-03-01' }, timeZone: 'America/New_York' });
    expectSame(spring);
    const november = stamped((d, m, h, mi) => `${m + 1}/${d}/2026 ${two(h)}:${two(mi)}`);
    november.forEach((row, i) => i % 3 === 0 && (row[0] = `11/1/2026 ${two((i / 3) % 24)}:${two(i % 60)}`));
    expectSame(await both(await surveyCsv('new-york-november.csv', november), { period: { kind: 'month', start: '2026-11-01' }, timeZone: 'America/New_York' }));
    // Samoa skipped 30 December 2011 whole: text dated that day reads to the 31st, so grouping by date would move it.
    const samoa = stamped((d, m, h, mi) => `${d}/${m + 2}/2011 ${h}:${two(mi)}`);
    samoa.forEach((row, i) => i % 4 === 0 && (row[0] = `30/12/2011 ${i % 24}:${two(i % 60)}`));
    const skipped = await both(await surveyCsv('samoa.csv', samoa), { period: { kind: 'month', start: '2011-12-01' }, timeZone: 'Pacific/Apia' });
    expect(skipped.sql.engine).toBe('ts');
    expect(skipped.sql.report).toEqual(skipped.ts.report);
    // Nuuk skips 23:00–24:00 on 28 March 2026: that day's 23:30 reads to the 29th, its 10:00 to the 28th.
    const nuuk = stamped((d, m, h, mi) => `${d}/${m - 6}/2026 ${h}:${two(mi)}`);
    nuuk.forEach((row, i) => i % 4 === 0 && (row[0] = `28/03/2026 ${i % 8 === 4 ? 23 : 10}:${two(i % 60)}`));
    // A period ending on the 28th: grouped by date, the late answers would count in it.
    const late = await both(await surveyCsv('nuuk.csv', nuuk), { period: { kind: 'range', start: '2026-03-01', end: '2026-03-28' }, timeZone: 'America/Nuuk' });
    expect(late.sql.engine).toBe('ts');
    expect(late.sql.report).toEqual(late.ts.report);
  });

  it('given ISO timestamps with fractions of a second (a database or pandas export), both read them by day, and the SQL path declines them on a clock-change day', async () => {
    const rows = stamped((d, m, h, mi, s) => `2026-${two(m)}-${two(d)} ${two(h)}:${two(mi)}:${two(s)}.${String(d * 7919).padStart(6, '0')}`);
    rows[7][0] = '2026-10-31 23:59:59.999999';
    const result = await both(await surveyCsv('fractions.csv', rows), { period: OCTOBER });
    expectSame(result);
    expect(result.sql.report.kpis.find((k) => k.id === 'NPS')!.current!.n).toBe(60);
    const march = rows.map((row, i) => [i % 3 ? row[0].replace('2026-09-', '2026-03-').replace('2026-10-', '2026-04-') : `2026-03-08 0${i % 4}:30:00.5`, ...row.slice(1)]);
    const dst = await both(await surveyCsv('fractions-new-york.csv', march), { period: { kind: 'month', start: '2026-03-01' }, timeZone: 'America/New_York' });
    expect(dst.sql.engine).toBe('ts');
    expect(dst.sql.report).toEqual(dst.ts.report);
  });

  it('given ISO instants with an offset or Z (an API export), both read each to its day in the zone, on India\'s half hour and New York\'s clock change too', async () => {
    const rows = stamped((d, m, h, mi, s) => `2026-${two(m)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}${['Z', '+07:00', '-0500'][d % 3]}`);
    // In Kolkata 18:29:59Z is 23:59:59 on the 31st and 18:30Z midnight of 1 November; New York falls back at 06:00Z on 1 November.
    ['2026-10-31T18:29:59Z', '2026-10-31T18:30:00Z', '2026-10-31T18:44:59.999Z', '2026-11-01T05:59:59Z', '2026-11-01T06:00:00Z', '2026-11-01T06:14:00Z', '2026-11-01T04:30:00Z'].forEach((text, k) => (rows[9 + k * 6][0] = text));
    for (const timeZone of ['Asia/Ho_Chi_Minh', 'Asia/Kolkata', 'America/New_York']) {
      const csv = await surveyCsv(`instants-${timeZone.replace('/', '-')}.csv`, rows);
      expectSame(await both(csv, { period: OCTOBER, timeZone }));
      // As Parquet, the column is TIMESTAMP WITH TIME ZONE: instants, grouped by their UTC quarter hour.
      expectSame(await both(await asParquet(csv), { period: OCTOBER, timeZone }));
    }
  });

  it('holds for generated Forms and Excel timestamps of either order, with clock times the reader refuses (property)', async () => {
    const stamp = fc.record({
      d: fc.integer({ min: 1, max: 31 }),
      m: fc.integer({ min: 9, max: 10 }),
      h: fc.integer({ min: 0, max: 25 }),
      mi: fc.integer({ min: 0, max: 60 }),
      form: fc.constantFrom('dmy-seconds', 'dmy-minutes', 'mdy-seconds', 'mdy-pm', 'two-digit', 'iso'),
    }).map(({ d, m, h, mi, form }) => {
      switch (form) {
        case 'dmy-seconds': return `${two(d)}/${two(m)}/2026 ${two(h)}:${two(mi)}:00`;
        case 'dmy-minutes': return `${d}/${m}/2026 ${h}:${two(mi)}`;
        case 'mdy-seconds': return `${m}/${d}/2026 ${h}:${two(mi)}:07`;
        case 'mdy-pm': return `${m}/${d}/2026 ${h}:${two(mi)} ${h < 12 ? 'AM' : 'PM'}`;
        case 'two-digit': return `${d}-${m}-26 ${h}:${two(mi)}`;
        default: return `2026-${two(m)}-${two(d)} ${two(h)}:${two(mi)}`;
      }
    });
    const family = fc.constantFrom<('dmy' | 'mdy' | 'any')[]>(['dmy'], ['mdy'], ['any']);
    let k = 0;
    await fc.assert(
      fc.asyncProperty(family, fc.array(stamp, { minLength: 1, maxLength: 80 }), fc.constantFrom(undefined, 'vi_VN', 'en_US'), async ([only], stamps, locale) => {
        // One order per column mostly (as exports are), sometimes mixed, which proves both.
        const texts = stamps.filter((t) => only === 'any' || (only === 'dmy' ? !/^\d+\/\d+\/2026 \d+:\d+ [AP]M$|^\d{1,2}\/\d{1,2}\/2026 \d+:\d+:07$/.test(t) : !/:00$|^\d+\/\d+\/2026 \d+:\d\d$|-26 /.test(t)));
        const rows = [...Array.from({ length: 35 }, (_, i) => plainRow(i)), ...texts.map((t, i) => [t, ...plainRow(i).slice(1)])];
        const result = await both(await surveyCsv(`prop-dates-${k++}.csv`, rows), { period: OCTOBER, ...(locale ? { locale } : {}) });
        expectSame(result);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});

describe('DuckDB and the TypeScript engine past the top of a large export', () => {
  it('given answers, dates and segments that first come thousands of rows down, both order, read and place them alike', async () => {
    // The SQL path finds first rows from the file's first 4,096 rows, and past them from the rows holding the values (src/cli/sql/first-rows.ts).
    const late: string[][] = [
      ['13/10/2026 08:15', 'late@x.vn', 'L1', '9 - Very likely', '4,5', 'Strongly agree', 'Kiosk', '', 'Zalo', 'Waited too long', 'Retention', ''],
      ['05/10/2026', '', 'L2', 'N/A', 'Rất hài lòng', '7.5', 'Kiosk', '', 'yes', 'late', 'Giữ chân', ''],
      ['not a date', '', 'L3', '11', '3/5', 'Không biết', 'Kiosk', '', 'no', 'slow', 'somewhere', ''],
      ['2026-10-20 10:00', 'd@x.vn', 'L4', '2', '', '', 'Kiosk', '', '', 'Trà rất ngon', 'Advocacy', ''],
    ];
    const rows = [
      ...Array.from({ length: 4500 }, (_, i) => plainRow(i, 9 + (i % 2))),
      ...late,
      ...Array.from({ length: 300 }, (_, i) => plainRow(i, 10)),
      ...late.map((row) => [...row.slice(0, 2), `${row[2]}b`, ...row.slice(3)]),
    ];
    const csv = await surveyCsv('late.csv', rows);
    const result = await both(csv, { period: OCTOBER });
    expectSame(result);
    const nps = result.sql.report.kpis.find((k) => k.id === 'NPS')!;
    expect(nps.coverage.leftOut.noDate?.places[0]).toEqual({ file: 'late.csv', line: 4504, column: 'A' });
    expect(result.sql.report.segments.find((s) => s.metric === 'NPS')?.tooFew.map((t) => t.name)).toContain('Kiosk');
    // As Parquet: the same places as sheet rows, from the rows' own numbers.
    const parquet = await both(await asParquet(csv), { period: OCTOBER });
    expectSame(parquet);
    expect(parquet.sql.report.kpis.find((k) => k.id === 'NPS')!.coverage.leftOut.noDate?.places[0]).toEqual({ sheet: 'late', column: 'A', row: 4504 });
  }, 60_000);

  it('given left-out cells far down the reported period, the places found from the pre-scan\'s date parts and from an ordered pass are the lines the TypeScript engine names', async () => {
    // Left out in October past 5,000 rows of both months mixed: a blank, a non-answer, numbers off the scale, a label no scale has.
    const late: string[][] = [
      ['2026-10-21 10:00:00', 'a@x.vn', 'F1', '', '6', '8', 'Kiosk', '', 'maybe', 'late again', 'Purchase', ''],
      ['2026-10-22 10:00:00', 'b@x.vn', 'F2', 'N/A', 'meh', '', 'Kiosk', '', '', 'too slow', 'Advocacy', ''],
      ['2026-10-23 10:00:00', 'c@x.vn', 'F3', '12', '9', 'Không biết', 'Kiosk', '', 'no', '', '', ''],
      ['2026-10-24 10:00:00', 'd@x.vn', 'F4', '1', '', '0', 'Store', '', 'yes', 'card declined', 'Mua', ''],
    ];
    const rows = [...Array.from({ length: 5000 }, (_, i) => plainRow(i, 9 + (i % 2))), ...late, ...Array.from({ length: 200 }, (_, i) => plainRow(i, 10)), ...late];
    const header = SURVEY_CSV_HEADERS.map(field).join(',');
    const files: Record<string, { text: string; places: string }> = {
      // The date in the first field, plain and quoted: the pre-scan kept each line's date part.
      'first-field.csv': { text: [header, ...rows.map((row) => row.map(field).join(','))].join('\n') + '\n', places: 'places from the pre-scan' },
      'quoted-first.csv': { text: [header, ...rows.map((row) => [`"${row[0]}"`, ...row.slice(1).map(field)].join(','))].join('\r\n') + '\r\n', places: 'places from the pre-scan' },
      // Forms' month-first text, grouped by its date part too.
      'forms-first.csv': { text: [header, ...rows.map((row) => [row[0].replace(/^(\d{4})-(\d{2})-(\d{2}) 0?(\d+):(\d\d):(\d\d)$/, (_, y, m, d, h, mi, se) => `${+m}/${+d}/${y} ${h}:${mi}:${se}`), ...row.slice(1)].map(field).join(','))].join('\n') + '\n', places: 'places from the pre-scan' },
      // The date in another column: the places come from an ordered pass.
      'date-third.csv': { text: [[SURVEY_CSV_HEADERS[1], SURVEY_CSV_HEADERS[2], SURVEY_CSV_HEADERS[0], ...SURVEY_CSV_HEADERS.slice(3)].map(field).join(','), ...rows.map((row) => [row[1], row[2], row[0], ...row.slice(3)].map(field).join(','))].join('\n') + '\n', places: 'places from an ordered pass' },
      // A blank date in the reported period's read rows (a key that is no date part): an ordered pass too.
      'blank-date.csv': { text: [header, ...[...rows, ['', 'e@x.vn', 'F5', '', '4', '5', 'Store', '', '', 'no date', '', '']].map((row) => row.map(field).join(','))].join('\n') + '\n', places: 'places from an ordered pass' },
    };
    const said: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (said.push(String(chunk)), true));
    process.env.CX_METRICS_DEBUG = '1';
    try {
      for (const [name, { text, places }] of Object.entries(files)) {
        const path = join(dir, name);
        await writeFile(path, text);
        said.length = 0;
        const result = await both(path, { period: OCTOBER });
        expectSame(result);
        expect(said.join(''), name).toContain(places);
        const nps = result.sql.report.kpis.find((k) => k.id === 'NPS')!;
        // The first blank answer of October is on a line of the 5,000 mixed rows; the first number off the scale is the late one.
        expect(nps.coverage.leftOut.outOfScale?.places[0], name).toEqual({ file: name, line: 5004, column: 'D' });
        expect(nps.coverage.leftOut.outOfScale?.places[1], name).toEqual({ file: name, line: 5208, column: 'D' });
      }
    } finally {
      delete process.env.CX_METRICS_DEBUG;
      write.mockRestore();
    }
  }, 120_000);

  it('given an export in date order with the date first, the rows of the months shown are read from their own lines, with the same report, quoted comments and all', async () => {
    const comments = ['Great tea, fast delivery', 'Packaging could be better, "too much plastic"', '"Quoted" from the start', 'Trà rất ngon, sẽ mua lại', ''];
    const row = (i: number, month: number): string[] => {
      const plain = plainRow(i, month);
      const day = String(Math.floor((i * 28) / 3000) + 1).padStart(2, '0');
      return [`2026-${String(month).padStart(2, '0')}-${day} 10:${String(i % 60).padStart(2, '0')}:00`, ...plain.slice(1, 9), comments[i % comments.length], ...plain.slice(10)];
    };
    const odd: string[][] = [
      ['2026-10-28 11:00:00', 'a@x.vn', 'O1', '', '6', '8', 'Kiosk', '', 'maybe', 'late, again', 'Purchase', ''],
      ['2026-10-28 12:00:00', 'b@x.vn', 'O2', '12', 'meh', '', 'Kiosk', '', '', '""', 'Advocacy', ''],
      ['2026-02-30 10:00:00', 'c@x.vn', 'O3', '3', '9', 'Không biết', 'Kiosk', '', 'no', 'no such day', '', ''],
    ];
    // Seven months before October, so the two months shown are a fifth of the rows.
    const rows = [...[3, 4, 5, 6, 7, 8, 9, 10].flatMap((month) => Array.from({ length: 1500 }, (_, i) => row(i, month))), ...odd, ...Array.from({ length: 500 }, (_, i) => row(i, 11))];
    const header = SURVEY_CSV_HEADERS.map(field).join(',');
    const path = join(dir, 'in-order.csv');
    await writeFile(path, [header, ...rows.map((r) => r.map(field).join(','))].join('\r\n') + '\r\n');
    const said: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (said.push(String(chunk)), true));
    process.env.CX_METRICS_DEBUG = '1';
    const limit = LINE_KEY_LIMITS.ranges;
    const share = LINE_KEY_LIMITS.share;
    try {
      const result = await both(path, { period: OCTOBER });
      expectSame(result);
      expect(said.join('')).toContain('rows read again from their lines');
      const nps = result.sql.report.kpis.find((k) => k.id === 'NPS')!;
      expect(nps.coverage.leftOut.outOfScale?.places[0]).toEqual({ file: 'in-order.csv', line: 12003, column: 'D' });
      expect(nps.coverage.leftOut.noDate?.places[0]).toEqual({ file: 'in-order.csv', line: 12004, column: 'A' });
      expect(result.sql.report.themes?.comments).toBeGreaterThan(0);
      // Past the ranges of lines it reads (here the two months and the day that is none, one after the other), DuckDB reads the rows, alike.
      LINE_KEY_LIMITS.ranges = 0;
      said.length = 0;
      const again = await both(path, { period: OCTOBER });
      expect(said.join('')).toContain('rows read again by DuckDB');
      expect(again.sql.report).toEqual(result.sql.report);
      // Past the share of the rows it reads from lines (a tenth here), likewise.
      LINE_KEY_LIMITS.ranges = limit;
      LINE_KEY_LIMITS.share = 0.1;
      said.length = 0;
      const most = await both(path, { period: OCTOBER });
      expect(said.join('')).toContain('rows read again by DuckDB');
      expect(most.sql.report).toEqual(result.sql.report);
    } finally {
      LINE_KEY_LIMITS.ranges = limit;
      LINE_KEY_LIMITS.share = share;
      delete process.env.CX_METRICS_DEBUG;
      write.mockRestore();
    }
  }, 120_000);
});

describe('files the SQL path leaves to the ordinary reader', () => {
  /** What CX_METRICS_DEBUG says on stderr while the command line reads `request` with the engine chosen by size. */
  async function traceOf(request: { inputs: string[]; by?: string }, engine: CliIo['engine'] = 'sql'): Promise<{ trace: string; analysis: Analysis }> {
    const said: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (said.push(String(chunk)), true));
    process.env.CX_METRICS_DEBUG = '1';
    try {
      const io: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, engine };
      const analysis = await analyze({ ...request, lang: 'en', now: Date.UTC(2026, 10, 20), timeZone: 'Asia/Ho_Chi_Minh', period: OCTOBER }, io, cliMessages('en'), createProgress(io.stderr, false), () => undefined);
      return { trace: said.join(''), analysis };
    } finally {
      delete process.env.CX_METRICS_DEBUG;
      write.mockRestore();
    }
  }

  it('given --by, several surveys or a small file, CX_METRICS_DEBUG names why the ordinary reader reads it', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => plainRow(i));
    const one = await surveyCsv('trace-a.csv', rows);
    const other = await surveyCsv('trace-b.csv', rows);
    const by = await traceOf({ inputs: [one], by: 'Channel' });
    expect(by.analysis.engine).toBe('ts');
    expect(by.trace).toContain('declined: --by (one report per group) is read the ordinary way');
    const several = await traceOf({ inputs: [one, other] });
    expect(several.analysis.engine).toBe('ts');
    expect(several.trace).toContain('declined: 2 surveys or sections are mapped (trace-a, trace-b)');
    const small = await traceOf({ inputs: [one] }, 'auto');
    expect(small.analysis.engine).toBe('ts');
    expect(small.trace).toContain('declined: trace-a is under 12 MB');
    const taken = await traceOf({ inputs: [one] });
    expect(taken.analysis.engine).toBe('sql');
    expect(taken.trace).toContain('counted by DuckDB');
  });

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
