import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formsWithOneDayFirst } from '../forms-sample';
import { cli, tempDir } from './helpers/run';

/**
 * `metrics --by Channel`: a group is a slice of the whole report, not a file of its own. Its
 * figure is for the period the heading names (the whole data's latest complete month), and its
 * dates are read in the order their whole column decided (metrics-spec.md §1.2: per column, never
 * per cell), so the groups' answers add up to the whole's. The whole column's warnings (a date
 * order one cell decided, other candidate columns) are said once, with a line that they hold for
 * every group. What else a group reads by its column is the whole's too: the decimal mark its numbers
 * proved, the durations' unit its header names, and the places of its cells left out.
 */
describe('metrics --by: each group read as part of the whole', () => {
  let dir = '';
  let dayFirst = '';
  let shops = '';
  beforeAll(async () => {
    dir = await tempDir('cx-by-trust-');
    // One 13/11/2019 (Web) proves day first for the column; Email's twelve dates 11/1/2019 … 11/12/2019 prove nothing.
    const email = Array.from({ length: 12 }, (_, i) => `11/${i + 1}/2019 08:00,0,Email`);
    dayFirst = join(dir, 'day-first.csv');
    await writeFile(dayFirst, ['Timestamp,How likely are you to recommend us? (0-10),Channel', '13/11/2019 09:00,10,Web', ...email, ''].join('\n'));
    // Shop's last answers are in September; the whole data's latest complete month is November.
    shops = join(dir, 'shops.csv');
    await writeFile(shops, 'Timestamp,How likely are you to recommend us? (0-10),Channel\n2026-10-05,9,Web\n2026-11-05,10,Web\n2026-11-06,9,Web\n2026-09-03,0,Shop\n2026-09-04,1,Shop\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const groupsOf = (stdout: string) => {
    const doc = JSON.parse(stdout) as { metrics: { id: string; n: number }[]; groups: { group: string; metrics: { id: string; n: number; value: number | null }[] }[] };
    const nps = (metrics: { id: string; n: number; value?: number | null }[]) => metrics.find((m) => m.id === 'NPS');
    return { whole: nps(doc.metrics)!, groups: new Map(doc.groups.map((g) => [g.group, nps(g.metrics)])) };
  };

  it("a group without the proving cell reads its dates day first like the whole column, so November's groups add up to November's n", async () => {
    const { code, stdout } = await cli(['metrics', dayFirst, '--by', 'Channel', '--period', '2019-11', '--format', 'json']);
    expect(code).toBe(0);
    const { whole, groups } = groupsOf(stdout);
    // Read day first, 11/1/2019 … is 11 January …: only Web's 13/11/2019 and Email's 11/11/2019 are in November.
    expect(whole.n).toBe(2);
    expect(groups.get('Web')!.n).toBe(1);
    expect(groups.get('Email')!.n).toBe(1);
  });

  it('the same in January: Email has its 11/1/2019 there, as the whole does', async () => {
    const { stdout } = await cli(['metrics', dayFirst, '--by', 'Channel', '--period', '2019-01', '--format', 'json']);
    const { whole, groups } = groupsOf(stdout);
    expect(whole.n).toBe(1);
    expect(groups.get('Email')!.n).toBe(1);
  });

  it("a group's figure is for the heading's month: Shop, with nothing in November, shows no figure, not September's", async () => {
    const { code, stdout } = await cli(['metrics', shops, '--by', 'Channel'], { now: () => Date.parse('2026-12-10T00:00:00Z') });
    expect(code).toBe(0);
    expect(stdout).toContain('November 2026 (compared with October 2026)');
    const row = stdout.split('\n').find((line) => line.startsWith('Shop'))!;
    expect(row).not.toContain('−100.0');
    expect(row.trim()).toMatch(/^Shop\s+–$/);
    const json = await cli(['metrics', shops, '--by', 'Channel', '--format', 'json'], { now: () => Date.parse('2026-12-10T00:00:00Z') });
    const { groups } = groupsOf(json.stdout);
    expect(groups.get('Web')!.n).toBe(2);
    expect(groups.get('Shop')?.n ?? 0).toBe(0);
  });

  it('the whole column\'s date order warning is said once, and that it holds for every group', async () => {
    const { stderr } = await cli(['metrics', dayFirst, '--by', 'Channel', '--period', '2019-11']);
    expect(stderr.split('dates are read day first because of 1 cell').length - 1).toBe(1);
    expect(stderr).toContain('warning: with --by Channel, the warning above holds for every group: each group is counted from the same columns, and its dates are read in the order their whole column decided, not by its own rows.');
  });

  it('on the real Forms export, both warnings (candidates and date order) hold for every group, in Vietnamese too', async () => {
    const file = await formsWithOneDayFirst(dir);
    const by = 'What was your favourite giveaway at Sudzilla?';
    const en = await cli(['metrics', file, '--by', by]);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(`warning: with --by ${by}, the warnings above hold for every group`);
    const vi = await cli(['metrics', file, '--by', by, '--lang', 'vi']);
    expect(vi.stderr).toContain(`cảnh báo: với --by ${by}, các cảnh báo trên áp dụng cho mọi nhóm: mỗi nhóm được tính từ cùng các cột, và ngày tháng của nhóm được đọc theo thứ tự mà cả cột đã quyết định`);
    // Every answer of the whole is some group's: the groups' November answers add up to the whole's.
    const json = await cli(['metrics', file, '--by', by, '--format', 'json']);
    const { whole, groups } = groupsOf(json.stdout);
    expect([...groups.values()].reduce((sum, nps) => sum + (nps?.n ?? 0), 0)).toBe(whole.n);
  });

  it("a group's durations are in the unit its header names, as the whole's: 30 and 90 minutes are 1 hour, not 60", async () => {
    const tickets = join(dir, 'tickets.csv');
    await writeFile(tickets, 'Ticket ID,Created,Resolution time (minutes),Channel\n1,2026-11-05 09:00,30,Web\n2,2026-11-06 09:00,90,Web\n3,2026-11-07 09:00,60,Email\n');
    const { code, stdout } = await cli(['metrics', tickets, '--by', 'Channel'], { now: () => Date.parse('2026-12-10T00:00:00Z') });
    expect(code).toBe(0);
    const rows = stdout.split('\n');
    expect(rows.find((line) => line.startsWith('All'))).toMatch(/1\.0 h \(3\)$/);
    expect(rows.find((line) => line.startsWith('Web'))).toMatch(/1\.0 h \(2\)$/);
    expect(rows.find((line) => line.startsWith('Email'))).toMatch(/1\.0 h \(1\)$/);
  });

  it("a group's number text is read with its whole column's decimal mark: Web's 2,5 proves a comma, so Email's 1.250 hours are 1,250, as in the whole", async () => {
    const marks = join(dir, 'marks.csv');
    await writeFile(marks, 'Ticket ID,Created,Resolution time (hours),Channel\n1,2026-11-05 09:00,"2,5",Web\n2,2026-11-06 09:00,"1.250",Email\n');
    const { stdout } = await cli(['metrics', marks, '--by', 'Channel'], { now: () => Date.parse('2026-12-10T00:00:00Z') });
    const rows = stdout.split('\n');
    expect(rows.find((line) => line.startsWith('All'))).toMatch(/626\.3 h \(2\)$/);
    expect(rows.find((line) => line.startsWith('Email'))).toMatch(/1,250\.0 h \(1\)$/);
    expect(rows.find((line) => line.startsWith('Web'))).toMatch(/2\.5 h \(1\)$/);
  });

  it("a group's left-out cells are named by their own line in the file (spec §7), as the whole's are (tickets, read by buildReport)", async () => {
    const bad = join(dir, 'bad-tickets.csv');
    await writeFile(bad, 'Ticket ID,Created,Resolution time (minutes),Channel\n1,2026-11-05 09:00,30,Web\n2,2026-11-06 09:00,soon,Web\n3,2026-11-07 09:00,60,Email\n4,2026-11-08 09:00,later,Email\n');
    const { stdout } = await cli(['metrics', bad, '--by', 'Channel', '--format', 'json', '--accept-missing'], { now: () => Date.parse('2026-12-10T00:00:00Z') });
    type Places = Record<string, { count: number; places: { text: string }[] }>;
    const doc = JSON.parse(stdout) as { groups: { group: string; metrics: { id: string; coverage: { leftOut: Places } }[] }[] };
    const leftOut = (group: string) => doc.groups.find((g) => g.group === group)!.metrics.find((m) => m.id === 'ART')!.coverage.leftOut;
    const places = (group: string) => Object.values(leftOut(group)).flatMap((entry) => entry.places.map((p) => p.text));
    expect(places('Web')).toEqual(['bad-tickets.csv, line 3, column C']);
    expect(places('Email')).toEqual(['bad-tickets.csv, line 5, column C']);
  });

  it("a survey's groups (counted from the packed columns) read their scores with the whole column's decimal mark and name their left-out cells by line", async () => {
    // Web's "7,0" proves a decimal comma for the column, so Email's "1.000" is one thousand (off the 0–10 scale), not 1.
    const survey = join(dir, 'survey-marks.csv');
    await writeFile(survey, 'Timestamp,How likely are you to recommend us? (0-10),Channel\n2026-11-05 09:00,"7,0",Web\n2026-11-06 09:00,"1.000",Email\n2026-11-07 09:00,9,Email\n');
    const { code, stdout } = await cli(['metrics', survey, '--by', 'Channel', '--format', 'json', '--accept-missing'], { now: () => Date.parse('2026-12-10T00:00:00Z') });
    expect(code).toBe(0);
    type Places = Record<string, { count: number; places: { text: string }[] }>;
    const doc = JSON.parse(stdout) as { metrics: { id: string; n: number; coverage: { leftOut: Places } }[]; groups: { group: string; metrics: { id: string; n: number; value: number | null; coverage: { leftOut: Places } }[] }[] };
    const nps = (metrics: { id: string; n: number; value?: number | null; coverage: { leftOut: Places } }[]) => metrics.find((m) => m.id === 'NPS')!;
    const email = nps(doc.groups.find((g) => g.group === 'Email')!.metrics);
    expect(nps(doc.metrics).n).toBe(2);
    expect(email).toMatchObject({ n: 1, value: 100 });
    expect(email.coverage.leftOut.outOfScale?.count).toBe(1);
    expect(Object.values(email.coverage.leftOut).flatMap((entry) => entry.places.map((p) => p.text))).toEqual(['survey-marks.csv, line 3, column B']);
    expect(Object.values(nps(doc.metrics).coverage.leftOut).flatMap((entry) => entry.places.map((p) => p.text))).toEqual(['survey-marks.csv, line 3, column B']);
  });

  it('nothing to warn about, nothing said about the groups; without --by, no such line', async () => {
    const quiet = await cli(['metrics', shops, '--by', 'Channel'], { now: () => Date.parse('2026-12-10T00:00:00Z') });
    expect(quiet.stderr).not.toContain('every group');
    const whole = await cli(['metrics', dayFirst, '--period', '2019-11']);
    expect(whole.stderr).toContain('dates are read day first because of 1 cell');
    expect(whole.stderr).not.toContain('every group');
  });
});
