import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formsWithOneDayFirst } from '../forms-sample';
import { sharedPath } from '../shared-path';
import { cli, tempDir } from './helpers/run';

/**
 * The real Google Forms export (../shared/samples/event-survey-forms-export.csv) writes its 39
 * timestamps month first (`11/1/2019 8:51:12`). With one answer's timestamp written day first
 * (`13/11/2019 9:00:00`, line 21), the column's values prove day first (spec §1.2) and the other
 * 38 dates move to January–April: November's report has n = 1. The decision stands, but every
 * view says it rests on one cell, how many dates it moves and how to settle it.
 */
describe('a date order one cell decides for many', () => {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    dir = await tempDir('cx-few-cells-');
    file = await formsWithOneDayFirst(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const facts = 'dates are read day first because of 1 cell, 13/11/2019 9:00:00 (forms.csv, line 21, column A); read month first, 38 other dates would fall in another month (11/1/2019 8:51:12 is read as 2019-01-11, 2019-11-01 the other way).';

  it('detect says it under the date order, in English', async () => {
    const { code, stdout } = await cli(['detect', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('Dates: Date / timestamp (A): day first: 13/11/2019 9:00:00 in line 21\n');
    expect(stdout).toContain(`warning: ${facts} If the dates are month first, correct that cell in the file; if day first is right, confirm it with --date-order dmy`);
  });

  it('detect says it in Vietnamese', async () => {
    const { stdout } = await cli(['detect', file, '--lang', 'vi']);
    expect(stdout).toContain('cảnh báo: ngày tháng được đọc ngày trước tháng chỉ vì 1 ô, 13/11/2019 9:00:00 (forms.csv, dòng 21, cột A); nếu đọc tháng trước ngày, 38 ngày khác sẽ rơi vào tháng khác');
    expect(stdout).toContain('hãy xác nhận bằng --date-order dmy');
  });

  it('metrics warns on stderr beside the November figure it made', async () => {
    const { code, stdout, stderr } = await cli(['metrics', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('November 2019');
    expect(stderr).toContain(`warning: forms: ${facts}`);
    expect(stderr).toContain('--date-order dmy (or save it in the mapping: cx-metrics detect --date-order dmy --out mapping.json)');
  });

  it('report says it first in its summary, and on stderr, in Vietnamese', async () => {
    const { code, stdout, stderr } = await cli(['report', file, '--lang', 'vi']);
    expect(code).toBe(0);
    const summary = stdout.split('\n').slice(0, 8).join('\n');
    expect(summary).toContain('! forms: ngày tháng được đọc ngày trước tháng chỉ vì 1 ô, 13/11/2019 9:00:00 (forms.csv, dòng 21, cột A)');
    expect(summary).toContain('hãy đặt thứ tự ngày là ngày trước tháng trong ánh xạ');
    expect(stderr).toContain('cảnh báo: forms: ngày tháng được đọc ngày trước tháng chỉ vì 1 ô');
  });

  it('the report in English says what to do in the mapping', async () => {
    const { stdout } = await cli(['report', file]);
    expect(stdout).toContain(`! forms: ${facts} If the dates are month first, correct that cell; if day first is right, set the date order to day first in the mapping (the sidebar's column step) to confirm it.`);
  });

  it('confirming day first with --date-order dmy silences it; saying month first does not (the values still decide)', async () => {
    const confirmed = await cli(['metrics', file, '--date-order', 'dmy']);
    expect(confirmed.stderr).not.toContain('dates are read day first');
    const contrary = await cli(['metrics', file, '--date-order', 'mdy']);
    expect(contrary.stderr).toContain(`warning: forms: ${facts}`);
  });

  it("a proving cell past detection's first rows: detect's date line names it, as its warning does, instead of saying nothing proves an order", async () => {
    const stamps = Array.from({ length: 420 }, (_, i) => (i === 305 ? '13/11/2019 9:00:00' : `11/${(i % 12) + 1}/2019 9:00:00`));
    const late = join(dir, 'late.csv');
    await writeFile(late, ['Timestamp,How likely are you to recommend us? (0-10)', ...stamps.map((stamp, i) => `${stamp},${i % 11}`), ''].join('\n'));
    const { stdout } = await cli(['detect', late]);
    expect(stdout).toContain('Dates: Date / timestamp (A): day first: 13/11/2019 9:00:00 in line 307\n');
    expect(stdout).toContain('warning: dates are read day first because of 1 cell, 13/11/2019 9:00:00 (late.csv, line 307, column A)');
    const vi = await cli(['detect', late, '--lang', 'vi']);
    expect(vi.stdout).toContain('ngày trước tháng: 13/11/2019 9:00:00 ở dòng 307');
  });

  it('the untouched export, which nothing proves either way, has no such warning (only the one that the order was assumed)', async () => {
    const { stderr } = await cli(['metrics', sharedPath('samples', 'event-survey-forms-export.csv')]);
    expect(stderr).not.toContain('dates are read');
    expect(stderr).toContain('could be day first or month first');
    const detected = await cli(['detect', sharedPath('samples', 'event-survey-forms-export.csv')]);
    expect(detected.stdout).not.toContain('dates are read');
  });
});
