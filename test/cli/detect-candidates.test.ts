import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../shared-path';
import { cli, tempDir } from './helpers/run';

/**
 * A real Google Forms export (../shared/samples/event-survey-forms-export.csv) asks three
 * "On a scale of 0-10, how would you rate …?" questions (B: the product, D and E: two keynotes).
 * With one answer written as a word, one "N/A" and one 11 in B, detection takes D for NPS; the
 * person must see that B and E could be it too, with their whole headers, and how to choose.
 */
describe('detect names the other columns a score could be', () => {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    dir = await tempDir('cx-candidates-');
    const lines = (await readFile(sharedPath('samples', 'event-survey-forms-export.csv'), 'utf8')).split('\n');
    // Column B of data rows 4, 6 and 10 (each line starts "date,score,").
    for (const [row, answer] of [[4, 'mười'], [6, 'N/A'], [10, '11']] as const) lines[row] = lines[row].replace(/^([^,]*),[^,]*,/, `$1,${answer},`);
    file = join(dir, 'forms.csv');
    await writeFile(file, lines.join('\n'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('in English, with each candidate header whole', async () => {
    const { code, stdout } = await cli(['detect', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('NPS answer (0–10): column D “On a scale of 0-10, how would you rate the opening keynote?” was chosen, but ');
    expect(stdout).toContain('column B “On a scale of 0-10, how would you rate Sudzilla?”');
    expect(stdout).toContain('column E “On a scale of 0-10, how would you rate the closing keynote?”');
    expect(stdout).toContain('--mapping mapping.json');
  });

  it('in Vietnamese', async () => {
    const { stdout } = await cli(['detect', file, '--lang', 'vi']);
    expect(stdout).toContain('Điểm NPS (0–10): đã chọn cột D');
    expect(stdout).toContain('cột B “On a scale of 0-10, how would you rate Sudzilla?”');
    expect(stdout).toContain('cũng có thể là trường này');
  });

  it('the untouched export, where B is chosen, names D and E as the other candidates', async () => {
    const { stdout } = await cli(['detect', sharedPath('samples', 'event-survey-forms-export.csv')]);
    expect(stdout).toContain('NPS answer (0–10): column B “On a scale of 0-10, how would you rate Sudzilla?” was chosen');
    expect(stdout).toContain('column D “On a scale of 0-10, how would you rate the opening keynote?”');
  });
});
