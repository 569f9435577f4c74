import { mkdtemp, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCsv } from '../../src/cli/sources/csv';
import { CsvParser } from '../../src/cli/sources/csv-parser';
import { csvCell } from '../../src/cli/sources/csv-cells';
import { SourceError } from '../../src/cli/sources/types';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

async function allRows(path: string, opts = {}): Promise<unknown[][]> {
  const source = await openCsv(path, opts);
  const rows: unknown[][] = [];
  for await (const row of source.sheets[0]!.rows()) rows.push(row);
  return rows;
}

async function errorOf(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return e as SourceError;
  }
  throw new Error('expected a SourceError');
}

describe('CSV source', () => {
  it('keeps quoted commas, doubled quotes and line ends inside fields (CRLF file)', async () => {
    const source = await openCsv(fixture('quotes.csv'));
    expect(source.title).toBe('quotes');
    expect(source.sheets.map((s) => s.name)).toEqual(['quotes']);
    expect(await source.sheets[0]!.sample(1)).toEqual([['id', 'comment', 'score']]);
    expect(await allRows(fixture('quotes.csv'))).toEqual([
      [1, 'Fast, friendly "service"', 9],
      [2, 'Line one\r\nline two\nline three', 7],
      [3, '', 10],
    ]);
  });

  it('reads a UTF-8 file with BOM and semicolons, Vietnamese text intact', async () => {
    const source = await openCsv(fixture('vietnamese-semicolon.csv'));
    const [header, first] = await source.sheets[0]!.sample(2);
    expect(header).toEqual(['Mã khách hàng', 'Nhận xét', 'Điểm', 'Ngày']);
    expect(first).toEqual(['KH01', 'Rất hài lòng, sẽ quay lại', 10, new Date('2026-03-01T00:00:00Z')]);
    const rows = await allRows(fixture('vietnamese-semicolon.csv'), { timeZone: 'Asia/Ho_Chi_Minh' });
    expect(rows[0]![3]).toEqual(new Date('2026-02-28T17:00:00Z'));
    expect(rows[1]).toEqual(['KH02', 'Giao hàng chậm; nhân viên tốt', 6, new Date('2026-03-02T07:30:00Z')]);
    // "1,234" is 1234 or 1.234 as the column's other values (then its locale) decide, never this
    // one cell, so it stays text for the column readers; a missing last field is ''.
    expect(rows[2]).toEqual(['KH03', 'Bình thường', '1,234', '']);
  });

  it('detects tabs, and reads ISO datetimes with Z or an offset as exact instants', async () => {
    const rows = await allRows(fixture('tickets-tab.csv'), { timeZone: 'Asia/Ho_Chi_Minh' });
    expect(rows).toEqual([
      ['T-1', new Date('2026-03-01T10:00:00Z'), new Date('2026-03-01T05:30:00Z'), true],
      ['T-2', new Date('2026-03-02T01:00:00Z'), '', false],
    ]);
  });

  it('detects pipes', async () => {
    expect(await allRows(fixture('activity-pipe.csv'))).toEqual([
      ['u1', new Date('2026-03-01T00:00:00Z'), 'pro'],
      ['u2', new Date('2026-03-05T00:00:00Z'), 'free'],
    ]);
  });

  it('leaves day/month timestamps (Google Forms M/D/YYYY, vi_VN D/M/YYYY) as text: only the column decides the order', async () => {
    const rows = await allRows(fixture('forms.csv'), { timeZone: 'America/New_York' });
    expect(rows[0]).toEqual(['11/1/2019 8:51:12', 9, 'a@example.com']);
    expect(rows[1]).toEqual(['11/12/2019 17:05:00', -3.5, 'b@example.com']);
    expect(rows[2]).toEqual(['2/30/2019 8:00:00', 0.5, 'c@example.com']);
  });

  it('types cells as Sheets import would', async () => {
    expect(await allRows(fixture('typed.csv'))).toEqual([
      ['x', 42, -3.5, true, 0.45, '12345678901234567890', '', '007a'],
    ]);
    expect(csvCell('007', 'UTC')).toBe(7);
    expect(csvCell('1e3', 'UTC')).toBe(1000);
    expect(csvCell('FALSE', 'UTC')).toBe(false);
    expect(csvCell('2026-03-01T10:00:00Z', 'UTC')).toEqual(new Date('2026-03-01T10:00:00Z'));
    expect(csvCell('3/1/2026 1:05 PM', 'UTC')).toBe('3/1/2026 1:05 PM');
    expect(csvCell('1.250', 'UTC')).toBe('1.250');
    expect(csvCell('1,234.5', 'UTC')).toBe(1234.5);
    expect(csvCell('2026/3/1', 'UTC')).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(csvCell('2026-13-01', 'UTC')).toBe('2026-13-01');
    expect(csvCell('1,23', 'UTC')).toBe('1,23');
    expect(csvCell('+84 912 345 678', 'UTC')).toBe('+84 912 345 678');
    expect(csvCell('truely', 'UTC')).toBe('truely');
  });

  it('names the line of a quote that is never closed', async () => {
    const err = await errorOf(allRows(fixture('unterminated.csv')));
    expect(err.exitCode).toBe(1);
    expect(err.message).toMatch(/^unterminated\.csv: line 3: a quoted field is never closed/);
  });

  it('names the line of a stray quote inside an unquoted field', async () => {
    const err = await errorOf(allRows(fixture('stray-quote.csv')));
    expect(err.message).toMatch(/^stray-quote\.csv: line 4: a quote inside an unquoted field/);
  });

  it('rejects an unknown time zone as a usage error', async () => {
    const err = await errorOf(allRows(fixture('forms.csv'), { timeZone: 'Mars/Olympus' }));
    expect(err.exitCode).toBe(2);
    expect(err.message).toContain('Unknown time zone: Mars/Olympus');
  });
});

describe('CSV streaming', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('streams a 200,000-row file with progress, without holding it in memory', async () => {
    dir = await mkdtemp(join(tmpdir(), 'cx-csv-'));
    const path = join(dir, 'big.csv');
    const out = createWriteStream(path);
    out.write('user,date,score,comment\n');
    for (let i = 0; i < 200_000; i++) {
      const line = `u${i % 5000},2026-03-${String((i % 28) + 1).padStart(2, '0')} 10:00:00,${i % 11},"nhận xét ${i}, ok"\n`;
      if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((r) => out.end(() => r()));

    const progress: [number, number][] = [];
    const source = await openCsv(path, { onProgress: (read, total) => progress.push([read, total]) });
    let count = 0;
    let scoreSum = 0;
    let last: unknown[] = [];
    for await (const row of source.sheets[0]!.rows()) {
      count++;
      scoreSum += row[2] as number;
      last = row;
    }
    expect(count).toBe(200_000);
    expect(scoreSum).toBe(Array.from({ length: 200_000 }, (_, i) => i % 11).reduce((a, b) => a + b, 0));
    expect(last).toEqual(['u4999', new Date('2026-03-24T10:00:00Z'), 199_999 % 11, 'nhận xét 199999, ok']);
    expect(progress.length).toBeGreaterThan(10);
    const [read, total] = progress[progress.length - 1]!;
    expect(read).toBe(total);
  });

  it('parses the same records whatever the chunk boundaries', async () => {
    const text = 'a,b\r\n"x ""q"" y","multi\r\nline"\r\n"",z\r';
    const whole = new CsvParser(',', 't.csv');
    const expected = [...whole.push(text), ...whole.end()].map((r) => r.fields);
    expect(expected).toEqual([['a', 'b'], ['x "q" y', 'multi\r\nline'], ['', 'z']]);
    for (let cut = 1; cut < text.length; cut++) {
      const p = new CsvParser(',', 't.csv');
      const got = [...p.push(text.slice(0, cut)), ...p.push(text.slice(cut)), ...p.end()].map((r) => r.fields);
      expect(got, `cut at ${cut}`).toEqual(expected);
    }
  });
});
