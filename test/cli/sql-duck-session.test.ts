import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { writeSurveyCsv } from '../../src/cli/core/gen-csv';
import { connectDuck, withDuckSession } from '../../src/cli/sql/duck';
import { csvToParquet } from '../../scripts/bench/duckdb';
import { cli, tempDir } from './helpers/run';

/**
 * One DuckDB instance per command (src/cli/sql/duck.ts): a Parquet file's column types, its sample
 * for detection and the SQL path's counting all connect to it, and it is closed when the command
 * ends. Creating one is DuckDB's start-up, paid once instead of at every read.
 */
let dir = '';
let parquet = '';
beforeAll(async () => {
  dir = await tempDir('cx-duck-session-');
  const csv = join(dir, 'survey.csv');
  parquet = join(dir, 'survey.parquet');
  await writeSurveyCsv(csv, { rows: 2_000 });
  await csvToParquet(csv, parquet);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

/** DuckDB instances created and closed while `run` runs. */
async function instancesDuring(run: () => Promise<unknown>): Promise<{ created: number; closed: number }> {
  const create = vi.spyOn(DuckDBInstance, 'create');
  const close = vi.spyOn(DuckDBInstance.prototype, 'closeSync');
  await run();
  return { created: create.mock.calls.length, closed: close.mock.calls.length };
}

describe('one DuckDB instance per command', () => {
  it('a report on a Parquet file, counted by DuckDB, creates one instance and closes it', async () => {
    let result: Awaited<ReturnType<typeof cli>> | undefined;
    const counts = await instancesDuring(async () => {
      result = await cli(['report', parquet, '--period', '2026-10'], { engine: 'sql' });
    });
    expect(result?.code).toBe(0);
    expect(result?.stdout).toMatch(/NPS/);
    expect(counts).toEqual({ created: 1, closed: 1 });
  });

  it('read the ordinary way, the same file still opens one instance for its column types, sample and rows', async () => {
    const counts = await instancesDuring(() => cli(['metrics', parquet, '--period', '2026-10', '--format', 'json'], { engine: 'ts' }));
    expect(counts).toEqual({ created: 1, closed: 1 });
  });

  it('a report on a CSV counted by DuckDB: one instance, closed at the end', async () => {
    let result: Awaited<ReturnType<typeof cli>> | undefined;
    const counts = await instancesDuring(async () => {
      result = await cli(['report', join(dir, 'survey.csv'), '--period', '2026-10'], { engine: 'sql' });
    });
    expect(result?.code).toBe(0);
    expect(result?.stdout).toBe((await cli(['report', join(dir, 'survey.csv'), '--period', '2026-10'], { engine: 'ts' })).stdout);
    expect(counts).toEqual({ created: 1, closed: 1 });
  });

  it('a large CSV the SQL path declines (a survey without dates) never loads an instance: the ordinary reader keeps its memory', async () => {
    const noDates = join(dir, 'no-dates.csv');
    await writeFile(noDates, 'How likely are you to recommend us?\n' + Array.from({ length: 50 }, (_, i) => String(i % 11)).join('\n') + '\n');
    let result: Awaited<ReturnType<typeof cli>> | undefined;
    const counts = await instancesDuring(async () => {
      result = await cli(['metrics', noDates, '--format', 'json', '--period', 'all'], { engine: 'sql' });
    });
    expect(result?.code).toBe(0);
    expect(counts).toEqual({ created: 0, closed: 0 });
  });

  it('with --by (read the ordinary way) no instance is made for a CSV', async () => {
    const counts = await instancesDuring(() => cli(['metrics', join(dir, 'survey.csv'), '--period', '2026-10', '--by', 'segment'], { engine: 'sql' }));
    expect(counts).toEqual({ created: 0, closed: 0 });
  });

  it('a command on a CSV the ordinary way creates none', async () => {
    const counts = await instancesDuring(() => cli(['metrics', join(dir, 'survey.csv'), '--period', '2026-10'], { engine: 'ts' }));
    expect(counts).toEqual({ created: 0, closed: 0 });
  });

  it('runs that overlap share the instance, closed when the last one ends', async () => {
    const counts = await instancesDuring(async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const first = withDuckSession(async () => {
        const { connection, close } = await connectDuck();
        await held;
        const rows = (await connection.runAndReadAll('SELECT 1')).getRowsJS();
        close();
        return rows;
      });
      const second = withDuckSession(async () => {
        const { connection, close } = await connectDuck();
        const rows = (await connection.runAndReadAll('SELECT 2')).getRowsJS();
        close();
        release();
        return rows;
      });
      expect(await Promise.all([first, second])).toEqual([[[1]], [[2]]]);
    });
    expect(counts).toEqual({ created: 1, closed: 1 });
  });

  it('outside a command, a connection has an instance of its own, closed with it', async () => {
    const counts = await instancesDuring(async () => {
      const { connection, close } = await connectDuck();
      expect((await connection.runAndReadAll('SELECT 42')).getRowsJS()).toEqual([[42]]);
      close();
    });
    expect(counts).toEqual({ created: 1, closed: 1 });
  });
});
