import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../shared-path';
import { cli, tempDir } from './helpers/run';

/**
 * `metrics` and `report` on a file without a mapping detect the columns as `detect` does. On the
 * real Google Forms export (../shared/samples/event-survey-forms-export.csv), with three
 * "On a scale of 0-10, how would you rate …?" questions, the NPS comes from one of them: the
 * person must be told, next to the number, which other columns could be the NPS and how to choose.
 * With a mapping file the person chose the columns, and nothing is said.
 */
describe('metrics and report name the other columns a score could be', () => {
  const forms = sharedPath('samples', 'event-survey-forms-export.csv');
  let dir = '';
  let mapping = '';
  beforeAll(async () => {
    dir = await tempDir('cx-run-candidates-');
    mapping = join(dir, 'mapping.json');
    await writeFile(mapping, '');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('metrics warns on stderr, in English, naming B as chosen and D and E whole', async () => {
    const { code, stdout, stderr } = await cli(['metrics', forms, '--period', 'all']);
    expect(code).toBe(0);
    expect(stdout).toContain('Net Promoter Score (NPS)');
    expect(stderr).toContain('warning: NPS answer (0–10): column B “On a scale of 0-10, how would you rate Sudzilla?” was chosen, but ');
    expect(stderr).toContain('column D “On a scale of 0-10, how would you rate the opening keynote?”');
    expect(stderr).toContain('column E “On a scale of 0-10, how would you rate the closing keynote?”');
    expect(stderr).toContain('--mapping mapping.json');
    // The warning is not part of the figures a script reads.
    expect(stdout).not.toContain('could be it too');
  });

  it('report warns too, in Vietnamese', async () => {
    const { code, stdout, stderr } = await cli(['report', forms, '--period', 'all', '--lang', 'vi']);
    expect(code).toBe(0);
    expect(stdout).toContain('NPS');
    expect(stderr).toContain('cảnh báo: Điểm NPS (0–10): đã chọn cột B “On a scale of 0-10, how would you rate Sudzilla?”');
    expect(stderr).toContain('cột D “On a scale of 0-10, how would you rate the opening keynote?”');
    expect(stderr).toContain('cũng có thể là trường này');
  });

  it('says nothing of candidates when a mapping file chose the columns', async () => {
    const saved = await cli(['detect', forms, '--out', mapping]);
    expect(saved.code).toBe(0);
    expect(JSON.parse(await readFile(mapping, 'utf8')).sources[0].columns.nps).toBe('B');
    for (const command of ['metrics', 'report']) {
      const { code, stderr } = await cli([command, forms, '--period', 'all', '--mapping', mapping]);
      expect(code).toBe(0);
      expect(stderr).not.toContain('could be it too');
    }
  });
});
