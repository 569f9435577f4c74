import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/cli/core/analyze';
import type { CliIo } from '../../src/cli/io';
import { cliMessages } from '../../src/cli/messages';
import { createProgress } from '../../src/cli/progress';
import { tempDir } from './helpers/run';

/**
 * A day/month order decided by a few cells for many (docs/metrics.md) is a warning in the
 * report, naming the proving cell where it is. DuckDB's path groups the dates by their date
 * part, so it counts the rule over rows (a group's weight), not over groups, and leaves such a
 * file to the TypeScript engine, whose report names the cell: both engines give the same report.
 */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-sql-order-');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const HEADER = 'Timestamp,"How likely are you to recommend us to a friend? (0-10)"';

async function run(path: string, engine: 'sql' | 'ts') {
  const warnings: string[] = [];
  const io: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, engine };
  const request = { inputs: [path], lang: 'en' as const, now: Date.UTC(2020, 5, 1), timeZone: 'UTC', period: { kind: 'all' as const } };
  const analysis = await analyze(request, io, cliMessages('en'), createProgress(io.stderr, false), (text) => warnings.push(text));
  return { analysis, warnings };
}

describe('a date order a few cells decide, on both engines', () => {
  it('given one 13/11/2019 among 40 month-first-looking dates, DuckDB leaves it to the TypeScript engine and the report warns alike', async () => {
    const lines = [HEADER, ...Array.from({ length: 40 }, (_, i) => `11/${(i % 4) + 1}/2019 ${8 + (i % 10)}:${String(10 + i).padStart(2, '0')}:00,${i % 11}`), '13/11/2019 9:00:00,10'];
    const path = join(dir, 'few.csv');
    await writeFile(path, lines.join('\n') + '\n');
    const sql = await run(path, 'sql');
    const ts = await run(path, 'ts');
    expect(sql.analysis.engine).toBe('ts');
    expect(sql.analysis.report).toEqual(ts.analysis.report);
    expect(ts.analysis.report.dateOrderWarnings).toEqual([
      { sheet: 'few', order: 'dmy', proofs: [{ text: '13/11/2019 9:00:00', place: { file: 'few.csv', line: 42, column: 'A' } }], proving: 1, moved: 40, example: '11/1/2019 8:10:00' },
    ]);
  });

  it('given one day proving day first on 30 rows, DuckDB counts it by rows (30 against 40), not by groups (1 against 20), and warns of nothing', async () => {
    // 20 date parts that read either way (3/1, 4/6 …), two rows each: 20 groups, 40 rows.
    const parts = Array.from({ length: 20 }, (_, k) => [(k % 12) + 1, ((k + 1 + Math.floor(k / 12)) % 12) + 1]);
    const ambiguous = Array.from({ length: 40 }, (_, i) => `${parts[i % 20][0]}/${parts[i % 20][1]}/2019 ${8 + (i % 10)}:${String(10 + i).padStart(2, '0')}:00,${i % 11}`);
    const proving = Array.from({ length: 30 }, (_, i) => `13/11/2019 ${8 + (i % 10)}:${String(10 + i).padStart(2, '0')}:00,${i % 11}`);
    const path = join(dir, 'many.csv');
    await writeFile(path, [HEADER, ...ambiguous, ...proving].join('\n') + '\n');
    const sql = await run(path, 'sql');
    const ts = await run(path, 'ts');
    expect(sql.analysis.engine).toBe('sql');
    expect(sql.analysis.report).toEqual(ts.analysis.report);
    expect(sql.warnings).toEqual(ts.warnings);
    expect(ts.analysis.report.dateOrderWarnings).toBeUndefined();
  });
});
