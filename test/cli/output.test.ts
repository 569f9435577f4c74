import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../src/cells/types';
import { writeSurveyCsv } from '../../src/cli/core/gen-csv';
import { createProgress } from '../../src/cli/progress';
import { byGroupOf } from '../../src/metrics/by-group';
import { addonMetrics, addonReport, cli, demo, tempDir } from './helpers/run';

/** Output scripts can rely on, grouping as CX_BY does it, and large files read as a stream. */
let dir = '';
beforeAll(async () => {
  dir = await tempDir('cx-cli-out-');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('metrics --format json is stable for scripts', () => {
  it('prints the same bytes every run, keys sorted at every level, the documented keys only', async () => {
    const first = await cli(['metrics', '--period', '2026-10', '--format', 'json']);
    const second = await cli(['metrics', '--period', '2026-10', '--format', 'json']);
    expect(second.stdout).toBe(first.stdout);
    const doc = JSON.parse(first.stdout);
    const sorted = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(sorted) : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])])) : value;
    expect(JSON.stringify(doc)).toBe(JSON.stringify(sorted(doc)));
    // The demo has two survey sheets: `surveys` holds each one's figures.
    expect(Object.keys(doc)).toEqual(['by', 'dataRanges', 'metrics', 'period', 'previousPeriod', 'source', 'surveys', 'version']);
    // A survey metric says whose figure it is ("All surveys" here); the others have no scope.
    expect(Object.keys(doc.metrics[0])).toEqual(['change', 'coverage', 'higherIsBetter', 'id', 'lowN', 'n', 'pValue', 'previous', 'scale', 'scope', 'significant', 'test', 'unit', 'value']);
    expect(Object.keys(doc.metrics.find((m: { id: string }) => m.id === 'FCR'))).toEqual(['change', 'coverage', 'higherIsBetter', 'id', 'lowN', 'n', 'pValue', 'previous', 'scale', 'significant', 'test', 'unit', 'value']);
    expect(Object.keys(doc.metrics[0].coverage)).toEqual(['leftOut', 'lostShare', 'used']);
    expect(Object.keys(doc.surveys[0])).toEqual(['metrics', 'sheet']);
    expect(doc.version).toBe(1);
    // Unrounded: the value is the report's double, not the 49.3 a person reads.
    expect(doc.metrics[0].value).toBe(addonReport().kpis[0].current!.value);
    expect(String(doc.metrics[0].value).length).toBeGreaterThan(6);
  });

  it('csv has one line per figure with the same numbers, a last column naming the survey sheet', async () => {
    const { stdout } = await cli(['metrics', '--period', '2026-10', '--format', 'csv']);
    const lines = stdout.trimEnd().split('\n');
    const report = addonReport();
    // One line per figure the table shows: NPS, CSAT and average CSAT three times (both sheets, each sheet).
    expect(lines).toHaveLength(report.kpis.length + 1);
    expect(lines[0].split(',').pop()).toBe('survey');
    const nps = lines.slice(1, 4).map((line) => line.split(','));
    expect(nps.map((cells) => [cells[1], cells[3], cells[4], cells.at(-1)])).toEqual(
      report.kpis.slice(0, 3).map((kpi) => ['NPS', String(kpi.current!.n), String(kpi.current!.value), kpi.scope!.name]),
    );
    expect(nps.map((cells) => cells.at(-1))).toEqual(['All surveys', 'Form Responses 1', 'Khảo sát']);
    expect(lines.find((line) => line.startsWith(',FCR,'))!.endsWith(',')).toBe(true);
  });
});

describe('metrics --by', () => {
  // CX_BY over the survey rows of October 2026: the custom function's numbers per channel.
  const survey = demo.sheets.find((s) => s.name === 'Form Responses 1')!.rows as Cell[][];
  const october = survey.slice(1).filter((row) => {
    if (!(row[0] instanceof Date)) return false; // the demo's blank rows
    const local = new Date((row[0] as Date).getTime() + 7 * 3_600_000);
    return local.getUTCFullYear() === 2026 && local.getUTCMonth() === 9;
  });
  const cxBy = byGroupOf('CX_BY', 'NPS', october.map((row) => [row[2]]), october.map((row) => [row[5]]));

  it('a column header: NPS per channel equals CX_BY over the same rows', async () => {
    const { code, stdout } = await cli(['metrics', '--period', '2026-10', '--by', 'channel', '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.by).toBe('channel');
    expect(doc.metrics).toEqual(addonMetrics(addonReport()));
    const npsOf = (group: string) => doc.groups.find((g: { group: string }) => g.group === group)?.metrics.find((m: { id: string }) => m.id === 'NPS');
    expect(cxBy.length).toBeGreaterThan(2);
    for (const row of cxBy) {
      expect(npsOf(String(row.group))).toMatchObject({ n: row.n, value: row.summary.value });
    }
    // Ticket channels (Email, Chat…) come from the tickets sheet's own Channel column.
    expect(doc.groups.find((g: { group: string }) => g.group === 'Email').metrics.map((m: { id: string }) => m.id)).toEqual(['FCR', 'ART']);
  });

  it('a field id works too, and the table has a row per group after "All"', async () => {
    const { code, stdout } = await cli(['metrics', '--period', '2026-10', '--by', 'segment']);
    expect(code).toBe(0);
    const rows = stdout.split('\n');
    const header = rows.findIndex((line) => line.startsWith('Group'));
    // "All": the whole data, its NPS over both survey sheets.
    expect(rows[header + 2]).toMatch(/^All\s+49\.3 \(152\)/);
    const store = cxBy.find((row) => row.group === 'Store')!;
    expect(stdout).toMatch(new RegExp(`^Store\\s+${store.summary.value.toFixed(1)} \\(${store.n}\\)`, 'm'));
  });
});

describe('large files', () => {
  it('a generated survey CSV streams through metrics: every answer counted once', async () => {
    const path = join(dir, 'survey-20k.csv');
    await writeSurveyCsv(path, { rows: 20_000 });
    const { code, stdout } = await cli(['metrics', path, '--time-zone', 'Asia/Ho_Chi_Minh', '--format', 'json', '--by', 'City'], { now: () => Date.parse('2026-11-24T00:00:00Z') });
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    const nps = doc.metrics.find((m: { id: string }) => m.id === 'NPS');
    // About a twelfth of the answers fall in October, and the cities split them exactly.
    expect(nps.n).toBeGreaterThan(1200);
    expect(nps.n).toBeLessThan(1800);
    const byCity = doc.groups.map((g: { metrics: { id: string; n: number }[] }) => g.metrics.find((m) => m.id === 'NPS')!.n);
    expect(byCity.reduce((a: number, b: number) => a + b, 0)).toBe(nps.n);
    expect(doc.groups.map((g: { group: string }) => g.group).sort()).toEqual(['Cần Thơ', 'Hà Nội', 'Hồ Chí Minh', 'Huế', 'Đà Nẵng'].sort());
  });

  it('the progress bar draws on a terminal (or with --progress) for big files only', () => {
    let drawn = '';
    let clock = 0;
    const tty = createProgress({ write: (t: string) => (drawn += t), isTTY: true }, false, () => (clock += 1000));
    tty.label('survey');
    tty.update(1, 1000); // small file: nothing
    expect(drawn).toBe('');
    tty.update(50 * 1_048_576, 100 * 1_048_576);
    tty.update(100 * 1_048_576, 100 * 1_048_576);
    tty.done();
    expect(drawn).toBe(`\rsurvey [############------------]  50% 50.0/100.0 MB\rsurvey [########################] 100% 100.0/100.0 MB\n`);

    let piped = '';
    const pipe = createProgress({ write: (t: string) => (piped += t), isTTY: false }, false);
    pipe.update(50 * 1_048_576, 100 * 1_048_576);
    pipe.done();
    expect(piped).toBe('');
    const forced = createProgress({ write: (t: string) => (piped += t) }, true);
    forced.update(50 * 1_048_576, 100 * 1_048_576);
    expect(piped).toContain(' 50% ');
  });
});
