import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSurveyCsv } from '../../src/cli/core/gen-csv';
import { openParquet } from '../../src/cli/sources/parquet';
import { cli, tempDir } from './helpers/run';

/**
 * Parquet input (issue 18): DuckDB decodes the file, the TypeScript readers read the cells, so a
 * Parquet export gives the numbers and the coverage the same rows give as CSV.
 */
let dir = '';

async function duck(sql: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(sql);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
const literal = (path: string) => `'${path.replace(/'/g, "''")}'`;

/** The metrics of a JSON document without the places (a CSV names lines, a Parquet file rows). */
function numbersOf(stdout: string) {
  return JSON.parse(stdout).metrics.map((m: any) => ({
    id: m.id,
    n: m.n,
    value: m.value,
    previous: m.previous,
    used: m.coverage.used,
    leftOut: Object.fromEntries(Object.entries(m.coverage.leftOut).map(([reason, entry]: [string, any]) => [reason, entry.count])),
  }));
}

// Answers as people write them: labels, day-first dates, non-answers, and two cells no reader takes.
const TEXT_SURVEY = [
  'Timestamp,How satisfied are you?,How likely are you to recommend us?',
  '13/10/2026 08:15,Rất hài lòng,10 - Extremely likely',
  '14/10/2026 09:00,Hài lòng,9',
  '15/10/2026 10:00,Không biết,N/A',
  '16/10/2026 10:00,Very satisfied,7',
  '17/10/2026 10:00,Dissatisfied,3',
  '20/10/2026 10:00,Tốt lắm,Total',
  '21/09/2026 10:00,Satisfied,8',
  '',
].join('\n');

beforeAll(async () => {
  dir = await tempDir('cx-cli-parquet-');
  await writeSurveyCsv(join(dir, 'survey.csv'), { rows: 3_000 });
  // Typed columns, as an export tool writes them: a TIMESTAMP, integers, text.
  await duck(`COPY (SELECT * FROM read_csv(${literal(join(dir, 'survey.csv'))}, header = true)) TO ${literal(join(dir, 'survey.parquet'))} (FORMAT parquet)`);
  await writeFile(join(dir, 'answers.csv'), TEXT_SURVEY);
  // Every column text: the reading rules are all the TypeScript readers'.
  await duck(`COPY (SELECT * FROM read_csv(${literal(join(dir, 'answers.csv'))}, header = true, all_varchar = true)) TO ${literal(join(dir, 'answers.parquet'))} (FORMAT parquet)`);
  await writeFile(join(dir, 'broken.parquet'), 'PAR1 this is not a parquet file');
}, 60_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('cx-metrics on a Parquet file', () => {
  it('gives the same monthly metrics and coverage as the same rows in a CSV', async () => {
    const args = ['--period', '2026-10', '--time-zone', 'Asia/Ho_Chi_Minh', '--format', 'json'];
    const fromCsv = await cli(['metrics', join(dir, 'survey.csv'), ...args]);
    const fromParquet = await cli(['metrics', join(dir, 'survey.parquet'), ...args]);
    expect(fromParquet.stderr).toBe(fromCsv.stderr);
    expect(fromParquet.code).toBe(0);
    const metrics = numbersOf(fromParquet.stdout);
    expect(metrics.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['NPS', 'CSAT', 'CSAT_AVG', 'CES']));
    expect(metrics.find((m: { id: string }) => m.id === 'NPS').n).toBeGreaterThan(100);
    expect(metrics).toEqual(numbersOf(fromCsv.stdout));
  });

  it('reads labels, day-first dates and non-answers in text columns as the CSV readers do, and counts what it leaves out', async () => {
    const args = ['--period', '2026-10', '--format', 'json', '--accept-missing'];
    const fromCsv = await cli(['metrics', join(dir, 'answers.csv'), ...args]);
    const fromParquet = await cli(['metrics', join(dir, 'answers.parquet'), ...args]);
    expect(fromParquet.code).toBe(0);
    const metrics = numbersOf(fromParquet.stdout);
    expect(metrics).toEqual(numbersOf(fromCsv.stdout));
    const nps = metrics.find((m: { id: string }) => m.id === 'NPS');
    // 10, 9, 7, 3 read; N/A skipped as no answer; "Total" left out as an answer with no score.
    expect(nps).toMatchObject({ n: 4, value: 25, leftOut: { noAnswer: 1, unknownLabel: 1 } });
    // Rất hài lòng 5, Hài lòng 4, Very satisfied 5, Dissatisfied 2; "Tốt lắm" has no score.
    expect(metrics.find((m: { id: string }) => m.id === 'CSAT')).toMatchObject({ n: 4, value: 75, leftOut: { noAnswer: 1, unknownLabel: 1 } });
    // The places name the Parquet file's rows (the header is row 1).
    const places = JSON.parse(fromParquet.stdout).metrics.find((m: { id: string }) => m.id === 'NPS').coverage.leftOut.unknownLabel.places;
    expect(places).toEqual([expect.objectContaining({ sheet: 'answers', column: 'C', row: 7 })]);
  });

  it('a damaged file is an error naming it, in the user language, exit code 1', async () => {
    const en = await cli(['metrics', join(dir, 'broken.parquet')]);
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/^cx-metrics: broken\.parquet is not a readable Parquet file \(.*\); export it again, or as CSV\n$/);
    const vi = await cli(['metrics', join(dir, 'broken.parquet'), '--lang', 'vi']);
    expect(vi.stderr).toMatch(/^cx-metrics: broken\.parquet không phải tệp Parquet đọc được/);
  });
});

describe('openParquet: cells as Sheets would type them', () => {
  it('wall times in the file zone, instants as they are, big integers as digits, NULL as empty, and only the columns asked for', async () => {
    const path = join(dir, 'types.parquet');
    await duck(`COPY (SELECT TIMESTAMP '2026-10-01 08:00:00' AS wall, TIMESTAMPTZ '2026-10-01 08:00:00+00' AS instant, DATE '2026-10-02' AS day,
      12345678901234567::BIGINT AS id, 7::BIGINT AS small, 4.5::DOUBLE AS half, true AS flag, NULL::VARCHAR AS nothing, 'Rất hài lòng' AS label) TO ${literal(path)} (FORMAT parquet)`);
    const sheet = (await openParquet(path, { timeZone: 'Asia/Ho_Chi_Minh' })).sheets[0];
    const [header, row] = await sheet.sample(2);
    expect(header).toEqual(['wall', 'instant', 'day', 'id', 'small', 'half', 'flag', 'nothing', 'label']);
    expect(row).toEqual([
      new Date('2026-10-01T01:00:00Z'),
      new Date('2026-10-01T08:00:00Z'),
      new Date('2026-10-01T17:00:00Z'),
      '12345678901234567',
      7,
      4.5,
      true,
      '',
      'Rất hài lòng',
    ]);
    const only: unknown[][] = [];
    for await (const r of sheet.rows([4, 8])) only.push(r);
    expect(only).toEqual([['', '', '', '', 7, '', '', '', 'Rất hài lòng']]);
  });
});
